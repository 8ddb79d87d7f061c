import type { Context } from '../../core/context.js';
import { AfterCommit } from '../../core/events/after-commit.js';
import { badInput, forbidden, notFound } from '../../core/errors.js';
import { authorize } from '../../core/auth/policy.js';
import { enforce } from '../../core/rate-limit.js';
import { User } from '../user/user.entity.js';
import { notify } from '../notification/notification.service.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { Category } from './category.entity.js';
import { canAcceptAnswer, canDeleteThread, canEditThread, canModerate, canStartThread } from './forum.policy.js';
import { loadThread } from './forum.load.js';
import { parseId } from '../../core/ids.js';
import { FeedEventKind, ThreadEventKind } from './forum.events.js';
import type { CreateThreadInput, ModerateThreadInput, UpdateThreadInput } from './forum.types.js';
import { ThreadModeration } from './forum.types.js';
import { Post, PostRevision } from './post.entity.js';
import { Thread, ThreadType } from './thread.entity.js';
import { NotificationLevel, ThreadUser } from './thread-user.entity.js';
import { checkThreadMeta, setThreadRegions } from './thread.meta.js';
import { mentionNotifications, writeBody } from './post.body.js';
import { WRITE_LIMITS } from './forum.limits.js';

export function feedEvent(events: AfterCommit, kind: FeedEventKind, thread: Thread): void {
  const payload = { kind, threadId: thread.id, categoryId: thread.category.id };
  events.add('FEED_EVENT', 'all', payload);
  events.add('FEED_EVENT', String(thread.category.id), payload);
}

export async function createThread(ctx: Context, input: CreateThreadInput): Promise<Thread> {
  const actor = authorize(ctx, canStartThread, undefined);
  await enforce(ctx.services.rateLimiter, WRITE_LIMITS.thread, String(actor.id));
  const title = input.title.trim().replace(/\s+/g, ' ');
  if (title.length < 5) throw badInput('title must be 5 to 200 characters', 'judul harus 5 sampai 200 karakter', [{ field: 'title', message: 'too short' }]);
  if (!input.body.trim()) throw badInput('body must not be empty', 'isi tidak boleh kosong', [{ field: 'body', message: 'empty' }]);
  const category = await ctx.em.findOne(Category, parseId(input.categoryId, 'categoryId'));
  if (!category) throw notFound('Category', 'Kategori');
  const meta = await checkThreadMeta(ctx.em, input);
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const author = em.getReference(User, actor.id, { wrapped: true });
      const thread = em.create(Thread, { category, author, type: input.type, title, indicatorNumbers: meta.indicatorNumbers!, tags: meta.tags!, lastPostNumber: 1 });
      const post = em.create(Post, { thread, author, number: 1, ...writeBody(input.body) });
      em.create(ThreadUser, { thread, user: author, level: NotificationLevel.WATCHING, lastReadPostNumber: 1 });
      await em.flush();
      await setThreadRegions(em, thread.id, meta.regionCodes!);
      await notify(em, events, await mentionNotifications(em, input.body, [], actor.id, thread.id, post.id));
      feedEvent(events, FeedEventKind.THREAD_CREATED, thread);
      return thread;
    }),
  );
}

export async function updateThread(ctx: Context, input: UpdateThreadInput): Promise<Thread> {
  const actor = authorize(ctx, () => true, undefined);
  const meta = await checkThreadMeta(ctx.em, input);
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const thread = await loadThread(em, input.threadId, actor, true);
      authorize(ctx, canEditThread, thread);
      const opening = await em.findOneOrFail(Post, { thread, number: 1 });
      const title = input.title?.trim().replace(/\s+/g, ' ');
      const titleChanged = title !== undefined && title !== thread.title;
      const bodyChanged = input.body !== undefined && input.body !== opening.bodyMarkdown;
      if (titleChanged || bodyChanged) {
        em.create(PostRevision, { post: opening, editor: em.getReference(User, actor.id, { wrapped: true }), title: titleChanged ? thread.title : null, bodyMarkdown: opening.bodyMarkdown });
      }
      if (titleChanged) thread.title = title;
      if (bodyChanged) {
        const previous = opening.bodyMarkdown;
        Object.assign(opening, writeBody(input.body!), { editedAt: new Date() });
        await notify(em, events, await mentionNotifications(em, input.body!, [previous], actor.id, thread.id, opening.id));
      }
      if (meta.indicatorNumbers) thread.indicatorNumbers = meta.indicatorNumbers;
      if (meta.tags) thread.tags = meta.tags;
      await em.flush();
      if (meta.regionCodes) await setThreadRegions(em, thread.id, meta.regionCodes);
      events.add('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.THREAD_UPDATED, threadId: thread.id, postId: opening.id });
      feedEvent(events, FeedEventKind.THREAD_UPDATED, thread);
      return thread;
    }),
  );
}

