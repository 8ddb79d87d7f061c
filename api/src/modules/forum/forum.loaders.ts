import DataLoader from 'dataloader';
import { sql } from '../../core/request-context.js';
import { intArray } from '../../core/db/sql-array.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../user/user.entity.js';
import { USER_COLUMNS, USER_COLUMNS_PREFIXED, prefixedUser, userFromRow, type PrefixedUserRow, type UserRow } from '../user/user.rows.js';
import { CATEGORY_JSON, categoryFromRow, type CategoryRow } from './category.rows.js';
import { REGION_COLUMNS, regionView, type RegionSqlRow, type RegionView } from '../region/region.view.js';
import { Category } from './category.entity.js';
import type { Post } from './post.entity.js';
import { POST_COLUMNS, postFromRow, type PostRow } from './post.rows.js';
import { ThreadUser } from './thread-user.entity.js';
import type { Thread } from './thread.entity.js';
import { THREAD_COLUMNS, threadFromRow, type ThreadRow } from './thread.rows.js';

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

function threadUserLoader(em: EntityManager, userId: number | null): DataLoader<number, ThreadUser | null> {
  return new DataLoader(async (threadIds) =>
    userId === null ? threadIds.map(() => null) : index(threadIds, await em.find(ThreadUser, { user: userId, thread: { $in: [...threadIds] } }), (tu) => tu.thread.id),
  );
}

export type PostWithAuthorRow = PostRow & PrefixedUserRow;

/** Posts with their authors (`p`, and `u_*` columns); the caller adds `where`. */
export const POST_SELECT = `select ${POST_COLUMNS}, ${USER_COLUMNS_PREFIXED} from forum_post p join app_user u on u.id = p.author_id`;

export type ThreadWithRow = ThreadRow & PrefixedUserRow & { category_json: CategoryRow };

/** Threads with their category and author, which a thread page and every event show; the caller adds `where`. */
export const THREAD_SELECT = `select ${THREAD_COLUMNS}, ${CATEGORY_JSON} as category_json, ${USER_COLUMNS_PREFIXED}
  from forum_thread t join forum_category c on c.id = t.category_id join app_user u on u.id = t.author_id`;

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
  const rows = await sql<PostWithAuthorRow[]>(em, `${POST_SELECT} where p.id = any(?::int[])`, [intArray(ids)]);
  if (onAuthor) for (const r of rows) onAuthor(prefixedUser(r));
  return index(ids, rows.map(postFromRow), (p) => p.id);
}

/** One row per post and emoji: who gave it, oldest first. */
export interface ReactionRow {
  post_id: number;
  emoji: string;
  user_ids: number[];
}

/** Reactions aggregated per post and emoji; `post_id` is filtered by the caller (`?`, or a subquery). */
export const REACTION_ROWS_SQL = (postFilter: string) =>
  `select post_id, emoji, array_agg(user_id order by created_at, user_id) as user_ids from forum_reaction where post_id ${postFilter} group by post_id, emoji`;

/** Reaction rows grouped per post, in the order of `postIds`. */
export function groupReactions(postIds: readonly number[], rows: ReactionRow[]): ReactionGroup[][] {
  return group(postIds, rows, (r) => r.post_id).map((list) => list.map((r) => ({ emoji: r.emoji, userIds: r.user_ids })));
}

/**
 * Reactions per post, in the order asked. Aggregated in SQL: a busy page has hundreds of
 * reactions, and hydrating each as an entity was a large share of its cost.
 */
export async function reactionGroups(em: EntityManager, postIds: readonly number[]): Promise<ReactionGroup[][]> {
  const rows = await sql<ReactionRow[]>(em, REACTION_ROWS_SQL('= any(?::int[])'), [intArray(postIds)]);
  return groupReactions(postIds, rows);
}

/** The same loaders with the per-user ones made for `userId` (shared event scopes use this). */
export function withUser(loaders: ForumLoaders, em: EntityManager, userId: number | null): ForumLoaders {
  let threadUser: ForumLoaders['threadUser'] | undefined;
  return Object.create(loaders, { threadUser: { get: () => (threadUser ??= threadUserLoader(em, userId)) } }) as ForumLoaders;
}

export function createForumLoaders(em: EntityManager, userId: number | null): ForumLoaders {
  const loaders: ForumLoaders = {
    // Authors of a page are read-only: plain SQL and views, not managed entities.
    user: new DataLoader(async (ids) => {
      const rows = await sql<UserRow[]>(em, `select ${USER_COLUMNS} from app_user u where u.id = any(?::int[])`, [intArray(ids)]);
      return index(ids, rows.map(userFromRow), (u) => u.id);
    }),
    category: new DataLoader(async (ids) => index(ids, await em.find(Category, { id: { $in: [...ids] } }), (c) => c.id)),
    post: new DataLoader((ids) => postsById(em, ids, (author) => loaders.user.prime(author.id, author))),
    reactions: new DataLoader((ids) => reactionGroups(em, ids)),
    threadRegions: new DataLoader(async (ids) => {
      const rows = await sql<(RegionSqlRow & { thread_id: number })[]>(
        em,
        `select t.thread_id, ${REGION_COLUMNS} from forum_thread_region t join region r on r.code = t.region_code join province p on p.code = r.province_code
         where t.thread_id = any(?::int[]) order by r.code`,
        [intArray(ids)],
      );
      return group(ids, rows, (r) => r.thread_id).map((list) => list.map(regionView));
    }),
    threadUser: threadUserLoader(em, userId),
    // With its category and author, which a thread page always shows: one statement, not three.
    thread: new DataLoader(async (ids) => {
      const rows = await sql<ThreadWithRow[]>(em, `${THREAD_SELECT} where t.id = any(?::int[])`, [intArray(ids)]);
      return index(ids, rows.map((r) => threadWith(loaders, r)), (t) => t.id);
    }),
    hiddenPostAuthors: new DataLoader(async (ids) => {
      const rows = await sql<{ thread_id: number; author_id: number }[]>(em,
        `select distinct thread_id, author_id from forum_post where hidden_at is not null and thread_id = any(?::int[])`,
        [intArray(ids)],
      );
      return ids.map((id) => new Set(rows.filter((r) => r.thread_id === id).map((r) => r.author_id)));
    }),
    categoryThreadCount: new DataLoader(async (ids) => {
      const rows = await sql<{ category_id: number; n: string }[]>(em,
        `select category_id, count(*) as n from forum_thread where deleted_at is null and category_id = any(?::int[]) group by category_id`,
        [intArray(ids)],
      );
      const map = new Map(rows.map((r) => [Number(r.category_id), Number(r.n)]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    revisionCount: new DataLoader(async (postIds) => {
      const rows = await sql<{ post_id: number; n: string }[]>(em,
        `select post_id, count(*) as n from forum_post_revision where post_id = any(?::int[]) group by post_id`,
        [intArray(postIds)],
      );
      const map = new Map(rows.map((r) => [Number(r.post_id), Number(r.n)]));
      return postIds.map((id) => map.get(id) ?? 0);
    }),
  };
  return loaders;
}
