import { createEffect, on, onCleanup } from 'solid-js';
import { clearDraft, saveDraft } from '../../../lib/drafts';

const SAVE_DELAY_MS = 400;

/** Saves `value()` under `key` shortly after each change (and on leaving); removes it when `isEmpty`. */
export function useDraftSaver<T>(key: string, value: () => T, isEmpty: (value: T) => boolean): { discard: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: T | undefined;
  let dirty = false;
  const write = () => {
    clearTimeout(timer);
    if (!dirty || latest === undefined) return;
    dirty = false;
    if (isEmpty(latest)) clearDraft(key);
    else saveDraft(key, latest);
  };
  createEffect(
    on(
      () => JSON.stringify(value()),
      () => {
        latest = value();
        dirty = true;
        clearTimeout(timer);
        timer = setTimeout(write, SAVE_DELAY_MS);
      },
      { defer: true },
    ),
  );
  onCleanup(write);
  return {
    discard: () => {
      clearTimeout(timer);
      dirty = false;
      clearDraft(key);
    },
  };
}
