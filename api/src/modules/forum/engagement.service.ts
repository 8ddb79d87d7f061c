import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { AfterCommit } from '../../core/events/after-commit.js';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { authorize, requireUser } from '../../core/auth/policy.js';
import { enforce } from '../../core/rate-limit.js';
import { User } from '../user/user.entity.js';
import { Flag } from './flag.entity.js';
import { canFlag } from './forum.policy.js';
import { loadThread } from './forum.load.js';
import { parseId } from '../../core/ids.js';
import { ThreadEventKind } from './forum.events.js';
import type { ToggleReactionInput } from './forum.types.js';
import { REASON_MAX } from './forum.types.js';
import { Post } from './post.entity.js';
import { Reaction } from './reaction.entity.js';
import { Thread } from './thread.entity.js';
import { NotificationLevel } from './thread-user.entity.js';
import { WRITE_LIMITS } from './forum.limits.js';

/**
 * Adds or removes one reaction. The post row is locked for the duration, so concurrent
 * toggles by one person apply one after another and the stored state is always consistent.
 */
export async function toggleReaction(ctx: Context, input: ToggleReactionInput): Promise<Post> {
  const actor = requireUser(ctx);
  await enforce(ctx.services.rateLimiter, WRITE_LIMITS.reaction, String(actor.id));
  const postId = parseId(input.postId, 'postId');
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const post = await em.findOne(Post, postId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!post) throw notFound('Post', 'Tulisan');
      await loadThread(em, post.thread.id, actor);
      if (post.deletedAt || post.hiddenAt) throw forbidden('This post cannot receive reactions', 'Tulisan ini tidak bisa diberi reaksi');
      const key = { post: postId, user: actor.id, emoji: input.emoji };
      const existing = await em.count(Reaction, key);
      const want = input.on ?? existing === 0;
      if (want && existing) throw conflict(`You already reacted ${input.emoji} to this post`, `Anda sudah memberi reaksi ${input.emoji} pada tulisan ini`);
      if (want === Boolean(existing)) return post;
      if (want) em.create(Reaction, { post: em.getReference(Post, postId), user: em.getReference(User, actor.id), emoji: input.emoji });
      else await em.nativeDelete(Reaction, key);
      await em.flush();
      events.add('THREAD_EVENT', String(post.thread.id), { kind: ThreadEventKind.REACTIONS_CHANGED, threadId: post.thread.id, postId });
      return post;
    }),
  );
}

export async function flagPost(ctx: Context, postIdRaw: string, reasonRaw: string): Promise<Flag> {
  const actor = requireUser(ctx);
  await enforce(ctx.services.rateLimiter, WRITE_LIMITS.flag, String(actor.id));
  const reason = reasonRaw.trim();
  if (reason.length < 3 || reason.length > REASON_MAX) {
    throw badInput(`reason must be 3 to ${REASON_MAX} characters`, `alasan harus 3 sampai ${REASON_MAX} karakter`, [{ field: 'reason', message: 'length' }]);
  }
  return ctx.em.transactional(async (em) => {
    const post = await em.findOne(Post, parseId(postIdRaw, 'postId'));
    if (!post) throw notFound('Post', 'Tulisan');
    await loadThread(em, post.thread.id, actor);
    authorize(ctx, canFlag, post);
    if (await em.count(Flag, { post, user: actor.id, resolvedAt: null })) throw conflict('You already flagged this post', 'Anda sudah melaporkan tulisan ini');
    const flag = em.create(Flag, { post, user: em.getReference(User, actor.id, { wrapped: true }), reason });
    await em.flush();
    return flag;
  });
}

export async function followThread(ctx: Context, threadId: string, level: NotificationLevel): Promise<Thread> {
  const actor = requireUser(ctx);
  const thread = await loadThread(ctx.em, threadId, actor);
  await ctx.em.execute(
    `insert into forum_thread_user (thread_id, user_id, level) values (?, ?, ?)
     on conflict (thread_id, user_id) do update set level = excluded.level, updated_at = now()`,
    [thread.id, actor.id, level],
  );
  ctx.loaders.forum.threadUser.clear(thread.id);
  ctx.services.pubsub.publish('READ_STATE', String(actor.id), { threadId: thread.id });
  return thread;
}

/** Moves the user's read marker forward (never back) to `postNumber`, or to the end. */
export async function markThreadRead(ctx: Context, threadId: string, postNumber: number | undefined): Promise<Thread> {
  const actor = requireUser(ctx);
  const thread = await loadThread(ctx.em, threadId, actor);
  const upTo = Math.min(postNumber ?? thread.lastPostNumber, thread.lastPostNumber);
  if (!Number.isInteger(upTo) || upTo < 0) throw badInput('postNumber must be 0 or more', 'postNumber harus 0 atau lebih');
  await ctx.em.execute(
    `insert into forum_thread_user (thread_id, user_id, level, last_read_post_number) values (?, ?, ?, ?)
     on conflict (thread_id, user_id) do update set last_read_post_number = greatest(forum_thread_user.last_read_post_number, excluded.last_read_post_number), updated_at = now()`,
    [thread.id, actor.id, NotificationLevel.NORMAL, upTo],
  );
  ctx.loaders.forum.threadUser.clear(thread.id);
  ctx.services.pubsub.publish('READ_STATE', String(actor.id), { threadId: thread.id });
  return thread;
}

