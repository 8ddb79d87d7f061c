import { createEffect, on, type Accessor } from 'solid-js';

/**
 * After a navigation within the app, puts the keyboard and screen-reader focus on the page's
 * heading (or the given selector) once `ready` is true, so the new content is announced from its
 * top rather than from a link that no longer exists.
 */
export function useFocusOnNavigate(key: Accessor<unknown>, ready: Accessor<boolean>, selector = 'main h1'): void {
  createEffect(
    on([key, ready], ([, isReady]) => {
      if (!isReady) return;
      queueMicrotask(() => {
        const el = document.querySelector<HTMLElement>(selector);
        if (!el) return;
        if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
        el.focus({ preventScroll: false });
      });
    }),
  );
}
