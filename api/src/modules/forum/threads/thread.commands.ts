import { defineCommand, type Tx } from '../../../core/commands/command.js';
import { badInput, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { User } from '../../user/index.js';
import { NotificationKind } from '../../notification/index.js';
import { Category } from '../categories/category.entity.js';
import { canAcceptAnswer, canDeleteThread, canEditThread, canModerate, canStartThread } from '../forum.policy.js';
import { loadThread } from '../reads/forum.load.js';
import { FeedEventKind, ThreadEventKind } from '../forum.events.js';
import { FORUM_LIMITS, WRITE_LIMITS } from '../forum.limits.js';
import { forumMessages as m } from '../forum.messages.js';
import { notifyForum } from '../engagement/forum.notify.js';
import { ThreadModeration, type CreateThreadInput, type ModerateThreadInput, type UpdateThreadInput } from '../forum.types.js';
import { Post, PostRevision } from '../posts/post.entity.js';
import { mentionNotifications, writeBody } from '../posts/post.body.js';
import { Thread, ThreadType } from './thread.entity.js';
import { NotificationLevel, ThreadUser } from './thread-user.entity.js';
import { checkThreadMeta, setThreadRegions } from './thread.meta.js';
import { DEFAULT_CATEGORIES } from '../categories/category.seed.js';

/** A feed change goes to the feed across categories and to the thread's category. */
export function feedEvent(tx: Pick<Tx, 'emit'>, kind: FeedEventKind, thread: Thread): void {
  const payload = { kind, threadId: thread.id, categoryId: thread.category.id };
  tx.emit('FEED_EVENT', 'all', payload);
  tx.emit('FEED_EVENT', String(thread.category.id), payload);
}

const cleanTitle = (title: string) => title.trim().replace(/\s+/g, ' ');

export const createThreadCommand = defineCommand({
  name: 'forum.createThread',
  actor: 'user',
  validate(input: CreateThreadInput) {
    const title = cleanTitle(input.title);
    if (title.length < FORUM_LIMITS.titleMin) throw badInput(m.titleLength, { min: FORUM_LIMITS.titleMin, max: FORUM_LIMITS.titleMax }, [{ field: 'title', message: 'too short' }]);
    if (!input.body.trim()) throw badInput(m.bodyEmpty, {}, [{ field: 'body', message: 'empty' }]);
    return { ...input, title, categoryId: parseId(input.categoryId, 'categoryId') };
  },
  limits: () => [{ rule: WRITE_LIMITS.thread }],
  async load({ em }, input) {
    const category = await em.findOne(Category, input.categoryId);
    if (!category) throw notFound(m.categoryNotFound);
    return { category, meta: await checkThreadMeta(em, input) };
  },
  policy: canStartThread,
  async change(tx, { category, meta }, input, actor) {
    const { em } = tx;
    const author = em.getReference(User, actor.id, { wrapped: true });
    const thread = em.create(Thread, { category, author, type: input.type, title: input.title, indicatorNumbers: meta.indicatorNumbers!, tags: meta.tags!, lastPostNumber: 1 });
    const post = em.create(Post, { thread, author, number: 1, ...writeBody(input.body) });
    em.create(ThreadUser, { thread, user: author, level: NotificationLevel.WATCHING, lastReadPostNumber: 1 });
    await em.flush();
    await setThreadRegions(em, thread.id, meta.regionCodes!);
    await notifyForum(tx, await mentionNotifications(em, input.body, [], actor.id, thread.id, post.id));
    feedEvent(tx, FeedEventKind.THREAD_CREATED, thread);
    return thread;
  },
});

export const updateThreadCommand = defineCommand({
  name: 'forum.updateThread',
  actor: 'user',
  limits: () => [{ rule: WRITE_LIMITS.post }],
  async load({ em }, input: UpdateThreadInput, actor) {
    const thread = await loadThread(em, input.threadId, actor, true);
    const opening = await em.findOneOrFail(Post, { thread, number: 1 });
    return { thread, opening, meta: await checkThreadMeta(em, input) };
  },
  policy: canEditThread,
  resource: ({ thread }) => thread,
  async change(tx, { thread, opening, meta }, input, actor) {
    const { em } = tx;
    const title = input.title === undefined || input.title === null ? undefined : cleanTitle(input.title);
    const titleChanged = title !== undefined && title !== thread.title;
    const bodyChanged = input.body !== undefined && input.body !== null && input.body !== opening.bodyMarkdown;
    if (titleChanged || bodyChanged) {
      em.create(PostRevision, { post: opening, editor: em.getReference(User, actor.id, { wrapped: true }), title: titleChanged ? thread.title : null, bodyMarkdown: opening.bodyMarkdown });
    }
    if (titleChanged) thread.title = title;
    if (bodyChanged) {
      const previous = opening.bodyMarkdown;
      Object.assign(opening, writeBody(input.body!), { editedAt: new Date() });
      await notifyForum(tx, await mentionNotifications(em, input.body!, [previous], actor.id, thread.id, opening.id));
    }
    if (meta.indicatorNumbers) thread.indicatorNumbers = meta.indicatorNumbers;
    if (meta.tags) thread.tags = meta.tags;
    await em.flush();
    if (meta.regionCodes) await setThreadRegions(em, thread.id, meta.regionCodes);
    tx.emit('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.THREAD_UPDATED, threadId: thread.id, postId: opening.id });
    feedEvent(tx, FeedEventKind.THREAD_UPDATED, thread);
    return thread;
  },
});

export const deleteThreadCommand = defineCommand({
  name: 'forum.deleteThread',
  actor: 'user',
  limits: () => [{ rule: WRITE_LIMITS.post }],
  load: ({ em }, threadId: string, actor) => loadThread(em, threadId, actor, true),
  policy: canDeleteThread,
  resource: (thread) => thread,
  async change(tx, thread) {
    if (thread.deletedAt) return thread;
    thread.deletedAt = new Date();
    tx.emit('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.THREAD_UPDATED, threadId: thread.id });
    feedEvent(tx, FeedEventKind.THREAD_DELETED, thread);
    return thread;
  },
});

export const moderateThreadCommand = defineCommand({
  name: 'forum.moderateThread',
  actor: 'user',
  validate(input: ModerateThreadInput) {
    if (input.action === ThreadModeration.MOVE && !input.categoryId) throw badInput(m.moveNeedsCategory, {}, [{ field: 'categoryId', message: 'required' }]);
    return { ...input, categoryId: input.categoryId ? parseId(input.categoryId, 'categoryId') : null };
  },
  limits: () => [{ rule: WRITE_LIMITS.moderation }],
  gate: canModerate,
  async load({ em }, input, actor) {
    const thread = await loadThread(em, input.threadId, actor, true);
    const target = input.categoryId === null ? null : await em.findOne(Category, input.categoryId);
    if (input.categoryId !== null && !target) throw notFound(m.categoryNotFound);
    return { thread, target };
  },
  policy: canModerate,
  async change(tx, { thread, target }, input) {
    const now = new Date();
    switch (input.action) {
      case ThreadModeration.PIN: thread.pinnedAt ??= now; break;
      case ThreadModeration.UNPIN: thread.pinnedAt = null; break;
      case ThreadModeration.LOCK: thread.lockedAt ??= now; break;
      case ThreadModeration.UNLOCK: thread.lockedAt = null; break;
      case ThreadModeration.MOVE:
        // Subscribers of the old category learn it left; those of the new one that it arrived.
        feedEvent(tx, FeedEventKind.THREAD_UPDATED, thread);
        thread.category = tx.em.getReference(Category, target!.id, { wrapped: true });
        break;
    }
    tx.emit('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.THREAD_UPDATED, threadId: thread.id });
    feedEvent(tx, FeedEventKind.THREAD_UPDATED, thread);
    return thread;
  },
});

export const acceptAnswerCommand = defineCommand({
  name: 'forum.acceptAnswer',
  actor: 'user',
  validate: (input: { threadId: string; postId: string | null | undefined }) => ({ threadId: input.threadId, postId: input.postId ? parseId(input.postId, 'postId') : null }),
  limits: () => [{ rule: WRITE_LIMITS.post }],
  async load({ em }, input, actor) {
    const thread = await loadThread(em, input.threadId, actor, true);
    const post = input.postId === null ? null : await em.findOne(Post, { id: input.postId, thread });
    if (input.postId !== null && !post) throw notFound(m.postNotInThread);
    return { thread, post };
  },
  policy: canAcceptAnswer,
  resource: ({ thread }) => thread,
  async change(tx, { thread, post }, _input, actor) {
    if (thread.type !== ThreadType.QUESTION) throw badInput(m.onlyQuestionsAnswered);
    if (post?.number === 1) throw badInput(m.questionNotItsAnswer);
    if (post && (post.deletedAt || post.hiddenAt)) throw forbidden(m.answerHiddenOrDeleted);
    const changed = thread.acceptedPostId !== (post?.id ?? null);
    thread.acceptedPostId = post?.id ?? null;
    if (changed && post) await notifyForum(tx, [{ userId: post.author.id, kind: NotificationKind.ACCEPTED_ANSWER, actorId: actor.id, threadId: thread.id, postId: post.id }]);
    tx.emit('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.ANSWER_ACCEPTED, threadId: thread.id, postId: post?.id });
    feedEvent(tx, FeedEventKind.THREAD_UPDATED, thread);
    return thread;
  },
});

/** A category by id, or NOT_FOUND (for another feature's command that posts into the forum). */
export async function findCategory(em: Tx['em'], id: number): Promise<Category> {
  const category = await em.findOne(Category, id);
  if (!category) throw notFound(m.categoryNotFound);
  return category;
}

/**
 * Opens question threads inside another feature's command (the meeting turns unanswered
 * questions into them), with the author watching each; their feed events are emitted once the
 * threads have ids.
 */
export async function openQuestionThreads(tx: Tx, authorId: number, category: Category, items: { title: string; body: string }[]): Promise<Thread[]> {
  const { em } = tx;
  const author = em.getReference(User, authorId, { wrapped: true });
  const threads = items.map((item) => {
    const thread = em.create(Thread, { category, author, type: ThreadType.QUESTION, title: item.title, lastPostNumber: 1 });
    em.create(Post, { thread, author, number: 1, ...writeBody(item.body) });
    em.create(ThreadUser, { thread, user: author, level: NotificationLevel.WATCHING, lastReadPostNumber: 1 });
    return thread;
  });
  await em.flush();
  for (const thread of threads) feedEvent(tx, FeedEventKind.THREAD_CREATED, thread);
  return threads;
}

/**
 * Opens the discussion thread of another feature's item (a challenge, a solution) inside that
 * feature's command, in the seeded category `categorySlug` (put back from the defaults if an
 * admin removed it, so the feature's writes never fail on it). The author watches it. The
 * forum keeps no link back: the feature stores the thread's id and resolves the way back.
 */
export async function openLinkedThread(tx: Tx, input: { authorId: number; categorySlug: string; title: string; body: string; regionCodes?: readonly string[] }): Promise<Thread> {
  const { em } = tx;
  let category = await em.findOne(Category, { slug: input.categorySlug });
  if (!category) {
    const seeded = DEFAULT_CATEGORIES.find((c) => c.slug === input.categorySlug);
    if (!seeded) throw notFound(m.categoryNotFound);
    category = em.create(Category, seeded);
  }
  const author = em.getReference(User, input.authorId, { wrapped: true });
  const thread = em.create(Thread, { category, author, type: ThreadType.DISCUSSION, title: cleanTitle(input.title).slice(0, FORUM_LIMITS.titleMax), lastPostNumber: 1 });
  em.create(Post, { thread, author, number: 1, ...writeBody(input.body) });
  em.create(ThreadUser, { thread, user: author, level: NotificationLevel.WATCHING, lastReadPostNumber: 1 });
  await em.flush();
  if (input.regionCodes?.length) await setThreadRegions(em, thread.id, [...input.regionCodes]);
  feedEvent(tx, FeedEventKind.THREAD_CREATED, thread);
  return thread;
}
