import type { Context } from '../../core/context.js';
import { AfterCommit } from '../../core/events/after-commit.js';
import { badInput, forbidden, notFound } from '../../core/errors.js';
import { authorize, requireUser } from '../../core/auth/policy.js';
import { enforce } from '../../core/rate-limit.js';
import { User } from '../user/user.entity.js';
import { notify, type NotificationDraft } from '../notification/notification.service.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { Flag } from './flag.entity.js';
import { canDeletePost, canEditPost, canModerate, canReply } from './forum.policy.js';
import { countReply, loadPost, loadThread } from './forum.load.js';
import { parseId } from '../../core/ids.js';
import { FeedEventKind, ThreadEventKind } from './forum.events.js';
import type { CreatePostInput, ModeratePostInput, UpdatePostInput } from './forum.types.js';
import { PostModeration } from './forum.types.js';
import { Post, PostRevision } from './post.entity.js';
import { NotificationLevel } from './thread-user.entity.js';
import { mentionNotifications, writeBody } from './post.body.js';
import { feedEvent } from './thread.service.js';
import { WRITE_LIMITS } from './forum.limits.js';

export async function createPost(ctx: Context, input: CreatePostInput): Promise<Post> {
  const actor = requireUser(ctx);
  await enforce(ctx.services.rateLimiter, WRITE_LIMITS.post, String(actor.id));
  if (!input.body.trim()) throw badInput('body must not be empty', 'isi tidak boleh kosong', [{ field: 'body', message: 'empty' }]);
  const replyToId = input.replyToPostId ? parseId(input.replyToPostId, 'replyToPostId') : null;
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const thread = await countReply(em, input.threadId, actor);
      if (!canReply(actor, thread)) throw forbidden('This thread is locked; no new replies', 'Topik ini dikunci; tidak bisa dibalas');
      const replyTo = replyToId ? await em.findOne(Post, { id: replyToId, thread }) : null;
      if (replyToId && (!replyTo || replyTo.deletedAt)) throw notFound('Post to reply to', 'Tulisan yang dibalas');
      const number = thread.lastPostNumber;
      const author = em.getReference(User, actor.id, { wrapped: true });
      const post = em.create(Post, { thread, author, number, replyToId, ...writeBody(input.body) });
      await em.flush();
      // Posting follows the thread (tracking), unless the author chose a level already; reading up
      // to here is implied. The same statement lists who watches the thread (the statement's
      // snapshot does not see its own upsert, which only concerns the author, who is never notified).
      const watchers = await em.execute<{ user_id: number }[]>(
        `with follow as (
           insert into forum_thread_user (thread_id, user_id, level, last_read_post_number) values (?, ?, 'TRACKING', ?)
           on conflict (thread_id, user_id) do update set last_read_post_number = greatest(forum_thread_user.last_read_post_number, excluded.last_read_post_number), updated_at = now())
         select user_id from forum_thread_user where thread_id = ? and level = ?`,
        [thread.id, actor.id, number, thread.id, NotificationLevel.WATCHING],
      );
      const drafts: NotificationDraft[] = await mentionNotifications(em, input.body, [], actor.id, thread.id, post.id);
      const repliedTo = replyTo?.author.id ?? thread.author.id;
      drafts.push({ userId: repliedTo, kind: NotificationKind.REPLY, actorId: actor.id, threadId: thread.id, postId: post.id });
      for (const w of watchers) drafts.push({ userId: w.user_id, kind: NotificationKind.THREAD_ACTIVITY, actorId: actor.id, threadId: thread.id, postId: post.id });
      await notify(em, events, drafts);
      events.add('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.POST_ADDED, threadId: thread.id, postId: post.id });
      events.add('READ_STATE', String(actor.id), { threadId: thread.id });
      feedEvent(events, FeedEventKind.THREAD_BUMPED, thread);
      return post;
    }),
  );
}

export async function updatePost(ctx: Context, input: UpdatePostInput): Promise<Post> {
  const actor = requireUser(ctx);
  if (!input.body.trim()) throw badInput('body must not be empty', 'isi tidak boleh kosong', [{ field: 'body', message: 'empty' }]);
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const { post, thread } = await loadPost(em, input.postId, actor);
      authorize(ctx, canEditPost, post);
      if (thread.lockedAt && !canModerate(actor, undefined)) throw forbidden('This thread is locked', 'Topik ini dikunci');
      const next = writeBody(input.body);
      if (next.bodyMarkdown === post.bodyMarkdown) return post;
      em.create(PostRevision, { post, editor: em.getReference(User, actor.id, { wrapped: true }), bodyMarkdown: post.bodyMarkdown });
      const previous = post.bodyMarkdown;
      Object.assign(post, next, { editedAt: new Date() });
      await em.flush();
      await notify(em, events, await mentionNotifications(em, input.body, [previous], actor.id, thread.id, post.id));
      events.add('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.POST_UPDATED, threadId: thread.id, postId: post.id });
      return post;
    }),
  );
}

export async function deletePost(ctx: Context, postId: string): Promise<Post> {
  const actor = requireUser(ctx);
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const { post } = await loadPost(em, postId, actor);
      authorize(ctx, canDeletePost, post);
      if (post.number === 1) throw badInput('This post opens the thread: delete the thread instead', 'Tulisan ini membuka topik: hapus topiknya');
      const thread = await loadThread(em, post.thread.id, actor, true);
      if (post.deletedAt) return post;
      post.deletedAt = new Date();
      thread.replyCount = Math.max(0, thread.replyCount - 1);
      if (thread.acceptedPostId === post.id) thread.acceptedPostId = null;
      await em.flush();
      events.add('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.POST_DELETED, threadId: thread.id, postId: post.id });
      return post;
    }),
  );
}

export async function moderatePost(ctx: Context, input: ModeratePostInput): Promise<Post> {
  const actor = authorize(ctx, canModerate, undefined);
  if (input.action === PostModeration.HIDE && !input.reason?.trim()) {
    throw badInput('A reason is required to hide a post', 'Alasan wajib diisi untuk menyembunyikan tulisan', [{ field: 'reason', message: 'required' }]);
  }
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const { post, thread } = await loadPost(em, input.postId, actor);
      const resolution = input.action === PostModeration.HIDE ? 'HIDDEN' : 'DISMISSED';
      if (input.action === PostModeration.HIDE) {
        post.hiddenAt = new Date();
        post.hiddenReason = input.reason!.trim();
        if (thread.acceptedPostId === post.id) thread.acceptedPostId = null;
      } else if (input.action === PostModeration.UNHIDE) {
        post.hiddenAt = null;
        post.hiddenReason = null;
      }
      if (input.action !== PostModeration.UNHIDE) {
        await em.nativeUpdate(Flag, { post, resolvedAt: null }, { resolvedAt: new Date(), resolution, resolvedBy: actor.id });
      }
      await em.flush();
      const kind = input.action === PostModeration.HIDE ? ThreadEventKind.POST_HIDDEN : ThreadEventKind.POST_UPDATED;
      if (input.action !== PostModeration.DISMISS_FLAGS) events.add('THREAD_EVENT', String(thread.id), { kind, threadId: thread.id, postId: post.id });
      return post;
    }),
  );
}