export async function deleteThread(ctx: Context, threadId: string): Promise<Thread> {
  const actor = authorize(ctx, () => true, undefined);
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const thread = await loadThread(em, threadId, actor, true);
      authorize(ctx, canDeleteThread, thread);
      if (thread.deletedAt) return thread;
      thread.deletedAt = new Date();
      await em.flush();
      events.add('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.THREAD_UPDATED, threadId: thread.id });
      feedEvent(events, FeedEventKind.THREAD_DELETED, thread);
      return thread;
    }),
  );
}

export async function moderateThread(ctx: Context, input: ModerateThreadInput): Promise<Thread> {
  const actor = authorize(ctx, canModerate, undefined);
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const thread = await loadThread(em, input.threadId, actor, true);
      const now = new Date();
      switch (input.action) {
        case ThreadModeration.PIN: thread.pinnedAt ??= now; break;
        case ThreadModeration.UNPIN: thread.pinnedAt = null; break;
        case ThreadModeration.LOCK: thread.lockedAt ??= now; break;
        case ThreadModeration.UNLOCK: thread.lockedAt = null; break;
        case ThreadModeration.MOVE: {
          if (!input.categoryId) throw badInput('categoryId is required to move a thread', 'categoryId wajib diisi untuk memindahkan topik', [{ field: 'categoryId', message: 'required' }]);
          const target = await em.findOne(Category, parseId(input.categoryId, 'categoryId'));
          if (!target) throw notFound('Category', 'Kategori');
          // Subscribers of the old category learn it left; those of the new one that it arrived.
          feedEvent(events, FeedEventKind.THREAD_UPDATED, thread);
          thread.category = em.getReference(Category, target.id, { wrapped: true });
          break;
        }
      }
      await em.flush();
      events.add('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.THREAD_UPDATED, threadId: thread.id });
      feedEvent(events, FeedEventKind.THREAD_UPDATED, thread);
      return thread;
    }),
  );
}

export async function acceptAnswer(ctx: Context, threadId: string, postId: string | null | undefined): Promise<Thread> {
  const actor = authorize(ctx, () => true, undefined);
  return new AfterCommit(ctx.services.pubsub).run((events) =>
    ctx.em.transactional(async (em) => {
      const thread = await loadThread(em, threadId, actor, true);
      authorize(ctx, canAcceptAnswer, thread);
      if (thread.type !== ThreadType.QUESTION) throw badInput('Only questions have accepted answers', 'Hanya pertanyaan yang memiliki jawaban terpilih');
      let post: Post | null = null;
      if (postId) {
        post = await em.findOne(Post, { id: parseId(postId, 'postId'), thread });
        if (!post) throw notFound('Post in this thread', 'Tulisan di topik ini');
        if (post.number === 1) throw badInput('The question itself cannot be its answer', 'Pertanyaan tidak bisa menjadi jawabannya sendiri');
        if (post.deletedAt || post.hiddenAt) throw forbidden('A deleted or hidden post cannot be the answer', 'Tulisan yang dihapus atau disembunyikan tidak bisa menjadi jawaban');
      }
      const changed = thread.acceptedPostId !== (post?.id ?? null);
      thread.acceptedPostId = post?.id ?? null;
      await em.flush();
      if (changed && post) {
        await notify(em, events, [{ userId: post.author.id, kind: NotificationKind.ACCEPTED_ANSWER, actorId: actor.id, threadId: thread.id, postId: post.id }]);
      }
      events.add('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.ANSWER_ACCEPTED, threadId: thread.id, postId: post?.id });
      feedEvent(events, FeedEventKind.THREAD_UPDATED, thread);
      return thread;
    }),
  );
}
