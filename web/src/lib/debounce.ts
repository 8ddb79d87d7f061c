import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** A signal that follows `source` after it has been still for `ms` milliseconds. */
export function createDebounced<T>(initial: T, ms: number): [Accessor<T>, (value: T) => void, (value: T) => void] {
  const [value, setValue] = createSignal<T>(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (next: T) => {
    clearTimeout(timer);
    timer = setTimeout(() => setValue(() => next), ms);
  };
  const flush = (next: T) => {
    clearTimeout(timer);
    setValue(() => next);
  };
  onCleanup(() => clearTimeout(timer));
  return [value, schedule, flush];
}
