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

export async function loadPost(em: EntityManager, id: string | number, actor: User): Promise<{ post: Post; thread: Thread }> {
  const post = await em.findOne(Post, parseId(id, 'postId'));
  if (!post) throw notFound('Post', 'Tulisan');
  const thread = await loadThread(em, post.thread.id, actor);
  return { post, thread };
}
