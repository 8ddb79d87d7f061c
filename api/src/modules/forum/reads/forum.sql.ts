import { intArray, sql } from '../../../core/db/sql.js';
import type { PrefixedUserRow } from '../../user/index.js';
import { USER_COLUMNS_PREFIXED } from '../../user/index.js';
import { REGION_COLUMNS } from '../../region/index.js';
import { CATEGORY_JSON, type CategoryRow } from '../categories/category.rows.js';
import { POST_ROW, type PostRow } from '../posts/post.rows.js';
import { THREAD_ROW, type ThreadRow } from '../threads/thread.rows.js';

export type PostWithAuthorRow = PostRow & PrefixedUserRow;
export type ThreadWithRow = ThreadRow & PrefixedUserRow & { category_json: CategoryRow };

/** Posts with their authors (`p`, and `u_*` columns); the caller adds `where`. */
export const POST_SELECT = sql`select ${POST_ROW.select}, ${USER_COLUMNS_PREFIXED} from forum_post p join app_user u on u.id = p.author_id`;

/** Threads with their category and author, which a thread page and every event show; the caller adds `where`. */
export const THREAD_SELECT = sql`select ${THREAD_ROW.select}, ${CATEGORY_JSON} as category_json, ${USER_COLUMNS_PREFIXED}
  from forum_thread t join forum_category c on c.id = t.category_id join app_user u on u.id = t.author_id`;

/** One row per post and emoji: who gave it, oldest first. */
export interface ReactionRow {
  post_id: number;
  emoji: string;
  user_ids: number[];
}

const reactionsWhere = (postFilter: ReturnType<typeof sql>) =>
  sql`select post_id, emoji, array_agg(user_id order by created_at, user_id) as user_ids from forum_reaction where ${postFilter} group by post_id, emoji`;

export const postsByIdSql = (ids: readonly number[]) => sql`${POST_SELECT} where p.id = any(${intArray(ids)})`;
export const threadsByIdSql = (ids: readonly number[]) => sql`${THREAD_SELECT} where t.id = any(${intArray(ids)})`;
export const reactionsOfPostsSql = (ids: readonly number[]) => reactionsWhere(sql`post_id = any(${intArray(ids)})`);

export const threadRegionsSql = (threadIds: readonly number[]) =>
  sql`select t.thread_id, ${REGION_COLUMNS} from forum_thread_region t join region r on r.code = t.region_code join province p on p.code = r.province_code
      where t.thread_id = any(${intArray(threadIds)}) order by r.code`;

export const hiddenPostAuthorsSql = (threadIds: readonly number[]) =>
  sql`select distinct thread_id, author_id from forum_post where hidden_at is not null and thread_id = any(${intArray(threadIds)})`;

export const categoryThreadCountsSql = (categoryIds: readonly number[]) =>
  sql`select category_id, count(*) as n from forum_thread where deleted_at is null and category_id = any(${intArray(categoryIds)}) group by category_id`;

export const revisionCountsSql = (postIds: readonly number[]) =>
  sql`select post_id, count(*) as n from forum_post_revision where post_id = any(${intArray(postIds)}) group by post_id`;

/**
 * A page in one statement: the posts with their authors, the posts they quote with theirs, and
 * the reactions, each as a JSON array. One round trip instead of two, and the driver parses
 * three JSON values instead of every field of every row (most of a page's cost in the driver).
 */
export const postPageSql = (threadId: number, afterNumber: number, limit: number) =>
  sql`with page as (${POST_SELECT} where p.thread_id = ${threadId} and p.number > ${afterNumber} order by p.number limit ${limit})
      select
        (select coalesce(json_agg(page order by page.number), '[]') from page) as posts,
        (select coalesce(json_agg(q), '[]') from (${POST_SELECT} where p.id in (select reply_to_id from page)) q) as quoted,
        (select coalesce(json_agg(r), '[]') from (${reactionsWhere(sql`post_id in (select id from page)`)}) r) as reactions`;

export interface PostPageRow {
  posts: PostWithAuthorRow[];
  quoted: PostWithAuthorRow[];
  reactions: ReactionRow[];
}

/** Everything a forum event's audiences and payload read, as one row of JSON values. */
export const eventRowsSql = (threadId: number, postId: number | null) =>
  sql`select
    (select to_json(x) from (${THREAD_SELECT} where t.id = ${threadId}) x) as thread,
    (select to_json(x) from (${POST_SELECT} where p.id = ${postId}) x) as post,
    (select coalesce(json_agg(distinct author_id), '[]') from forum_post where hidden_at is not null and thread_id = ${threadId}) as hidden,
    (select coalesce(json_agg(r), '[]') from (${reactionsWhere(sql`post_id = ${postId}`)}) r) as reactions`;

export interface EventRow {
  thread: ThreadWithRow | null;
  post: PostWithAuthorRow | null;
  hidden: number[];
  reactions: ReactionRow[];
}
