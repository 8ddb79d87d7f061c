import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { Notification } from '../../notification/index.js';
import { canReadThread } from '../forum.policy.js';
import { Post } from '../posts/post.entity.js';
import { Thread } from '../threads/thread.entity.js';

/** Forum notifications point at a thread and a post; the forum shows them (to those who may read them). */
@Resolver(() => Notification)
export class NotificationLinksResolver {
  @FieldResolver(() => Thread, { nullable: true, description: 'Null when the thread was deleted' })
  async thread(@Root() n: Notification, @Ctx() ctx: Context) {
    if (!n.threadId) return null;
    const thread = await ctx.loaders.forum.thread.load(n.threadId);
    return thread && ctx.user && canReadThread(ctx.user, thread) ? thread : null;
  }

  @FieldResolver(() => Post, { nullable: true })
  post(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.postId ? ctx.loaders.forum.post.load(n.postId) : null;
  }
}
