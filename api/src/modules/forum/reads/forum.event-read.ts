import type { Context } from '../../../core/context.js';
import { prefixedUser } from '../../user/index.js';
import { groupReactions, threadWith } from './forum.loaders.js';
import { eventRowsSql, type EventRow } from './forum.sql.js';
import { postFromRow } from '../posts/post.rows.js';

/**
 * Reads an event's thread (with category and author), post (with author and reactions) and the
 * authors of hidden posts in the thread in one statement, into the event's loaders. It runs
 * after the writer's commit and before the event goes out, on the critical path of every live
 * delivery: one round trip on one connection, where four loaders took four in parallel.
 */
export async function readEventRows(ctx: Context, event: { threadId: number; postId?: number }): Promise<void> {
  const { forum } = ctx.loaders;
  const postId = event.postId ?? null;
  const [row] = await ctx.read<EventRow>(eventRowsSql(event.threadId, postId));
  const { thread, post, hidden, reactions } = row!;
  forum.thread.prime(event.threadId, thread ? threadWith(forum, thread) : null);
  forum.hiddenPostAuthors.prime(event.threadId, new Set(hidden));
  if (postId === null) return;
  if (post) forum.user.prime(post.author_id, prefixedUser(post));
  forum.post.prime(postId, post ? postFromRow(post) : null);
  forum.reactions.prime(postId, groupReactions([postId], reactions)[0]!);
}
