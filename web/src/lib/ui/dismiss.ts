import { onCleanup, onMount } from 'solid-js';

/**
 * Closes a popover on a click outside `root()` or on Escape, for as long as the component lives.
 * `onEscape` (default `close`) lets the popover also give focus back to its button.
 */
export function dismissOnOutside(root: () => HTMLElement | undefined, close: () => void, onEscape: () => void = close): void {
  const onDocClick = (e: MouseEvent) => {
    const el = root();
    if (el && !el.contains(e.target as Node)) close();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onEscape();
  };
  onMount(() => {
    document.addEventListener('click', onDocClick);
    document.addEventListener('keydown', onKey);
  });
  onCleanup(() => {
    document.removeEventListener('click', onDocClick);
    document.removeEventListener('keydown', onKey);
  });
}
