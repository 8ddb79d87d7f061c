import { createEffect, on, onCleanup, onMount } from 'solid-js';
import { useBeforeLeave, useLocation } from '@solidjs/router';
import { announce } from './announce';
import { focusElement, takePageFocusRequest } from './focus';

/** How long a page may take to show its heading (lazy code, then its first query). */
const WAIT_MS = 4_000;

const pageTitle = () => document.title.replace(/\s*·\s*Rembuk$/, '');

/**
 * After in-app navigation (a new path, not a filter in the query string) and after signing in or
 * out, focus moves to the new page's h1 and its title is announced: otherwise focus stays on the
 * link that was clicked, in a page that is gone, and a screen reader says nothing.
 */
export function useRouteFocus(): void {
  const location = useLocation();
  let cancel: (() => void) | undefined;
  // What the page showed before leaving it: the next page's heading is the one that differs.
  let before: { h1: Element | null; title: string } | null = null;
  useBeforeLeave(() => {
    before = { h1: document.querySelector('h1'), title: document.title };
  });
  const focusHeading = () => {
    cancel?.();
    const previous = before;
    before = null;
    const started = performance.now();
    let frame = 0;
    const look = () => {
      const h1 = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
      const changed = h1 && (!previous || h1 !== previous.h1 || document.title !== previous.title);
      if (h1 && (changed || performance.now() - started > WAIT_MS)) {
        focusElement(h1);
        announce(pageTitle());
        return;
      }
      if (performance.now() - started > WAIT_MS) return;
      frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    cancel = () => cancelAnimationFrame(frame);
  };
  onMount(() => {
    if (takePageFocusRequest()) focusHeading();
  });
  createEffect(on(() => location.pathname, focusHeading, { defer: true }));
  onCleanup(() => cancel?.());
}
