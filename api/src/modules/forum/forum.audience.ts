import type { Audience } from '../../core/shared-subscribe.js';
import type { Context } from '../../core/context.js';
import { freshForEvent } from '../../core/loaders.js';
import { isStaff } from '../../core/policy.js';
import type { FeedEventMessage, ThreadEventMessage } from './forum.events.js';

/**
 * What a forum event looks like depends on role (moderators see deleted threads and hidden
 * posts) and on authorship (authors see their own hidden posts and deleted threads). Anyone
 * who authored the thread, the event's post, or a hidden post in the thread gets results of
 * their own; all other members share one, and so do all moderators.
 */
async function forumAudience(ctx: Context, event: { threadId: number; postId?: number }, perViewer: boolean): Promise<string> {
  const user = ctx.user;
  if (!user) return 'anonymous';
  const own = `u${user.id}`;
  if (perViewer) return own;
  if (isStaff(user)) return 'staff';
  freshForEvent(ctx, event);
  const [thread, post, hiddenAuthors] = await Promise.all([
    ctx.loaders.forum.thread.load(event.threadId),
    event.postId ? ctx.loaders.forum.post.load(event.postId) : null,
    ctx.loaders.forum.hiddenPostAuthors.load(event.threadId),
  ]);
  if (thread?.author.id === user.id || post?.author.id === user.id || hiddenAuthors.has(user.id)) return own;
  return 'member';
}

export const threadEventsAudience: Audience = (ctx, event, perViewer) => forumAudience(ctx, event as ThreadEventMessage, perViewer);
export const feedEventsAudience: Audience = (ctx, event, perViewer) => forumAudience(ctx, event as FeedEventMessage, perViewer);
