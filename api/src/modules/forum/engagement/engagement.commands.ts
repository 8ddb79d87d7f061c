import { defineCommand } from '../../../core/commands/command.js';
import { execute } from '../../../core/db/query.js';
import { badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { User } from '../../user/index.js';
import { Flag } from '../posts/flag.entity.js';
import { canFlag, canFollowThread, canReact, canReadThread } from '../forum.policy.js';
import { loadThread } from '../reads/forum.load.js';
import { ThreadEventKind } from '../forum.events.js';
import { FORUM_LIMITS, WRITE_LIMITS } from '../forum.limits.js';
import { forumMessages as m } from '../forum.messages.js';
import type { ToggleReactionInput } from '../forum.types.js';
import { Post } from '../posts/post.entity.js';
import { NotificationLevel } from '../threads/thread-user.entity.js';
import { addReactionSql, lockOwnReactionsSql, markReadSql, removeReactionSql, setFollowLevelSql } from '../reads/forum.writes.sql.js';

/**
 * Adds or removes one reaction. The post row is only read, never locked: a busy post's
 * reactions by many people must not queue behind each other (or behind an edit of the post).
 * Counts stay exact because they are never stored, only counted from the reaction rows.
 */
export const toggleReactionCommand = defineCommand({
  name: 'forum.toggleReaction',
  actor: 'user',
  validate: (input: ToggleReactionInput) => ({ ...input, postId: parseId(input.postId, 'postId') }),
  limits: () => [{ rule: WRITE_LIMITS.reaction }],
  async load({ em }, input, actor) {
    const post = await em.findOne(Post, input.postId);
    if (!post) throw notFound(m.postNotFound);
    await loadThread(em, post.thread.id, actor);
    return post;
  },
  policy: canReact,
  resource: (post) => post,
  refusal: () => forbidden(m.noReactions),
  async change(tx, post, input, actor) {
    const { em } = tx;
    await execute(em, lockOwnReactionsSql(post.id, actor.id));
    const add = () => execute(em, addReactionSql(post.id, actor.id, input.emoji));
    const remove = () => execute(em, removeReactionSql(post.id, actor.id, input.emoji));
    let changed: number;
    if (input.on === true) {
      changed = await add();
      if (!changed) throw conflict(m.alreadyReacted, { emoji: input.emoji });
    } else if (input.on === false) changed = await remove();
    else changed = (await remove()) || (await add());
    if (changed) tx.emit('THREAD_EVENT', String(post.thread.id), { kind: ThreadEventKind.REACTIONS_CHANGED, threadId: post.thread.id, postId: post.id });
    return post;
  },
});

export const flagPostCommand = defineCommand({
  name: 'forum.flagPost',
  actor: 'user',
  validate(input: { postId: string; reason: string }) {
    const reason = input.reason.trim();
    const { reasonMin: min, reasonMax: max } = FORUM_LIMITS;
    if (reason.length < min || reason.length > max) throw badInput(m.reasonLength, { min, max }, [{ field: 'reason', message: 'length' }]);
    return { postId: parseId(input.postId, 'postId'), reason };
  },
  limits: () => [{ rule: WRITE_LIMITS.flag }],
  async load({ em }, input, actor) {
    const post = await em.findOne(Post, input.postId);
    if (!post) throw notFound(m.postNotFound);
    await loadThread(em, post.thread.id, actor);
    return post;
  },
  policy: canFlag,
  resource: (post) => post,
  async change({ em }, post, input, actor) {
    if (await em.count(Flag, { post, user: actor.id, resolvedAt: null })) throw conflict(m.alreadyFlagged);
    return em.create(Flag, { post, user: em.getReference(User, actor.id, { wrapped: true }), reason: input.reason });
  },
});

export const followThreadCommand = defineCommand({
  name: 'forum.followThread',
  actor: 'user',
  limits: () => [{ rule: WRITE_LIMITS.readState }],
  load: ({ em }, input: { threadId: string; level: NotificationLevel }, actor) => loadThread(em, input.threadId, actor),
  policy: canFollowThread,
  resource: (thread) => thread,
  async change(tx, thread, input, actor) {
    await execute(tx.em, setFollowLevelSql(thread.id, actor.id, input.level));
    tx.afterCommit(() => void tx.ctx.loaders.forum.threadUser.clear(thread.id));
    tx.emit('READ_STATE', String(actor.id), { threadId: thread.id });
    return thread;
  },
});

/** Moves the user's read marker forward (never back) to `postNumber`, or to the end. */
export const markThreadReadCommand = defineCommand({
  name: 'forum.markThreadRead',
  actor: 'user',
  validate(input: { threadId: string; postNumber: number | undefined | null }) {
    if (input.postNumber !== undefined && input.postNumber !== null && (!Number.isInteger(input.postNumber) || input.postNumber < 0)) throw badInput(m.postNumberRange);
    return input;
  },
  limits: () => [{ rule: WRITE_LIMITS.readState }],
  load: ({ em }, input, actor) => loadThread(em, input.threadId, actor),
  policy: canReadThread,
  resource: (thread) => thread,
  async change(tx, thread, input, actor) {
    const upTo = Math.min(input.postNumber ?? thread.lastPostNumber, thread.lastPostNumber);
    await execute(tx.em, markReadSql(thread.id, actor.id, upTo));
    tx.afterCommit(() => void tx.ctx.loaders.forum.threadUser.clear(thread.id));
    tx.emit('READ_STATE', String(actor.id), { threadId: thread.id });
    return thread;
  },
});

/**
 * Heartbeat while a thread is open, typing while composing, leaving on close. Presence is
 * short-lived state kept in the presence store (Redis when shared), not rows: no transaction,
 * and the change reaches the thread's readers as a best-effort signal.
 */
export const updatePresenceCommand = defineCommand({
  name: 'forum.updatePresence',
  actor: 'user',
  transactional: false,
  limits: () => [{ rule: WRITE_LIMITS.presence }],
  load: ({ em }, input: { threadId: string; typing: boolean; leaving: boolean }, actor) => loadThread(em, input.threadId, actor),
  policy: canReadThread,
  resource: (thread) => thread,
  async change({ ctx, afterCommit }, thread, input, actor) {
    const { presence, pubsub } = ctx.services;
    const snap = input.leaving ? await presence.leave(thread.id, actor.id) : await presence.touch(thread.id, actor.id, input.typing);
    afterCommit(() => pubsub.signal('THREAD_EVENT', String(thread.id), { kind: ThreadEventKind.PRESENCE, threadId: thread.id, ...snap }));
    return true;
  },
});
