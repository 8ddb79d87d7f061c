import type { Context } from '../../core/context.js';
import { prefixedUser } from '../user/user.rows.js';
import { POST_SELECT, REACTION_ROWS_SQL, THREAD_SELECT, groupReactions, threadWith, type PostWithAuthorRow, type ReactionRow, type ThreadWithRow } from './forum.loaders.js';
import { postFromRow } from './post.rows.js';

interface EventRows {
  thread: ThreadWithRow | null;
  post: PostWithAuthorRow | null;
  hidden: number[];
  reactions: ReactionRow[];
}

/** Everything a forum event's audiences and payload read, as one row of JSON values; parameters: thread id, post id, thread id, post id. */
const EVENT_SQL = `select
  (select to_json(x) from (${THREAD_SELECT} where t.id = ?) x) as thread,
  (select to_json(x) from (${POST_SELECT} where p.id = ?) x) as post,
  (select coalesce(json_agg(distinct author_id), '[]') from forum_post where hidden_at is not null and thread_id = ?) as hidden,
  (select coalesce(json_agg(r), '[]') from (${REACTION_ROWS_SQL('= ?')}) r) as reactions`;

/**
 * Reads an event's thread (with category and author), post (with author and reactions) and the
 * authors of hidden posts in the thread in one statement, into the event's loaders. It runs
 * after the writer's commit and before the event goes out, on the critical path of every live
 * delivery: one round trip on one connection, where four loaders took four in parallel.
 */
export async function readEventRows(ctx: Context, event: { threadId: number; postId?: number }): Promise<void> {
  const { forum } = ctx.loaders;
  const postId = event.postId ?? null;
  const [row] = await ctx.read<[EventRows]>(EVENT_SQL, [event.threadId, postId, event.threadId, postId]);
  const { thread, post, hidden, reactions } = row!;
  forum.thread.prime(event.threadId, thread ? threadWith(forum, thread) : null);
  forum.hiddenPostAuthors.prime(event.threadId, new Set(hidden));
  if (postId === null) return;
  if (post) forum.user.prime(post.author_id, prefixedUser(post));
  forum.post.prime(postId, post ? postFromRow(post) : null);
  forum.reactions.prime(postId, groupReactions([postId], reactions)[0]!);
}
