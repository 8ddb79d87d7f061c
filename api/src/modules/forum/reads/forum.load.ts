import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import type { User } from '../../user/index.js';
import { canReadThread } from '../forum.policy.js';
import { forumMessages as m } from '../forum.messages.js';
import { Post } from '../posts/post.entity.js';
import { Thread } from '../threads/thread.entity.js';

/**
 * A thread the actor may read (others get NOT_FOUND: they may not learn it exists); `lock`
 * takes the row lock that serializes post numbering and moderation.
 */
export async function loadThread(em: EntityManager, id: string | number, actor: User, lock = false): Promise<Thread> {
  const thread = await em.findOne(Thread, parseId(id, 'threadId'), lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  if (!thread || !canReadThread(actor, thread)) throw notFound(m.threadNotFound);
  return thread;
}

/** A post and its thread, which the actor may read. */
export async function loadPost(em: EntityManager, id: string | number, actor: User, lockThread = false): Promise<{ post: Post; thread: Thread }> {
  const post = await em.findOne(Post, parseId(id, 'postId'));
  if (!post) throw notFound(m.postNotFound);
  const thread = await loadThread(em, post.thread.id, actor, lockThread);
  return { post, thread };
}
