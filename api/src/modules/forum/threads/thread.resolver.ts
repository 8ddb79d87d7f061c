import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { authorize, requireUser } from '../../../core/auth/policy.js';
import { freshForEvent } from '../../../core/loaders.js';
import { notFound } from '../../../core/errors.js';
import { forumMessages } from '../forum.messages.js';
import { parseId } from '../../../core/ids.js';
import { RegionView } from '../../region/index.js';
import { User } from '../../user/index.js';
import { Category } from '../categories/category.entity.js';
import { canAcceptAnswer, canDeleteThread, canEditThread, canModerate, canReadForum, canReadThread, canReply } from '../forum.policy.js';
import { FeedEvent, ThreadEvent, type FeedEventMessage, type ThreadEventMessage } from '../forum.events.js';
import { CreateThreadInput, ModerateThreadInput, PostConnection, ThreadConnection, ThreadReadState, ThreadsArgs, UpdateThreadInput } from '../forum.types.js';
import { listThreads } from './feed.service.js';
import { listPosts } from '../posts/post.list.js';
import { Post } from '../posts/post.entity.js';
import { Thread } from './thread.entity.js';
import { NotificationLevel } from './thread-user.entity.js';
import { runCommand } from '../../../core/commands/runner.js';
import { acceptAnswerCommand, createThreadCommand, deleteThreadCommand, moderateThreadCommand, updateThreadCommand } from './thread.commands.js';
import { followThreadCommand, markThreadReadCommand, updatePresenceCommand } from '../engagement/engagement.commands.js';
import { feedEventStream, resolveThreadEvent, threadEventStream, visibleThread } from './thread.events.js';

@Resolver(() => Thread)
export class ThreadResolver {
  @Query(() => ThreadConnection, { description: 'The feed across or within categories' })
  threads(@Args() args: ThreadsArgs, @Ctx() ctx: Context) {
    const actor = authorize(ctx, canReadForum, undefined);
    return listThreads(ctx, args, actor);
  }

  @Query(() => Thread)
  async thread(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    // Read through the loader (plain SQL): its posts ask for their thread again (accepted answer).
    const actor = requireUser(ctx);
    const thread = await ctx.loaders.forum.thread.load(parseId(id, 'threadId'));
    if (!thread || !canReadThread(actor, thread)) throw notFound(forumMessages.threadNotFound);
    return thread;
  }

  @FieldResolver(() => Category)
  async category(@Root() t: Thread, @Ctx() ctx: Context) {
    return (await ctx.loaders.forum.category.load(t.category.id))!;
  }

  @FieldResolver(() => User)
  async author(@Root() t: Thread, @Ctx() ctx: Context) {
    return (await ctx.loaders.forum.user.load(t.author.id))!;
  }

  @FieldResolver(() => [RegionView])
  regions(@Root() t: Thread, @Ctx() ctx: Context) {
    return ctx.loaders.forum.threadRegions.load(t.id);
  }

  @FieldResolver(() => Boolean) isPinned(@Root() t: Thread) { return t.pinnedAt !== null; }
  @FieldResolver(() => Boolean) isLocked(@Root() t: Thread) { return t.lockedAt !== null; }
  @FieldResolver(() => Boolean) isDeleted(@Root() t: Thread) { return t.deletedAt !== null; }
  @FieldResolver(() => Boolean, { description: 'A question with an accepted answer' }) isAnswered(@Root() t: Thread) { return t.acceptedPostId !== null; }

  @FieldResolver(() => Post, { nullable: true, description: 'The accepted answer of a question' })
  acceptedAnswer(@Root() t: Thread, @Ctx() ctx: Context) {
    return t.acceptedPostId ? ctx.loaders.forum.post.load(t.acceptedPostId) : null;
  }

  @FieldResolver(() => PostConnection, { description: 'Posts in order; `fromNumber` starts at a post number (e.g. the first unread)' })
  posts(
    @Root() t: Thread,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('fromNumber', () => Int, { nullable: true }) fromNumber: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return listPosts(ctx.em, ctx.loaders.forum, t, { first, after, fromNumber });
  }

  @FieldResolver(() => ThreadReadState, { nullable: true, description: "The signed-in user's level and unread state" })
  async readState(@Root() t: Thread, @Ctx() ctx: Context): Promise<ThreadReadState | null> {
    if (!ctx.user) return null;
    const tu = await ctx.loaders.forum.threadUser.load(t.id);
    const lastRead = tu?.lastReadPostNumber ?? 0;
    const level = tu?.level ?? NotificationLevel.NORMAL;
    const unread = level === NotificationLevel.MUTED ? 0 : Math.max(0, t.lastPostNumber - lastRead);
    return { level, lastReadPostNumber: lastRead, unreadCount: unread, firstUnreadPostNumber: lastRead < t.lastPostNumber ? lastRead + 1 : null };
  }

