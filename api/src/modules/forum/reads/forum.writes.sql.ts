import { sql, textArray } from '../../../core/db/sql.js';
import { NotificationLevel } from '../threads/thread-user.entity.js';

/**
 * Posting follows the thread (tracking) unless the author chose a level already, and reading up
 * to the new post is implied; the same statement lists who watches the thread (the statement's
 * snapshot does not see its own upsert, which only concerns the author, who is never notified).
 */
export const followOnPostAndListWatchersSql = (threadId: number, userId: number, postNumber: number) =>
  sql`with follow as (
        insert into forum_thread_user (thread_id, user_id, level, last_read_post_number) values (${threadId}, ${userId}, 'TRACKING', ${postNumber})
        on conflict (thread_id, user_id) do update set last_read_post_number = greatest(forum_thread_user.last_read_post_number, excluded.last_read_post_number), updated_at = now())
      select user_id from forum_thread_user where thread_id = ${threadId} and level = ${NotificationLevel.WATCHING}`;

export const setFollowLevelSql = (threadId: number, userId: number, level: NotificationLevel) =>
  sql`insert into forum_thread_user (thread_id, user_id, level) values (${threadId}, ${userId}, ${level})
      on conflict (thread_id, user_id) do update set level = excluded.level, updated_at = now()`;

/** Moves the read marker forward, never back. */
export const markReadSql = (threadId: number, userId: number, upTo: number) =>
  sql`insert into forum_thread_user (thread_id, user_id, level, last_read_post_number) values (${threadId}, ${userId}, ${NotificationLevel.NORMAL}, ${upTo})
      on conflict (thread_id, user_id) do update set last_read_post_number = greatest(forum_thread_user.last_read_post_number, excluded.last_read_post_number), updated_at = now()`;

/** The thread's regions become exactly `codes`, in one statement (the removed and the added never overlap). */
export const replaceThreadRegionsSql = (threadId: number, codes: readonly string[]) =>
  sql`with gone as (delete from forum_thread_region where thread_id = ${threadId} and region_code <> all(${textArray(codes)}))
      insert into forum_thread_region (thread_id, region_code) select ${threadId}, code from unnest(${textArray(codes)}) as code on conflict do nothing`;

/**
 * Queues one person's toggles of one post against each other (a toggle reads, then writes) and
 * nobody else's: the post row is not locked, so reactions of many people land side by side. A
 * statement of its own, so that what follows takes its snapshot once the lock is held.
 */
export const lockOwnReactionsSql = (postId: number, userId: number) =>
  sql`select pg_advisory_xact_lock(hashtextextended(${`forum_reaction:${postId}:${userId}`}, 0))`;

/** Adds the reaction under its key; touches no row when it is there already. */
export const addReactionSql = (postId: number, userId: number, emoji: string) =>
  sql`insert into forum_reaction (post_id, user_id, emoji) values (${postId}, ${userId}, ${emoji}) on conflict do nothing`;

export const removeReactionSql = (postId: number, userId: number, emoji: string) =>
  sql`delete from forum_reaction where post_id = ${postId} and user_id = ${userId} and emoji = ${emoji}`;
