import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import type { Context } from '../../core/context.js';
import { PageArgs, connectionOf, decodeCursor, toConnection } from '../../core/graphql/connection.js';
import { badInput } from '../../core/errors.js';
import { coreMessages } from '../../core/core.messages.js';
import { runCommand } from '../../core/commands/runner.js';
import { markNotificationsReadCommand } from './notification.commands.js';
import { freshForEvent } from '../../core/loaders.js';
import { requireUser } from '../../core/auth/policy.js';
import { User } from '../user/index.js';
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
    if (before !== undefined && !Number.isInteger(before)) throw badInput(coreMessages.invalidCursor);
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
  markNotificationsRead(@Args() args: MarkReadArgs, @Ctx() ctx: Context) {
    return runCommand(ctx, markNotificationsReadCommand, { ids: args.ids });
  }

  @FieldResolver(() => String, { nullable: true, description: 'What happened, in your language, for notifications that carry their own text (challenges); null for forum ones, which the app words from their kind' })
  text(@Root() n: Notification, @Ctx() ctx: Context): string | null {
    return (ctx.lang === 'en' ? n.textEn : n.textId) ?? null;
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.actor ? ctx.loaders.users.load(n.actor.id) : null;
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
