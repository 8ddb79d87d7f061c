import { batch, createMemo, createSignal, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { useClient } from '@urql/solid';
import type { CombinedError } from '@urql/core';
import { ForumPostsQuery } from '../queries/thread';
import { POSTS_PAGE, type Post } from '../types';

/** How many pages a catch-up after a reconnect reads before leaving the rest to "load more". */
const CATCH_UP_PAGES = 4;

export type Loading = 'start' | 'earlier' | 'later' | null;

export interface PostList {
  posts: Accessor<Post[]>;
  hasEarlier: Accessor<boolean>;
  hasLater: Accessor<boolean>;
  loading: Accessor<Loading>;
  error: Accessor<CombinedError | undefined>;
  has: (number: number) => boolean;
  /** Replaces the list with the page starting at `number` (the first unread, or a #p link). */
  loadFrom: (number: number) => Promise<void>;
  loadEarlier: () => Promise<void>;
  loadLater: () => Promise<void>;
  /** A post from an event or a mutation: updated in place, or appended when the list reaches the end. */
  upsert: (post: Post) => void;
  /** After a reconnect: reads everything from the first loaded post to the end again. */
  catchUp: () => Promise<void>;
}

/**
 * The loaded window of a thread's posts, keyed by number. Pages come from the server
 * (50 at a time, forwards or backwards); live events and mutation results are merged in.
 */
export function createPostList(threadId: string): PostList {
  const client = useClient();
  const [store, setStore] = createStore<{ byNumber: Record<number, Post> }>({ byNumber: {} });
  const [hasEarlier, setHasEarlier] = createSignal(false);
  const [hasLater, setHasLater] = createSignal(false);
  const [loading, setLoading] = createSignal<Loading>(null);
  const [error, setError] = createSignal<CombinedError>();
  let started = false;
  let buffered: Post[] = [];

  const numbers = createMemo(() =>
    Object.keys(store.byNumber)
      .map(Number)
      .sort((a, b) => a - b),
  );
  const posts = createMemo(() => numbers().flatMap((n) => store.byNumber[n] ?? []));
  const lowest = () => numbers()[0];
  const highest = () => numbers().at(-1);

  const fetchPage = async (fromNumber: number, first: number) => {
    const res = await client.query(ForumPostsQuery, { id: threadId, fromNumber, first }, { requestPolicy: 'network-only' }).toPromise();
    setError(res.error);
    return res.data?.thread.posts ?? null;
  };
  const put = (list: Post[]) =>
    batch(() => {
      for (const post of list) setStore('byNumber', post.number, reconcile(post));
    });

  const upsert = (post: Post) => {
    if (!started) {
      buffered.push(post);
      return;
    }
    const hi = highest() ?? 0;
    const lo = lowest() ?? 1;
    const known = !!store.byNumber[post.number];
    if (known || (post.number > hi && !hasLater()) || (post.number > lo && post.number < hi)) put([post]);
  };

  const run = async (kind: Exclude<Loading, null>, work: () => Promise<void>) => {
    setLoading(kind);
    try {
      await work();
    } finally {
      setLoading(null);
    }
  };

  /** Posts that arrived before the first page: merged once it is there. */
  const flushBuffered = () => {
    const waiting = buffered;
    buffered = [];
    for (const post of waiting) upsert(post);
  };

  const loadFrom = async (number: number) => {
    const from = Math.max(1, number);
    await run('start', async () => {
      const page = await fetchPage(from, POSTS_PAGE);
      if (!page) return;
      batch(() => {
        setStore('byNumber', reconcile({}));
        put(page.edges.map((e) => e.node));
        setHasEarlier((page.edges[0]?.node.number ?? from) > 1);
        setHasLater(page.pageInfo.hasNextPage);
      });
      started = true;
    });
    if (started) flushBuffered();
  };

  // The window's ends are read when the request is made; the page that comes back extends them.
  const loadEarlier = () => {
    const lo = lowest();
    if (!lo || lo <= 1) return Promise.resolve();
    const from = Math.max(1, lo - POSTS_PAGE);
    return run('earlier', async () => {
      const page = await fetchPage(from, lo - from);
      if (!page) return;
      put(page.edges.map((e) => e.node));
      setHasEarlier(from > 1);
    });
  };

  const loadLater = () => {
    const from = (highest() ?? 0) + 1;
    return run('later', async () => {
      const page = await fetchPage(from, POSTS_PAGE);
      if (!page) return;
      put(page.edges.map((e) => e.node));
      setHasLater(page.pageInfo.hasNextPage);
    });
  };

  const catchUp = async () => {
    if (!started) return;
    let from = lowest() ?? 1;
    for (let i = 0; i < CATCH_UP_PAGES; i++) {
      const page = await fetchPage(from, POSTS_PAGE);
      if (!page) return;
      put(page.edges.map((e) => e.node));
      setHasLater(page.pageInfo.hasNextPage);
      const last = page.edges.at(-1)?.node.number;
      if (!page.pageInfo.hasNextPage || !last) return;
      from = last + 1;
    }
  };

  return { posts, hasEarlier, hasLater, loading, error, has: (n) => !!store.byNumber[n], loadFrom, loadEarlier, loadLater, upsert, catchUp };
}
