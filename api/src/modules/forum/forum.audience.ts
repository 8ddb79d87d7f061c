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
  return (await authorsOf(ctx, event)).has(user.id) ? own : 'member';
}

// Per published event: who authored the thread, the event's post, or a hidden post in the thread.
// Computed once per event, not once per subscriber.
const eventAuthors = new WeakMap<object, Promise<Set<number>>>();

function authorsOf(ctx: Context, event: { threadId: number; postId?: number }): Promise<Set<number>> {
  let authors = eventAuthors.get(event);
  if (!authors) {
    freshForEvent(ctx, event);
    const { forum } = ctx.loaders;
    authors = Promise.all([forum.thread.load(event.threadId), event.postId ? forum.post.load(event.postId) : null, forum.hiddenPostAuthors.load(event.threadId)]).then(
      ([thread, post, hidden]) => new Set([...hidden, ...(thread ? [thread.author.id] : []), ...(post ? [post.author.id] : [])]),
    );
    eventAuthors.set(event, authors);
  }
  return authors;
}

export const threadEventsAudience: Audience = (ctx, event, perViewer) => forumAudience(ctx, event as ThreadEventMessage, perViewer);
export const feedEventsAudience: Audience = (ctx, event, perViewer) => forumAudience(ctx, event as FeedEventMessage, perViewer);