  @FieldResolver(() => Boolean) viewerCanEdit(@Root() t: Thread, @Ctx() ctx: Context) { return !!ctx.user && canEditThread(ctx.user, t); }
  @FieldResolver(() => Boolean) viewerCanModerate(@Ctx() ctx: Context) { return !!ctx.user && canModerate(ctx.user, undefined); }
  @FieldResolver(() => Boolean) viewerCanDelete(@Root() t: Thread, @Ctx() ctx: Context) { return !!ctx.user && !t.deletedAt && canDeleteThread(ctx.user, t); }
  @FieldResolver(() => Boolean, { description: 'False when locked (for non-moderators) or deleted' }) viewerCanReply(@Root() t: Thread, @Ctx() ctx: Context) { return !!ctx.user && canReply(ctx.user, t); }
  @FieldResolver(() => Boolean) viewerCanAcceptAnswer(@Root() t: Thread, @Ctx() ctx: Context) { return !!ctx.user && t.type === 'QUESTION' && canAcceptAnswer(ctx.user, t); }

  @Mutation(() => Thread) createThread(@Arg('input') input: CreateThreadInput, @Ctx() ctx: Context) { return runCommand(ctx, createThreadCommand, input); }
  @Mutation(() => Thread) updateThread(@Arg('input') input: UpdateThreadInput, @Ctx() ctx: Context) { return runCommand(ctx, updateThreadCommand, input); }
  @Mutation(() => Thread, { description: 'Soft delete: the thread disappears from feeds; moderators can still see it' })
  deleteThread(@Arg('threadId', () => ID) threadId: string, @Ctx() ctx: Context) { return runCommand(ctx, deleteThreadCommand, threadId); }
  @Mutation(() => Thread, { description: 'Pin, lock or move (facilitators and admins)' })
  moderateThread(@Arg('input') input: ModerateThreadInput, @Ctx() ctx: Context) { return runCommand(ctx, moderateThreadCommand, input); }

  @Mutation(() => Thread, { description: 'Marks a reply as the accepted answer of a question; null clears it' })
  acceptAnswer(@Arg('threadId', () => ID) threadId: string, @Arg('postId', () => ID, { nullable: true }) postId: string | null, @Ctx() ctx: Context) {
    return runCommand(ctx, acceptAnswerCommand, { threadId, postId });
  }

  @Mutation(() => Thread, { description: 'Sets how you are notified about a thread (WATCHING to follow, MUTED to mute)' })
  followThread(@Arg('threadId', () => ID) threadId: string, @Arg('level', () => NotificationLevel) level: NotificationLevel, @Ctx() ctx: Context) {
    return runCommand(ctx, followThreadCommand, { threadId, level });
  }

  @Mutation(() => Thread, { description: 'Moves your read marker forward to postNumber (default: the last post)' })
  markThreadRead(@Arg('threadId', () => ID) threadId: string, @Arg('postNumber', () => Int, { nullable: true }) postNumber: number | undefined, @Ctx() ctx: Context) {
    return runCommand(ctx, markThreadReadCommand, { threadId, postNumber });
  }

  @Mutation(() => Boolean, { description: 'Heartbeat while a thread is open (every ~20 s), with typing=true while composing (at most every 3 s); leaving=true on close' })
  updatePresence(
    @Arg('threadId', () => ID) threadId: string,
    @Arg('typing', { defaultValue: false }) typing: boolean,
    @Arg('leaving', { defaultValue: false }) leaving: boolean,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, updatePresenceCommand, { threadId, typing, leaving });
  }

  @Subscription(() => ThreadEvent, {
    description: 'Live changes in one thread: posts, reactions, accepted answer, presence and typing',
    subscribe: ({ args, context }) => threadEventStream(context as Context, String((args as { threadId: string }).threadId)),
  })
  threadEvents(@Root() message: ThreadEventMessage, @Arg('threadId', () => ID) _threadId: string, @Ctx() ctx: Context): Promise<ThreadEvent> {
    return resolveThreadEvent(ctx, message);
  }

  @Subscription(() => Thread, {
    nullable: true,
    description: 'Your read state of a thread changed: you read it in another tab or device, followed or muted it, or posted in it. The thread, for its readState; null when you can no longer read it',
    // Signed-in users only (a guest of a live session has no read state).
    subscribe: ({ context }) => (context as Context).services.pubsub.subscribe('READ_STATE', String(requireUser(context as Context).id)),
  })
  async myReadStates(@Root() message: { threadId: number }, @Ctx() ctx: Context): Promise<Thread | null> {
    const user = requireUser(ctx);
    freshForEvent(ctx, message);
    const thread = await ctx.loaders.forum.thread.load(message.threadId);
    return thread && canReadThread(user, thread) ? thread : null;
  }

  @Subscription(() => FeedEvent, {
    description: 'Threads created, bumped or changed; in one category, or everywhere when categoryId is omitted',
    subscribe: ({ args, context }) => feedEventStream(context as Context, (args as { categoryId?: string | null }).categoryId),
  })
  async feedEvents(@Root() message: FeedEventMessage, @Arg('categoryId', () => ID, { nullable: true }) _categoryId: string | null, @Ctx() ctx: Context): Promise<FeedEvent> {
    freshForEvent(ctx, message);
    const thread = await visibleThread(ctx, message.threadId);
    return { kind: message.kind, threadId: message.threadId, categoryId: message.categoryId, thread };
  }
}
