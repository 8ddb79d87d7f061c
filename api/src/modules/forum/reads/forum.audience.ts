import { viewerKey, type Audience } from '../../../core/realtime/fanout.js';
import type { Context } from '../../../core/context.js';
import { freshForEvent } from '../../../core/loaders.js';
import { isStaff } from '../../user/index.js';
import { readEventRows } from './forum.event-read.js';

/**
 * What a forum event looks like depends on role (moderators see deleted threads and hidden
 * posts) and on authorship (authors see their own hidden posts and deleted threads). Anyone
 * who authored the thread, the event's post, or a hidden post in the thread gets results of
 * their own; all other members share one, and so do all moderators.
 */
const forumAudience: Audience<Set<number>> = {
  // Who authored the thread, the event's post, or a hidden post in the thread: once per event.
  async prepare(ctx: Context, event: object): Promise<Set<number>> {
    const e = event as { threadId: number; postId?: number };
    freshForEvent(ctx, e);
    // With the post's reactions, which are not needed to choose audiences but which every
    // audience shows: one statement now saves the event a database round trip later.
    await readEventRows(ctx, e);
    const { forum } = ctx.loaders;
    const [thread, post, hidden] = await Promise.all([
      forum.thread.load(e.threadId),
      e.postId ? forum.post.load(e.postId) : null,
      forum.hiddenPostAuthors.load(e.threadId),
    ]);
    return new Set([...hidden, ...(thread ? [thread.author.id] : []), ...(post ? [post.author.id] : [])]);
  },
  key(ctx, _event, perViewer, authors) {
    const user = ctx.user;
    if (!user) return 'anonymous';
    if (perViewer) return viewerKey(ctx);
    if (isStaff(user)) return 'staff';
    return authors.has(user.id) ? viewerKey(ctx) : 'member';
  },
};

export const threadEventsAudience = forumAudience;
export const feedEventsAudience = forumAudience;
