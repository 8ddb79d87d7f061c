import { createEffect, on, type Accessor } from 'solid-js';

const DURATION_MS = 350;

const reducedMotion = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Smooth re-ordering ("FLIP"): after the items under `container` (marked `data-flip-id`)
 * change order, each slides from where it was to where it is now instead of jumping.
 */
export function createFlip(container: Accessor<HTMLElement | undefined>, order: Accessor<readonly string[]>): void {
  let last = new Map<string, number>();
  createEffect(
    on(order, () => {
      const root = container();
      if (!root) return;
      const items = [...root.querySelectorAll<HTMLElement>('[data-flip-id]')];
      const now = new Map(items.map((el) => [el.dataset.flipId ?? '', el.offsetTop]));
      if (!reducedMotion()) {
        for (const el of items) {
          const before = last.get(el.dataset.flipId ?? '');
          const delta = before === undefined ? 0 : before - (now.get(el.dataset.flipId ?? '') ?? before);
          if (!delta) continue;
          el.style.transition = 'none';
          el.style.transform = `translateY(${delta}px)`;
          // Read layout so the start position applies before the transition back to none.
          void el.offsetHeight;
          el.style.transition = `transform ${DURATION_MS}ms ease-out`;
          el.style.transform = '';
        }
      }
      last = now;
    }),
  );
}
