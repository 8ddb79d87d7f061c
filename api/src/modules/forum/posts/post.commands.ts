import { defineCommand } from '../../../core/commands/command.js';
import { query } from '../../../core/db/query.js';
import { badInput, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { User } from '../../user/index.js';
import { NotificationKind, type NotificationDraft } from '../../notification/index.js';
import { Flag } from './flag.entity.js';
import { canDeletePost, canEditPost, canEditPostInThread, canModerate, canReply } from '../forum.policy.js';
import { loadPost, loadThread } from '../reads/forum.load.js';
import { FeedEventKind, ThreadEventKind } from '../forum.events.js';
import { WRITE_LIMITS } from '../forum.limits.js';
import { forumMessages as m } from '../forum.messages.js';
import { notifyForum } from '../engagement/forum.notify.js';
import { PostModeration, type CreatePostInput, type ModeratePostInput, type UpdatePostInput } from '../forum.types.js';
import { Post, PostRevision } from './post.entity.js';
import { mentionNotifications, writeBody } from './post.body.js';
import { followOnPostAndListWatchersSql } from '../reads/forum.writes.sql.js';
import { feedEvent } from '../threads/thread.commands.js';

const nonEmptyBody = <T extends { body: string }>(input: T): T => {
  if (!input.body.trim()) throw badInput(m.bodyEmpty, {}, [{ field: 'body', message: 'empty' }]);
  return input;
};

export const createPostCommand = defineCommand({
  name: 'forum.createPost',
  actor: 'user',
  validate: (input: CreatePostInput) => ({ ...nonEmptyBody(input), replyToId: input.replyToPostId ? parseId(input.replyToPostId, 'replyToPostId') : null }),
  limits: () => [{ rule: WRITE_LIMITS.post }],
  async load({ em }, input, actor) {
    // The row lock serializes numbering: two replies never share a number.
    const thread = await loadThread(em, input.threadId, actor, true);
    const replyTo = input.replyToId ? await em.findOne(Post, { id: input.replyToId, thread }) : null;
    if (input.replyToId && (!replyTo || replyTo.deletedAt)) throw notFound(m.replyToNotFound);
    return { thread, replyTo };
  },
  policy: canReply,
  resource: ({ thread }) => thread,
  refusal: () => forbidden(m.threadLockedNoReplies),
  async change(tx, { thread, replyTo }, input, actor) {
    const { em } = tx;
    const number = thread.lastPostNumber + 1;
    thread.lastPostNumber = number;
    thread.replyCount += 1;
    thread.lastPostAt = new Date();
    const author = em.getReference(User, actor.id, { wrapped: true });
    const post = em.create(Post, { thread, author, number, replyToId: input.replyToId, ...writeBody(input.body) });
    await em.flush();
    const watchers = await query<{ user_id: number }>(em, followOnPostAndListWatchersSql(thread.id, actor.id, number));
    const drafts: NotificationDraft[] = await mentionNotifications(em, input.body, [], actor.id, thread.id, post.id);
    drafts.push({ userId: replyTo?.author.id ?? thread.author.id, kind: NotificationKind.REPLY, actorId: actor.id, threadId: thread.id, postId: post.id });
    for (const w of watchers) drafts.push({ userId: w.user_id, kind: NotificationKind.THREAD_ACTIVITY, actorId: actor.id, threadId: thread.id, postId: post.id });
    await notifyForum(tx, drafts);
    tx.emit('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.POST_ADDED, threadId: thread.id, postId: post.id });
    tx.emit('READ_STATE', String(actor.id), { threadId: thread.id });
    feedEvent(tx, FeedEventKind.THREAD_BUMPED, thread);
    return post;
  },
});

export const updatePostCommand = defineCommand({
  name: 'forum.updatePost',
  actor: 'user',
  validate: (input: UpdatePostInput) => nonEmptyBody(input),
  limits: () => [{ rule: WRITE_LIMITS.post }],
  load: ({ em }, input, actor) => loadPost(em, input.postId, actor),
  policy: canEditPostInThread,
  resource: (loaded) => loaded,
  refusal: ({ post }, _input, actor) => (canEditPost(actor, post) ? forbidden(m.threadLocked) : forbidden()),
  async change(tx, { post, thread }, input, actor) {
    const { em } = tx;
    const next = writeBody(input.body);
    if (next.bodyMarkdown === post.bodyMarkdown) return post;
    em.create(PostRevision, { post, editor: em.getReference(User, actor.id, { wrapped: true }), bodyMarkdown: post.bodyMarkdown });
    const previous = post.bodyMarkdown;
    Object.assign(post, next, { editedAt: new Date() });
    await notifyForum(tx, await mentionNotifications(em, input.body, [previous], actor.id, thread.id, post.id));
    tx.emit('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.POST_UPDATED, threadId: thread.id, postId: post.id });
    return post;
  },
});

export const deletePostCommand = defineCommand({
  name: 'forum.deletePost',
  actor: 'user',
  limits: () => [{ rule: WRITE_LIMITS.post }],
  load: ({ em }, postId: string, actor) => loadPost(em, postId, actor, true),
  policy: canDeletePost,
  resource: ({ post }) => post,
  async change(tx, { post, thread }) {
    if (post.number === 1) throw badInput(m.deleteOpeningPost);
    if (post.deletedAt) return post;
    post.deletedAt = new Date();
    thread.replyCount = Math.max(0, thread.replyCount - 1);
    if (thread.acceptedPostId === post.id) thread.acceptedPostId = null;
    tx.emit('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.POST_DELETED, threadId: thread.id, postId: post.id });
    return post;
  },
});

export const moderatePostCommand = defineCommand({
  name: 'forum.moderatePost',
  actor: 'user',
  validate(input: ModeratePostInput) {
    if (input.action === PostModeration.HIDE && !input.reason?.trim()) throw badInput(m.reasonRequired, {}, [{ field: 'reason', message: 'required' }]);
    return input;
  },
  limits: () => [{ rule: WRITE_LIMITS.moderation }],
  gate: canModerate,
  load: ({ em }, input, actor) => loadPost(em, input.postId, actor, true),
  policy: canModerate,
  async change(tx, { post, thread }, input, actor) {
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
      await tx.em.nativeUpdate(Flag, { post, resolvedAt: null }, { resolvedAt: new Date(), resolution, resolvedBy: actor.id });
    }
    const kind = input.action === PostModeration.HIDE ? ThreadEventKind.POST_HIDDEN : ThreadEventKind.POST_UPDATED;
    if (input.action !== PostModeration.DISMISS_FLAGS) tx.emit('THREAD_EVENT', String(thread.id), { kind, threadId: thread.id, postId: post.id });
    return post;
  },
});
