import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { defineCommand } from '../../../core/commands/command.js';
import { badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { queryOne } from '../../../core/db/query.js';
import { parseId } from '../../../core/ids.js';
import { LiveSession, Participant } from '../sessions/live-session.entity.js';
import { Poll, PollKind, PollState, PollVote } from '../questions/question.entity.js';
import { canRunMeetings, canTakePart, takePartRefusal } from '../meeting.policy.js';
import { participantOf } from '../sessions/participants.js';
import { LiveEventKind } from '../live/live-events.js';
import { LIVE_LIMITS } from '../meeting.limits.js';
import { meetingMessages as m } from '../meeting.messages.js';
import type { CreatePollInput, VotePollInput } from '../meeting.types.js';
import { isBlocked, normaliseAnswer, WordStatus } from './word-review.js';
import { lastWordDecisionSql } from './word-review.sql.js';

/**
 * Where a new answer starts. A blocked word is rejected quietly (stored, so moderators see it
 * counted; telling the voter would teach them to spell around the list); a word a moderator
 * already decided in this poll keeps that decision; the rest wait for review when the session
 * reviews words, else show at once.
 */
async function firstStatus(em: EntityManager, session: LiveSession, pollId: number, words: string): Promise<WordStatus> {
  if (isBlocked(words, session.blockedWords)) return WordStatus.REJECTED;
  const last = await queryOne<{ word_status: WordStatus }>(em, lastWordDecisionSql(pollId, words));
  if (last) return last.word_status;
  return session.reviewWords ? WordStatus.PENDING : WordStatus.APPROVED;
}

export const createPollCommand = defineCommand({
  name: 'meeting.createPoll',
  actor: 'user',
  validate(input: CreatePollInput) {
    const labels = input.options.map((o) => o.trim()).filter(Boolean);
    if (input.kind !== PollKind.WORDS && (labels.length < 2 || new Set(labels).size !== labels.length)) throw badInput(m.pollOptions, {}, [{ field: 'options', message: 'count' }]);
    return { ...input, sessionId: parseId(input.sessionId, 'sessionId'), labels };
  },
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canRunMeetings,
  async load({ em }, input) {
    const session = await em.findOne(LiveSession, input.sessionId);
    if (!session) throw notFound(m.sessionNotFound);
    return session;
  },
  policy: canRunMeetings,
  async change(tx, session, input) {
    const poll = tx.em.create(Poll, {
      session,
      title: input.title.trim(),
      kind: input.kind,
      options: input.kind === PollKind.WORDS ? [] : input.labels.map((label, i) => ({ id: i + 1, label })),
      maxChoices: input.kind === PollKind.MULTIPLE ? Math.min(input.maxChoices, input.labels.length) : 1,
      hideResultsUntilClosed: input.hideResultsUntilClosed,
    });
    await tx.em.flush();
    tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.POLL_UPDATED, sessionId: session.id, pollId: poll.id });
    return poll;
  },
});

export const setPollStateCommand = defineCommand({
  name: 'meeting.setPollState',
  actor: 'user',
  validate(input: { pollId: string; state: PollState }) {
    if (input.state === PollState.DRAFT) throw badInput(m.pollNoDraft);
    return { pollId: parseId(input.pollId, 'pollId'), state: input.state };
  },
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canRunMeetings,
  async load({ em }, input) {
    // Locked: a vote arriving while the poll closes lands before the close or is refused.
    const poll = await em.findOne(Poll, input.pollId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!poll) throw notFound(m.pollNotFound);
    return poll;
  },
  policy: canRunMeetings,
  async change(tx, poll, input) {
    poll.state = input.state;
    if (input.state === PollState.OPEN) {
      poll.openedAt ??= new Date();
      poll.closedAt = null;
    } else poll.closedAt = new Date();
    tx.emit('LIVE_EVENT', String(poll.session.id), { kind: LiveEventKind.POLL_UPDATED, sessionId: poll.session.id, pollId: poll.id });
    return poll;
  },
});

/** One vote per participant and poll, checked against the poll's kind and options. */
export const votePollCommand = defineCommand({
  name: 'meeting.votePoll',
  actor: 'participant',
  validate: (input: VotePollInput) => ({ ...input, id: parseId(input.pollId, 'pollId') }),
  limits: () => [{ rule: LIVE_LIMITS.vote }],
  async load({ em }, input) {
    // The poll row lock orders votes against a concurrent close (none lands after closing) and a
    // new blocked-words list (the session is read fresh once the lock is held).
    const poll = await em.findOne(Poll, input.id, { lockMode: LockMode.PESSIMISTIC_READ });
    if (!poll) throw notFound(m.pollNotFound);
    return { poll, session: await em.findOneOrFail(LiveSession, poll.session.id, { refresh: true }) };
  },
  policy: canTakePart,
  resource: ({ session }) => session,
  refusal: ({ session }, _input, p) => takePartRefusal(p, session),
  async change(tx, { poll, session }, input, p) {
    if (poll.state !== PollState.OPEN) throw forbidden(m.pollNotOpen);
    let choices: number[] = [];
    let words: string | null = null;
    let wordStatus = WordStatus.APPROVED;
    if (poll.kind === PollKind.WORDS) {
      words = normaliseAnswer(input.words ?? '');
      if (!words) throw badInput(m.wordsRequired, {}, [{ field: 'words', message: 'required' }]);
      wordStatus = await firstStatus(tx.em, session, poll.id, words);
    } else {
      choices = [...new Set(input.choices)];
      const known = new Set(poll.options.map((o) => o.id));
      const max = poll.kind === PollKind.SINGLE ? 1 : poll.maxChoices;
      if (choices.length < 1 || choices.length > max || choices.length !== input.choices.length) throw badInput(m.choiceCount, { max }, [{ field: 'choices', message: 'count' }]);
      if (choices.some((c) => !known.has(c))) throw badInput(m.unknownOption, {}, [{ field: 'choices', message: 'unknown' }]);
    }
    const participantId = await participantOf(tx.em, p, session);
    tx.em.create(PollVote, { poll, participant: tx.em.getReference(Participant, participantId, { wrapped: true }), choices, words, wordStatus });
    tx.afterCommit(() => tx.ctx.services.live.pollVote(session.id, poll.id));
    return poll;
  },
  constraints: { live_poll_vote_pkey: () => conflict(m.alreadyVoted) },
});
