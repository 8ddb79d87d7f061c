import type { EntityManager } from '@mikro-orm/postgresql';
import type { AfterCommit } from '../../core/events/after-commit.js';
import { ThreadUser, NotificationLevel } from '../forum/thread-user.entity.js';
import { User } from '../user/user.entity.js';
import { Notification, NotificationKind } from './notification.entity.js';

export interface NotificationDraft {
  userId: number;
  kind: NotificationKind;
  actorId: number;
  threadId: number;
  postId: number | null;
}

// When one post concerns a person in several ways, they hear of it once, in the most specific way.
const PRIORITY: Record<NotificationKind, number> = {
  [NotificationKind.MENTION]: 0,
  [NotificationKind.ACCEPTED_ANSWER]: 1,
  [NotificationKind.REPLY]: 2,
  [NotificationKind.THREAD_ACTIVITY]: 3,
};

/**
 * Stores notifications inside the caller's transaction and queues their live delivery for
 * after commit. Nobody is notified of their own action or of a thread they muted.
 */
export async function notify(em: EntityManager, events: AfterCommit, drafts: NotificationDraft[]): Promise<Notification[]> {
  const best = new Map<number, NotificationDraft>();
  for (const d of drafts) {
    if (d.userId === d.actorId) continue;
    const current = best.get(d.userId);
    if (!current || PRIORITY[d.kind] < PRIORITY[current.kind]) best.set(d.userId, d);
  }
  if (best.size === 0) return [];
  const threadIds = [...new Set([...best.values()].map((d) => d.threadId))];
  const muted = await em.find(ThreadUser, { thread: { $in: threadIds }, user: { $in: [...best.keys()] }, level: NotificationLevel.MUTED });
  for (const m of muted) {
    const d = best.get(m.user.id);
    if (d && d.threadId === m.thread.id) best.delete(m.user.id);
  }
  const created = [...best.values()].map((d) =>
    em.create(Notification, {
      user: em.getReference(User, d.userId),
      kind: d.kind,
      actor: em.getReference(User, d.actorId, { wrapped: true }),
      threadId: d.threadId,
      postId: d.postId,
    }),
  );
  await em.flush();
  for (const n of created) events.add('NOTIFICATION', String(n.user.id), { notificationId: n.id });
  return created;
}
