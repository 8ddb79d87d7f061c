import type { Context } from '../../../core/context.js';
import { requireUser } from '../../../core/auth/policy.js';
import { freshForEvent } from '../../../core/loaders.js';
import type { User } from '../../user/index.js';
import { canReadThread } from '../forum.policy.js';
import { ThreadEventKind, type FeedEventMessage, type ThreadEvent, type ThreadEventMessage } from '../forum.events.js';
import { notFound } from '../../../core/errors.js';
import { forumMessages as m } from '../forum.messages.js';
import { parseId } from '../../../core/ids.js';
import type { Thread } from './thread.entity.js';

/** The thread if this subscriber may still read it; re-checked for every event. */
export async function visibleThread(ctx: Context, threadId: number): Promise<Thread | null> {
  const actor = requireUser(ctx);
  const thread = await ctx.loaders.forum.thread.load(threadId);
  return thread && canReadThread(actor, thread) ? thread : null;
}

/** Turns a pub/sub message into what this subscriber may see; post visibility is applied by the Post resolvers. */
export async function resolveThreadEvent(ctx: Context, message: ThreadEventMessage): Promise<ThreadEvent> {
  freshForEvent(ctx, message);
  const thread = await visibleThread(ctx, message.threadId);
  const post = thread && message.postId ? await ctx.loaders.forum.post.load(message.postId) : null;
  let viewers: User[] | null = null;
  let typing: User[] | null = null;
  if (message.kind === ThreadEventKind.PRESENCE) {
    const users = await ctx.loaders.forum.user.loadMany([...(message.viewerIds ?? []), ...(message.typingIds ?? [])]);
    const byId = new Map(users.filter((u): u is User => !!u && !(u instanceof Error)).map((u) => [u.id, u]));
    viewers = (message.viewerIds ?? []).map((id) => byId.get(id)).filter((u): u is User => !!u);
    typing = (message.typingIds ?? []).map((id) => byId.get(id)).filter((u): u is User => !!u);
  }
  return { kind: message.kind, threadId: message.threadId, thread, post: thread ? post : null, viewers, typing };
}

/**
 * The event stream of one thread, for a signed-in reader of it: an unknown or unreadable
 * thread is refused when subscribing (each event is still re-checked as it is delivered).
 */
export async function threadEventStream(ctx: Context, threadIdRaw: string): Promise<AsyncIterableIterator<ThreadEventMessage>> {
  const actor = requireUser(ctx);
  const thread = await ctx.loaders.forum.thread.load(parseId(threadIdRaw, 'threadId'));
  if (!thread || !canReadThread(actor, thread)) throw notFound(m.threadNotFound);
  return ctx.services.pubsub.subscribe('THREAD_EVENT', String(thread.id));
}

/** Feed events of one category (unknown ones refused) or of all, for signed-in readers. */
export async function feedEventStream(ctx: Context, categoryIdRaw: string | null | undefined): Promise<AsyncIterableIterator<FeedEventMessage>> {
  requireUser(ctx);
  if (categoryIdRaw === null || categoryIdRaw === undefined) return ctx.services.pubsub.subscribe('FEED_EVENT', 'all');
  const category = await ctx.loaders.forum.category.load(parseId(categoryIdRaw, 'categoryId'));
  if (!category) throw notFound(m.categoryNotFound);
  return ctx.services.pubsub.subscribe('FEED_EVENT', String(category.id));
}
