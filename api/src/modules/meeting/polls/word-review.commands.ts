import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { defineCommand } from '../../../core/commands/command.js';
import { execute, query, queryOne } from '../../../core/db/query.js';
import { badInput, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { LiveSession } from '../sessions/live-session.entity.js';
import { Poll, PollKind } from '../questions/question.entity.js';
import { canModerateWords } from '../meeting.policy.js';
import { LiveEventKind } from '../live/live-events.js';
import { LIVE_LIMITS } from '../meeting.limits.js';
import { meetingMessages as m } from '../meeting.messages.js';
import { WordModeration, type ModerateWordInput, type SetBlockedWordsInput } from '../meeting.types.js';
import { isBlocked, normaliseAnswer, normaliseBlockedList, WordStatus } from './word-review.js';
import { lockSessionPollsSql, rejectBlockedSql, setWordStatusSql, wordExistsSql } from './word-review.sql.js';

async function loadSession(em: EntityManager, id: number): Promise<LiveSession> {
  // Locked: two moderators editing the list at once leave one of their lists, not a mix.
  const session = await em.findOne(LiveSession, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!session) throw notFound(m.sessionNotFound);
  return session;
}

export const setWordReviewCommand = defineCommand({
  name: 'meeting.setWordReview',
  actor: 'user',
  validate: (input: { sessionId: string; reviewWords: boolean }) => ({ sessionId: parseId(input.sessionId, 'sessionId'), reviewWords: input.reviewWords }),
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canModerateWords,
  load: ({ em }, input) => loadSession(em, input.sessionId),
  policy: canModerateWords,
  resource: (session) => session,
  async change(tx, session, input) {
    // Answers already waiting stay waiting when review is turned off: a moderator still decides them.
    session.reviewWords = input.reviewWords;
    tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.SESSION_UPDATED, sessionId: session.id, sessionState: session.state });
    return session;
  },
});

export const setBlockedWordsCommand = defineCommand({
  name: 'meeting.setBlockedWords',
  actor: 'user',
  validate: (input: SetBlockedWordsInput) => ({ sessionId: parseId(input.sessionId, 'sessionId'), words: normaliseBlockedList(input.words) }),
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canModerateWords,
  load: ({ em }, input) => loadSession(em, input.sessionId),
  policy: canModerateWords,
  resource: (session) => session,
  async change(tx, session, input) {
    const added = input.words.filter((w) => !session.blockedWords.includes(w));
    if (added.length) await query(tx.em, lockSessionPollsSql(session.id));
    session.blockedWords = input.words;
    // Answers given before a word was blocked leave the cloud too; removing a word brings nothing back by itself.
    const polls = added.length ? await query<{ poll_id: number }>(tx.em, rejectBlockedSql(session.id, added)) : [];
    for (const { poll_id } of polls) tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.POLL_RESULTS, sessionId: session.id, pollId: poll_id });
    tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.SESSION_UPDATED, sessionId: session.id, sessionState: session.state });
    return session;
  },
});

const MOVES: Record<WordModeration, { from: WordStatus[]; to: WordStatus }> = {
  [WordModeration.APPROVE]: { from: [WordStatus.PENDING, WordStatus.REJECTED], to: WordStatus.APPROVED },
  [WordModeration.REJECT]: { from: [WordStatus.PENDING], to: WordStatus.REJECTED },
  [WordModeration.HIDE]: { from: [WordStatus.APPROVED], to: WordStatus.HIDDEN },
  [WordModeration.UNHIDE]: { from: [WordStatus.HIDDEN], to: WordStatus.APPROVED },
};

/** Approves, rejects, hides or brings back every answer of one word in a word-cloud poll. */
export const moderateWordCommand = defineCommand({
  name: 'meeting.moderateWord',
  actor: 'user',
  validate: (input: ModerateWordInput) => ({ pollId: parseId(input.pollId, 'pollId'), word: normaliseAnswer(input.word), action: input.action }),
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canModerateWords,
  async load({ em }, input) {
    // Locked against votes (which hold it shared): an answer arriving meanwhile sees this decision.
    const poll = await em.findOne(Poll, input.pollId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!poll) throw notFound(m.pollNotFound);
    return { poll, session: await em.findOneOrFail(LiveSession, poll.session.id) };
  },
  policy: canModerateWords,
  resource: ({ session }) => session,
  async change(tx, { poll, session }, input) {
    if (poll.kind !== PollKind.WORDS) throw badInput(m.wordsOnly);
    const move = MOVES[input.action];
    if (move.to === WordStatus.APPROVED && isBlocked(input.word, session.blockedWords)) throw badInput(m.wordIsBlocked, {}, [{ field: 'word', message: 'blocked' }]);
    const moved = await execute(tx.em, setWordStatusSql(poll.id, input.word, move.from, move.to));
    // Nothing to move is fine (another moderator was quicker); an answer nobody gave is not.
    if (!moved && !(await queryOne(tx.em, wordExistsSql(poll.id, input.word)))) throw notFound(m.wordNotFound);
    if (moved) tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.POLL_RESULTS, sessionId: session.id, pollId: poll.id });
    return poll;
  },
});
