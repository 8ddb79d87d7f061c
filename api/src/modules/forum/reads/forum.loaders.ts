import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../core/db/query.js';
import type { LoaderFactory, Loaders, Viewer } from '../../../core/loaders.js';
import { prefixedUser, type User } from '../../user/index.js';
import { regionView, type RegionSqlRow, type RegionView } from '../../region/index.js';
import { Category } from '../categories/category.entity.js';
import { categoryFromRow } from '../categories/category.rows.js';
import type { Post } from '../posts/post.entity.js';
import { postFromRow } from '../posts/post.rows.js';
import { ThreadUser } from '../threads/thread-user.entity.js';
import type { Thread } from '../threads/thread.entity.js';
import { threadFromRow } from '../threads/thread.rows.js';
import {
  categoryThreadCountsSql,
  hiddenPostAuthorsSql,
  postsByIdSql,
  reactionsOfPostsSql,
  revisionCountsSql,
  threadRegionsSql,
  threadsByIdSql,
  type PostWithAuthorRow,
  type ReactionRow,
  type ThreadWithRow,
} from './forum.sql.js';

/** Who gave one reaction on one post. */
export interface ReactionGroup {
  emoji: string;
  userIds: number[];
}

export interface ForumLoaders {
  user: DataLoader<number, User | null>;
  category: DataLoader<number, Category | null>;
  post: DataLoader<number, Post | null>;
  thread: DataLoader<number, Thread | null>;
  /** Reactions on a post by emoji, with who gave them (oldest first). */
  reactions: DataLoader<number, ReactionGroup[]>;
  /** Regions a thread concerns. */
  threadRegions: DataLoader<number, RegionView[]>;
  /** The current user's read state and level for a thread (null: never opened). */
  threadUser: DataLoader<number, ThreadUser | null>;
  revisionCount: DataLoader<number, number>;
  categoryThreadCount: DataLoader<number, number>;
  /** Authors of hidden posts in a thread (they may still read them). */
  hiddenPostAuthors: DataLoader<number, Set<number>>;
}

declare module '../../../core/loaders.js' {
  interface Loaders {
    forum: ForumLoaders;
  }
}

function index<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function group<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

const counts = (keys: readonly number[], rows: { key: number; n: string }[]) => {
  const map = new Map(rows.map((r) => [Number(r.key), Number(r.n)]));
  return keys.map((k) => map.get(k) ?? 0);
};

function threadUserLoader(em: EntityManager, userId: number | null): DataLoader<number, ThreadUser | null> {
  return new DataLoader(async (threadIds) =>
    userId === null ? threadIds.map(() => null) : index(threadIds, await em.find(ThreadUser, { user: userId, thread: { $in: [...threadIds] } }), (tu) => tu.thread.id),
  );
}

/** A thread from its row; its category and author go into their loaders. */
export function threadWith(loaders: ForumLoaders, r: ThreadWithRow): Thread {
  loaders.category.prime(r.category_id, categoryFromRow(r.category_json));
  loaders.user.prime(r.author_id, prefixedUser(r));
  return threadFromRow(r);
}

/**
 * Posts by id, in the order asked (null where missing), with their authors, who are shown with
 * every post (events, quotes): one round trip, not two. `onAuthor` receives each author.
 */
export async function postsById(em: EntityManager, ids: readonly number[], onAuthor?: (author: User) => void): Promise<(Post | null)[]> {
  const rows = await query<PostWithAuthorRow>(em, postsByIdSql(ids));
  if (onAuthor) for (const r of rows) onAuthor(prefixedUser(r));
  return index(ids, rows.map(postFromRow), (p) => p.id);
}

/** Reaction rows grouped per post, in the order of `postIds`. */
export function groupReactions(postIds: readonly number[], rows: ReactionRow[]): ReactionGroup[][] {
  return group(postIds, rows, (r) => r.post_id).map((list) => list.map((r) => ({ emoji: r.emoji, userIds: r.user_ids })));
}

/**
 * Reactions per post, in the order asked. Aggregated in SQL: a busy page has hundreds of
 * reactions, and hydrating each as an entity was a large share of its cost.
 */
export async function reactionGroups(em: EntityManager, postIds: readonly number[]): Promise<ReactionGroup[][]> {
  return groupReactions(postIds, await query<ReactionRow>(em, reactionsOfPostsSql(postIds)));
}

/** The same loaders with the per-user ones made for this viewer (shared event scopes use this). */
function withUser(loaders: ForumLoaders, em: EntityManager, viewer: Viewer): ForumLoaders {
  let threadUser: ForumLoaders['threadUser'] | undefined;
  return Object.create(loaders, { threadUser: { get: () => (threadUser ??= threadUserLoader(em, viewer.userId)) } }) as ForumLoaders;
}

function createForumLoaders(em: EntityManager, viewer: Viewer, all: Loaders): ForumLoaders {
  const loaders: ForumLoaders = {
    // The user module's: authors primed here are seen by everything else in the request.
    user: all.users,
    category: new DataLoader(async (ids) => index(ids, await em.find(Category, { id: { $in: [...ids] } }), (c) => c.id)),
    post: new DataLoader((ids) => postsById(em, ids, (author) => loaders.user.prime(author.id, author))),
    reactions: new DataLoader((ids) => reactionGroups(em, ids)),
    threadRegions: new DataLoader(async (ids) => {
      const rows = await query<RegionSqlRow & { thread_id: number }>(em, threadRegionsSql(ids));
      return group(ids, rows, (r) => r.thread_id).map((list) => list.map(regionView));
    }),
    threadUser: threadUserLoader(em, viewer.userId),
    // With its category and author, which a thread page always shows: one statement, not three.
    thread: new DataLoader(async (ids) => {
      const rows = await query<ThreadWithRow>(em, threadsByIdSql(ids));
      return index(ids, rows.map((r) => threadWith(loaders, r)), (t) => t.id);
    }),
    hiddenPostAuthors: new DataLoader(async (ids) => {
      const rows = await query<{ thread_id: number; author_id: number }>(em, hiddenPostAuthorsSql(ids));
      return ids.map((id) => new Set(rows.filter((r) => r.thread_id === id).map((r) => r.author_id)));
    }),
    categoryThreadCount: new DataLoader(async (ids) =>
      counts(ids, (await query<{ category_id: number; n: string }>(em, categoryThreadCountsSql(ids))).map((r) => ({ key: r.category_id, n: r.n }))),
    ),
    revisionCount: new DataLoader(async (ids) =>
      counts(ids, (await query<{ post_id: number; n: string }>(em, revisionCountsSql(ids))).map((r) => ({ key: r.post_id, n: r.n }))),
    ),
  };
  return loaders;
}

export const forumLoaderFactory: LoaderFactory<ForumLoaders> = { create: createForumLoaders, forViewer: withUser };
