import type { Tx } from '../../core/commands/command.js';
import type { Message } from '../../core/messages.js';
import { User } from '../user/index.js';
import { Notification, NotificationKind } from './notification.entity.js';

export interface NotificationDraft {
  userId: number;
  kind: NotificationKind;
  actorId: number;
  threadId?: number | null;
  postId?: number | null;
  /** For notifications not about a forum post: where they lead, and their text in both languages. */
  link?: string;
  text?: Message;
}

// When one post concerns a person in several ways, they hear of it once, in the most specific way.
const PRIORITY: Record<NotificationKind, number> = {
  [NotificationKind.MENTION]: 0,
  [NotificationKind.ACCEPTED_ANSWER]: 1,
  [NotificationKind.REPLY]: 2,
  [NotificationKind.THREAD_ACTIVITY]: 3,
  [NotificationKind.CHALLENGE_ACTIVITY]: 4,
};

/**
 * Stores notifications inside the calling command's transaction and records their live delivery
 * in its outbox. Nobody is notified of their own action, nor anyone in `muted` (the caller's
 * feature knows who muted what).
 */
export async function notify(tx: Tx, drafts: NotificationDraft[], muted: ReadonlySet<number> = new Set()): Promise<Notification[]> {
  const { em } = tx;
  const best = new Map<number, NotificationDraft>();
  for (const d of drafts) {
    if (d.userId === d.actorId || muted.has(d.userId)) continue;
    const current = best.get(d.userId);
    if (!current || PRIORITY[d.kind] < PRIORITY[current.kind]) best.set(d.userId, d);
  }
  if (best.size === 0) return [];
  const created = [...best.values()].map((d) =>
    em.create(Notification, {
      user: em.getReference(User, d.userId),
      kind: d.kind,
      actor: em.getReference(User, d.actorId, { wrapped: true }),
      threadId: d.threadId ?? null,
      postId: d.postId ?? null,
      link: d.link ?? null,
      textId: d.text?.id ?? null,
      textEn: d.text?.en ?? null,
    }),
  );
  await em.flush();
  for (const n of created) tx.emit('NOTIFICATION', String(n.user.id), { notificationId: n.id });
  return created;
}
