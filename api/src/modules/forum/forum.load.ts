import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import type { User } from '../user/user.entity.js';
import { canReadThread } from './forum.policy.js';
import { Post } from './post.entity.js';
import { Thread } from './thread.entity.js';


/** A thread the actor may read; `lock` takes the row lock that serializes post numbering. */
export async function loadThread(em: EntityManager, id: string | number, actor: User, lock = false): Promise<Thread> {
  const thread = await em.findOne(Thread, parseId(id, 'threadId'), lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  if (!thread || !canReadThread(actor, thread)) throw notFound('Thread', 'Topik');
  return thread;
}

/**
 * Counts one more post on a thread the actor may read and returns the thread as it is now: one
 * statement takes the row lock that serializes numbering (two replies never share a number) and
 * bumps the counters, instead of a locking read and a later update. The caller's transaction
 * undoes the bump when the reply is then refused (a locked thread).
 */
export async function countReply(em: EntityManager, id: string | number, actor: User): Promise<Thread> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `update forum_thread set last_post_number = last_post_number + 1, reply_count = reply_count + 1, last_post_at = now(), updated_at = now()
     where id = ? returning *`,
    [parseId(id, 'threadId')],
  );
  const thread = rows[0] ? em.map(Thread, rows[0]) : null;
  if (!thread || !canReadThread(actor, thread)) throw notFound('Thread', 'Topik');
  return thread;
}

export async function loadPost(em: EntityManager, id: string | number, actor: User): Promise<{ post: Post; thread: Thread }> {
  const post = await em.findOne(Post, parseId(id, 'postId'));
  if (!post) throw notFound('Post', 'Tulisan');
  const thread = await loadThread(em, post.thread.id, actor);
  return { post, thread };
}
