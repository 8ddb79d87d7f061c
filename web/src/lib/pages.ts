import { createComputed, createMemo, createSignal, mapArray, on, type Accessor } from 'solid-js';

export interface Pages<P> {
  /** One entry per loaded page, first page first. */
  pages: Accessor<P[]>;
  /** Adds the page after `cursor` ("muat lebih banyak"). */
  loadMore: (cursor: string) => void;
  /** Back to the first page only. */
  reset: () => void;
}

/**
 * Cursor pagination where each loaded page is its own query (made by `page`), so every page
 * stays live in the cache. A change of `key` (the filters) starts again from the first page.
 */
export function createPages<P>(key: Accessor<unknown>, page: (after: string | null) => P): Pages<P> {
  const [cursors, setCursors] = createSignal<(string | null)[]>([null]);
  createComputed(on(key, () => setCursors([null]), { defer: true }));
  const pages = createMemo(mapArray(cursors, (after) => page(after)));
  return {
    pages,
    loadMore: (cursor) => {
      if (!cursors().includes(cursor)) setCursors([...cursors(), cursor]);
    },
    reset: () => {
      if (cursors().length > 1) setCursors([null]);
    },
  };
}

/** `key` values in order of first appearance. */
export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
