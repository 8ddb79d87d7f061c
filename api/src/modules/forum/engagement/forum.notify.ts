import type { Tx } from '../../../core/commands/command.js';
import { notify, type NotificationDraft } from '../../notification/index.js';
import { NotificationLevel, ThreadUser } from '../threads/thread-user.entity.js';

/** Notifies about forum activity, except people who muted the thread concerned. */
export async function notifyForum(tx: Tx, drafts: NotificationDraft[]): Promise<void> {
  const candidates = drafts.filter((d) => d.userId !== d.actorId);
  if (candidates.length === 0) return;
  // Forum drafts always name their thread.
  const threadIds = [...new Set(candidates.map((d) => d.threadId!))];
  const muted = await tx.em.find(
    ThreadUser,
    { thread: { $in: threadIds }, user: { $in: [...new Set(candidates.map((d) => d.userId))] }, level: NotificationLevel.MUTED },
    { fields: ['user', 'thread'] },
  );
  const mutedPairs = new Set(muted.map((m) => `${m.thread.id}:${m.user.id}`));
  await notify(tx, candidates.filter((d) => !mutedPairs.has(`${d.threadId}:${d.userId}`)));
}
