import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { authorize } from '../../core/auth/policy.js';
import { enforce, type RateLimitRule } from '../../core/rate-limit.js';
import { parseId } from '../../core/ids.js';
import { LiveSession, LiveSessionState, Participant } from './live-session.entity.js';
import { Question, QuestionStatus } from './question.entity.js';
import { canRunMeetings } from './meeting.policy.js';
import { actingParticipant } from './meeting.service.js';
import { LiveEventKind } from './live-events.js';
import { QUESTION_MAX, QuestionModeration, type ModerateQuestionInput } from './meeting.types.js';

export const LIVE_LIMITS = {
  question: { name: 'live:question', limit: 5, windowSeconds: 60 },
  vote: { name: 'live:vote', limit: 120, windowSeconds: 60 },
  /** Looking up sessions by code without joining: enough for people, too few to enumerate codes. */
  preview: { name: 'live:preview', limit: 30, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

function checkText(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text.length < 1 || text.length > QUESTION_MAX) {
    throw badInput(`A question must be 1 to ${QUESTION_MAX} characters`, `Pertanyaan harus 1 sampai ${QUESTION_MAX} karakter`, [{ field: 'text', message: 'length' }]);
  }
  return text;
}

async function openSession(ctx: Context, id: string | number): Promise<LiveSession> {
  const session = await ctx.em.findOne(LiveSession, parseId(id, 'sessionId'));
  if (!session) throw notFound('Live session', 'Sesi langsung');
  if (session.state !== LiveSessionState.OPEN) throw forbidden('This session is closed', 'Sesi ini sudah ditutup');
  return session;
}

export async function askQuestion(ctx: Context, sessionId: string, rawText: string, anonymous: boolean): Promise<Question> {
  const text = checkText(rawText);
  const session = await openSession(ctx, sessionId);
  if (anonymous && !session.allowAnonymous) throw badInput('This session does not allow anonymous questions', 'Sesi ini tidak mengizinkan pertanyaan anonim', [{ field: 'anonymous', message: 'not allowed' }]);
  const participantId = await actingParticipant(ctx, session);
  await enforce(ctx.services.rateLimiter, LIVE_LIMITS.question, String(participantId));
  const question = await ctx.em.transactional(async (em) =>
    em.create(Question, {
      session,
      participant: em.getReference(Participant, participantId, { wrapped: true }),
      text,
      anonymous,
      status: session.preModeration ? QuestionStatus.PENDING : QuestionStatus.LIVE,
    }),
  );
  ctx.services.pubsub.publish('LIVE_EVENT', String(session.id), { kind: LiveEventKind.QUESTION_ADDED, sessionId: session.id, questionId: question.id });
  return question;
}

async function ownQuestion(ctx: Context, questionId: string): Promise<{ question: Question; session: LiveSession }> {
  const question = await ctx.em.findOne(Question, parseId(questionId, 'questionId'));
  if (!question) throw notFound('Question', 'Pertanyaan');
  const session = await openSession(ctx, question.session.id);
  const participantId = await actingParticipant(ctx, session);
  if (question.participant.id !== participantId) throw forbidden('Only the asker can change this question', 'Hanya penanya yang dapat mengubah pertanyaan ini');
  if (![QuestionStatus.PENDING, QuestionStatus.LIVE].includes(question.status)) throw conflict('This question can no longer be changed', 'Pertanyaan ini tidak dapat diubah lagi');
  return { question, session };
}

export async function editQuestion(ctx: Context, questionId: string, rawText: string): Promise<Question> {
  const text = checkText(rawText);
  const { question, session } = await ownQuestion(ctx, questionId);
  question.text = text;
  await ctx.em.flush();
  ctx.services.pubsub.publish('LIVE_EVENT', String(session.id), { kind: LiveEventKind.QUESTION_UPDATED, sessionId: session.id, questionId: question.id });
  return question;
}

export async function withdrawQuestion(ctx: Context, questionId: string): Promise<Question> {
  const { question, session } = await ownQuestion(ctx, questionId);
  question.status = QuestionStatus.WITHDRAWN;
  if (session.highlightedQuestionId === question.id) session.highlightedQuestionId = null;
  await ctx.em.flush();
  ctx.services.pubsub.publish('LIVE_EVENT', String(session.id), { kind: LiveEventKind.QUESTION_UPDATED, sessionId: session.id, questionId: question.id });
  return question;
}

/**
 * One upvote per participant, toggled, in a single statement: the vote row and the counter
 * change together, the question row is locked only for that statement, and the unique key
 * on (question, participant) settles races, so votes are neither lost nor double-counted.
 * The new count reaches everyone in the next coalesced VOTES event.
 */
export async function toggleQuestionVote(ctx: Context, questionId: string): Promise<Question> {
  const id = parseId(questionId, 'questionId');
  const found = await ctx.em.findOne(Question, id);
  if (!found) throw notFound('Question', 'Pertanyaan');
  const session = await openSession(ctx, found.session.id);
  const participantId = await actingParticipant(ctx, session);
  await enforce(ctx.services.rateLimiter, LIVE_LIMITS.vote, String(participantId));
  if (found.status !== QuestionStatus.LIVE) throw forbidden('Votes are closed for this question', 'Pertanyaan ini tidak dapat dipilih lagi');
  const rows = await ctx.em.execute<{ vote_count: number }[]>(
    `with ins as (
       insert into live_question_vote (question_id, participant_id) select ?, ?
       where exists (select 1 from live_question where id = ? and status = 'LIVE')
       on conflict do nothing returning 1
     ), del as (
       delete from live_question_vote where question_id = ? and participant_id = ? and not exists (select 1 from ins) returning 1
     )
     update live_question set vote_count = vote_count + (select count(*) from ins) - (select count(*) from del), updated_at = now()
     where id = ? returning vote_count`,
    [id, participantId, id, id, participantId, id],
  );
  found.voteCount = Number(rows[0].vote_count);
  ctx.services.live.vote(session.id, id);
  return found;
}

export async function moderateQuestion(ctx: Context, input: ModerateQuestionInput): Promise<Question> {
  authorize(ctx, canRunMeetings, undefined);
  const id = parseId(input.questionId, 'questionId');
  let kind = LiveEventKind.QUESTION_UPDATED;
  const { question, session } = await ctx.em.transactional(async (em) => {
    const q = await em.findOne(Question, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!q) throw notFound('Question', 'Pertanyaan');
    // Highlighting locks the session row: two moderators at once still leave exactly one highlight.
    const s = await em.findOneOrFail(LiveSession, q.session.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const now = new Date();
    switch (input.action) {
      case QuestionModeration.APPROVE: if (q.status === QuestionStatus.PENDING) q.status = QuestionStatus.LIVE; break;
      case QuestionModeration.DISMISS: q.status = QuestionStatus.DISMISSED; break;
      case QuestionModeration.MARK_ANSWERED: q.status = QuestionStatus.ANSWERED; q.answeredAt = now; break;
      case QuestionModeration.REOPEN: q.status = QuestionStatus.LIVE; q.answeredAt = null; break;
      case QuestionModeration.ARCHIVE: q.status = QuestionStatus.ARCHIVED; break;
      case QuestionModeration.PIN: q.pinnedAt ??= now; break;
      case QuestionModeration.UNPIN: q.pinnedAt = null; break;
      case QuestionModeration.REPLY:
        if (!input.answerText?.trim()) throw badInput('answerText is required to reply', 'answerText wajib diisi untuk menjawab', [{ field: 'answerText', message: 'required' }]);
        q.answerText = input.answerText.trim();
        break;
      case QuestionModeration.HIGHLIGHT:
        if (![QuestionStatus.LIVE, QuestionStatus.ANSWERED].includes(q.status)) throw badInput('Only visible questions can be highlighted', 'Hanya pertanyaan yang tampil yang dapat disorot');
        s.highlightedQuestionId = q.id;
        kind = LiveEventKind.HIGHLIGHT;
        break;
      case QuestionModeration.UNHIGHLIGHT:
        if (s.highlightedQuestionId === q.id) s.highlightedQuestionId = null;
        kind = LiveEventKind.HIGHLIGHT;
        break;
    }
    if ([QuestionStatus.DISMISSED, QuestionStatus.ARCHIVED].includes(q.status) && s.highlightedQuestionId === q.id) s.highlightedQuestionId = null;
    return { question: q, session: s };
  });
  ctx.services.pubsub.publish('LIVE_EVENT', String(session.id), {
    kind,
    sessionId: session.id,
    questionId: question.id,
    highlightedQuestionId: session.highlightedQuestionId,
  });
  return question;
}
