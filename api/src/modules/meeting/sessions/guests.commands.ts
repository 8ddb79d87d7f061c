import { defineCommand } from '../../../core/commands/command.js';
import { badInput, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { query } from '../../../core/db/query.js';
import { REVOCATIONS } from '../../../core/auth/revocation.js';
import { Participant } from './live-session.entity.js';
import { canRunMeetings } from '../meeting.policy.js';
import { LIVE_LIMITS } from '../meeting.limits.js';
import { meetingMessages as m } from '../meeting.messages.js';
import { withdrawPollVotesSql, withdrawQuestionVotesSql } from './guests.sql.js';

/**
 * A moderator removes a guest: the guest's token stops working at once (on every instance),
 * and their upvotes and poll answers are withdrawn, so a flood of fresh guests cannot keep
 * the counts it rigged. Their questions stay for the moderator to judge one by one.
 */
export const removeGuestCommand = defineCommand({
  name: 'meeting.removeGuest',
  actor: 'user',
  validate: (participantId: string) => ({ participantId: parseId(participantId, 'participantId') }),
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canRunMeetings,
  async load({ em }, input) {
    const guest = await em.findOne(Participant, input.participantId);
    if (!guest) throw notFound(m.guestNotFound);
    if (guest.user) throw badInput(m.notAGuest);
    return guest;
  },
  policy: canRunMeetings,
  async change(tx, guest) {
    if (guest.removedAt) return true;
    guest.removedAt = new Date();
    const sessionId = guest.session.id;
    const questions = await query<{ id: number }>(tx.em, withdrawQuestionVotesSql(guest.id));
    const polls = await query<{ poll_id: number }>(tx.em, withdrawPollVotesSql(guest.id));
    tx.emit(REVOCATIONS, 'all', { guestIds: [guest.id] });
    tx.afterCommit(() => {
      for (const q of questions) tx.ctx.services.live.vote(sessionId, q.id);
      for (const p of new Set(polls.map((r) => r.poll_id))) tx.ctx.services.live.pollVote(sessionId, p);
    });
    return true;
  },
});
