import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import type { Context } from '../../core/context.js';
import { PageArgs, connectionOf, decodeCursor, toConnection } from '../../core/graphql/connection.js';
import { badInput } from '../../core/errors.js';
import { freshForEvent } from '../../core/loaders.js';
import { requireUser } from '../../core/auth/policy.js';
import { User } from '../user/user.entity.js';
import { Post } from '../forum/post.entity.js';
import { Thread } from '../forum/thread.entity.js';
import { canReadThread } from '../forum/forum.policy.js';
import { Notification } from './notification.entity.js';

const NotificationConnection = connectionOf(Notification, 'Notification');

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false }) unreadOnly: boolean = false;
}

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'These notifications; omit to mark all read' })
  @IsOptional()
  @ArrayMaxSize(500)
  ids?: string[];
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  async notifications(@Args() args: NotificationsArgs, @Ctx() ctx: Context) {
    const user = requireUser(ctx);
    const cursor = decodeCursor(args.after);
    const before = cursor === undefined ? undefined : Number(cursor);
    if (before !== undefined && !Number.isInteger(before)) throw badInput('Invalid cursor', 'Kursor tidak valid');
    const where = { user: user.id, ...(args.unreadOnly ? { readAt: null } : {}) };
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(Notification, { ...where, ...(before ? { id: { $lt: before } } : {}) }, { orderBy: { id: 'desc' }, limit: args.first + 1 }),
      ctx.em.count(Notification, where),
    ]);
    return toConnection(rows, args.first, totalCount, (n) => String(n.id), before !== undefined);
  }

  @Query(() => Int, { description: 'Number for the bell' })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return ctx.em.count(Notification, { user: requireUser(ctx).id, readAt: null });
  }

  @Mutation(() => Int, { description: 'Marks notifications read; returns how many stay unread' })
  async markNotificationsRead(@Args() args: MarkReadArgs, @Ctx() ctx: Context) {
    const user = requireUser(ctx);
    const ids = args.ids?.map(Number);
    if (ids?.some((id) => !Number.isSafeInteger(id))) throw badInput('ids must be notification ids', 'ids harus id notifikasi');
    await ctx.em.nativeUpdate(Notification, { user: user.id, readAt: null, ...(ids ? { id: { $in: ids } } : {}) }, { readAt: new Date() });
    return ctx.em.count(Notification, { user: user.id, readAt: null });
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.actor ? ctx.loaders.forum.user.load(n.actor.id) : null;
  }

  @FieldResolver(() => Thread, { nullable: true, description: 'Null when the thread was deleted' })
  async thread(@Root() n: Notification, @Ctx() ctx: Context) {
    if (!n.threadId) return null;
    const thread = await ctx.em.findOne(Thread, n.threadId);
    return thread && ctx.user && canReadThread(ctx.user, thread) ? thread : null;
  }

  @FieldResolver(() => Post, { nullable: true })
  post(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.postId ? ctx.loaders.forum.post.load(n.postId) : null;
  }

  @Subscription(() => Notification, {
    description: 'Your notifications as they happen',
    // Signed-in users only (a guest of a live session has no notifications).
    subscribe: ({ context }) => (context as Context).services.pubsub.subscribe('NOTIFICATION', String(requireUser(context as Context).id)),
  })
  async myNotifications(@Root() message: { notificationId: number }, @Ctx() ctx: Context): Promise<Notification> {
    const user = requireUser(ctx);
    freshForEvent(ctx, message);
    return ctx.em.findOneOrFail(Notification, { id: message.notificationId, user: user.id });
  }
}
