import { onCleanup, onMount, type Accessor } from 'solid-js';
import { useClient } from '@urql/solid';
import { MarkThreadReadMutation } from '../queries/thread';

const FLUSH_MS = 1_000;

export interface ReadTracking {
  /** Ref for each post element (with data-number); returns the cleanup. */
  observe: (el: HTMLElement) => () => void;
  /** Without IntersectionObserver (tests, old browsers): everything loaded counts as seen. */
  loaded: (highest: number) => void;
}

/**
 * Moves the read marker as posts come into view: a post counts as seen when half of it, or
 * half the screen of it, is visible while the tab is visible. At most one mutation a second.
 */
export function useReadTracking(threadId: string, lastRead: Accessor<number>): ReadTracking {
  const client = useClient();
  let seen = 0;
  let sent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inView = new Set<number>();

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (seen <= Math.max(sent, lastRead())) return;
    sent = seen;
    void client.mutation(MarkThreadReadMutation, { threadId, postNumber: seen }).toPromise();
  };
  const saw = (n: number) => {
    if (document.visibilityState === 'hidden' || n <= seen) return;
    seen = n;
    timer ??= setTimeout(flush, FLUSH_MS);
  };

  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              const n = Number((e.target as HTMLElement).dataset.number);
              const viewport = e.rootBounds?.height ?? window.innerHeight;
              if (e.isIntersecting && (e.intersectionRatio >= 0.5 || e.intersectionRect.height >= viewport / 2)) inView.add(n);
              else if (!e.isIntersecting) inView.delete(n);
            }
            if (inView.size) saw(Math.max(...inView));
          },
          { threshold: [0, 0.25, 0.5, 0.75, 1] },
        );

  const onVisible = () => {
    if (document.visibilityState === 'visible' && inView.size) saw(Math.max(...inView));
  };
  onMount(() => document.addEventListener('visibilitychange', onVisible));
  onCleanup(() => {
    document.removeEventListener('visibilitychange', onVisible);
    observer?.disconnect();
    flush();
  });

  return {
    observe: (el) => {
      observer?.observe(el);
      return () => {
        observer?.unobserve(el);
        inView.delete(Number(el.dataset.number));
      };
    },
    loaded: (highest) => {
      if (!observer) saw(highest);
    },
  };
}
