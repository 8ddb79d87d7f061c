import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { defineCommand, type Participation } from '../../../core/commands/command.js';
import { queryOne } from '../../../core/db/query.js';
import { badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { LiveSession, Participant } from '../sessions/live-session.entity.js';
import { Question, QuestionStatus } from './question.entity.js';
import { canChangeQuestion, canRunMeetings, canTakePart, takePartRefusal } from '../meeting.policy.js';
import { participantOf } from '../sessions/participants.js';
import { LiveEventKind } from '../live/live-events.js';
import { LIVE_LIMITS, MEETING_LIMITS } from '../meeting.limits.js';
import { meetingMessages as m } from '../meeting.messages.js';
import { toggleVoteSql } from '../sessions/meeting.sql.js';
import { QuestionModeration, type ModerateQuestionInput } from '../meeting.types.js';

function checkText(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text.length < 1 || text.length > MEETING_LIMITS.questionMax) throw badInput(m.questionLength, { max: MEETING_LIMITS.questionMax }, [{ field: 'text', message: 'length' }]);
  return text;
}

async function loadSession(em: EntityManager, id: number): Promise<LiveSession> {
  const session = await em.findOne(LiveSession, id);
  if (!session) throw notFound(m.sessionNotFound);
  return session;
}

async function loadQuestion(em: EntityManager, id: number, lock = false): Promise<{ question: Question; session: LiveSession }> {
  const question = await em.findOne(Question, id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!question) throw notFound(m.questionNotFound);
  return { question, session: await loadSession(em, question.session.id) };
}


export const askQuestionCommand = defineCommand({
  name: 'meeting.askQuestion',
  actor: 'participant',
  validate: (input: { sessionId: string; text: string; anonymous: boolean }) => ({ sessionId: parseId(input.sessionId, 'sessionId'), text: checkText(input.text), anonymous: input.anonymous }),
  limits: () => [{ rule: LIVE_LIMITS.question }],
  load: async ({ em }, input) => ({ session: await loadSession(em, input.sessionId) }),
  policy: canTakePart,
  resource: ({ session }) => session,
  refusal: ({ session }, _input, p) => takePartRefusal(p, session),
  async change(tx, { session }, input, p) {
    if (input.anonymous && !session.allowAnonymous) throw badInput(m.noAnonymous, {}, [{ field: 'anonymous', message: 'not allowed' }]);
    const participantId = await participantOf(tx.em, p, session);
    const question = tx.em.create(Question, {
      session,
      participant: tx.em.getReference(Participant, participantId, { wrapped: true }),
      text: input.text,
      anonymous: input.anonymous,
      status: session.preModeration ? QuestionStatus.PENDING : QuestionStatus.LIVE,
    });
    await tx.em.flush();
    tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.QUESTION_ADDED, sessionId: session.id, questionId: question.id });
    return question;
  },
});

interface OwnQuestion {
  question: Question;
  session: LiveSession;
  participantId: number;
}

/** A question with the actor's participant id, in an open session they take part in (else refused). */
async function loadOwnQuestion(em: EntityManager, questionId: number, p: Participation): Promise<OwnQuestion> {
  const { question, session } = await loadQuestion(em, questionId);
  if (!canTakePart(p, session)) throw takePartRefusal(p, session);
  return { question, session, participantId: await participantOf(em, p, session) };
}

// Someone else's question is forbidden; one's own that was answered or dismissed is a conflict (it changed meanwhile).
const ownQuestionRefusal = ({ question, participantId }: OwnQuestion) => (question.participant.id !== participantId ? forbidden(m.onlyAsker) : conflict(m.questionFinal));

export const editQuestionCommand = defineCommand({
  name: 'meeting.editQuestion',
  actor: 'participant',
  validate: (input: { questionId: string; text: string }) => ({ questionId: parseId(input.questionId, 'questionId'), text: checkText(input.text) }),
  limits: () => [{ rule: LIVE_LIMITS.question }],
  load: ({ em }, input, p) => loadOwnQuestion(em, input.questionId, p),
  policy: canChangeQuestion,
  resource: (own) => own,
  refusal: ownQuestionRefusal,
  async change(tx, { question, session }, input) {
    question.text = input.text;
    tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.QUESTION_UPDATED, sessionId: session.id, questionId: question.id });
    return question;
  },
});

export const withdrawQuestionCommand = defineCommand({
  name: 'meeting.withdrawQuestion',
  actor: 'participant',
  validate: (questionId: string) => ({ questionId: parseId(questionId, 'questionId') }),
  limits: () => [{ rule: LIVE_LIMITS.question }],
  load: ({ em }, input, p) => loadOwnQuestion(em, input.questionId, p),
  policy: canChangeQuestion,
  resource: (own) => own,
  refusal: ownQuestionRefusal,
  async change(tx, { question, session }) {
    question.status = QuestionStatus.WITHDRAWN;
    if (session.highlightedQuestionId === question.id) session.highlightedQuestionId = null;
    tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.QUESTION_UPDATED, sessionId: session.id, questionId: question.id });
    return question;
  },
});

/**
 * One upvote per participant, toggled, in a single statement (see toggleVoteSql): votes are
 * neither lost nor double-counted under any concurrency. The question the mutation returns is
 * the row as that statement left it, merged into the entity manager as clean, so a later flush
 * cannot write an older count back. The new count reaches everyone in the next coalesced VOTES
 * signal (votes come in storms; one event per vote would flood a hall).
 */
export const toggleQuestionVoteCommand = defineCommand({
  name: 'meeting.toggleQuestionVote',
  actor: 'participant',
  validate: (questionId: string) => ({ questionId: parseId(questionId, 'questionId') }),
  limits: () => [{ rule: LIVE_LIMITS.vote }],
  load: ({ em }, input) => loadQuestion(em, input.questionId),
  policy: canTakePart,
  resource: ({ session }) => session,
  refusal: ({ session }, _input, p) => takePartRefusal(p, session),
  async change(tx, { question, session }, _input, p) {
    if (question.status !== QuestionStatus.LIVE) throw forbidden(m.votesClosed);
    const participantId = await participantOf(tx.em, p, session);
    const row = await queryOne<Record<string, unknown>>(tx.em, toggleVoteSql(question.id, participantId));
    const fresh = tx.em.map(Question, row!);
    tx.afterCommit(() => tx.ctx.services.live.vote(session.id, fresh.id));
    return fresh;
  },
});

export const moderateQuestionCommand = defineCommand({
  name: 'meeting.moderateQuestion',
  actor: 'user',
  validate(input: ModerateQuestionInput) {
    if (input.action === QuestionModeration.REPLY && !input.answerText?.trim()) throw badInput(m.answerRequired, {}, [{ field: 'answerText', message: 'required' }]);
    return { ...input, questionId: parseId(input.questionId, 'questionId') };
  },
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canRunMeetings,
  async load({ em }, input) {
    const question = await em.findOne(Question, input.questionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!question) throw notFound(m.questionNotFound);
    // Highlighting locks the session row: two moderators at once still leave exactly one highlight.
    const session = await em.findOneOrFail(LiveSession, question.session.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    return { question, session };
  },
  policy: canRunMeetings,
  async change(tx, { question: q, session: s }, input) {
    const now = new Date();
    let kind = LiveEventKind.QUESTION_UPDATED;
    switch (input.action) {
      case QuestionModeration.APPROVE: if (q.status === QuestionStatus.PENDING) q.status = QuestionStatus.LIVE; break;
      case QuestionModeration.DISMISS: q.status = QuestionStatus.DISMISSED; break;
      case QuestionModeration.MARK_ANSWERED: q.status = QuestionStatus.ANSWERED; q.answeredAt = now; break;
      case QuestionModeration.REOPEN: q.status = QuestionStatus.LIVE; q.answeredAt = null; break;
      case QuestionModeration.ARCHIVE: q.status = QuestionStatus.ARCHIVED; break;
      case QuestionModeration.PIN: q.pinnedAt ??= now; break;
      case QuestionModeration.UNPIN: q.pinnedAt = null; break;
      case QuestionModeration.REPLY: q.answerText = input.answerText!.trim(); break;
      case QuestionModeration.HIGHLIGHT:
        if (![QuestionStatus.LIVE, QuestionStatus.ANSWERED].includes(q.status)) throw badInput(m.highlightVisibleOnly);
        s.highlightedQuestionId = q.id;
        kind = LiveEventKind.HIGHLIGHT;
        break;
      case QuestionModeration.UNHIGHLIGHT:
        if (s.highlightedQuestionId === q.id) s.highlightedQuestionId = null;
        kind = LiveEventKind.HIGHLIGHT;
        break;
    }
    if ([QuestionStatus.DISMISSED, QuestionStatus.ARCHIVED].includes(q.status) && s.highlightedQuestionId === q.id) s.highlightedQuestionId = null;
    tx.emit('LIVE_EVENT', String(s.id), { kind, sessionId: s.id, questionId: q.id, highlightedQuestionId: s.highlightedQuestionId });
    return q;
  },
});
