import { randomInt } from 'node:crypto';
import { defineCommand } from '../../../core/commands/command.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { guestCookie, GUEST_TOKEN_PREFIX } from '../../../core/auth/session.js';
import { hashToken, newToken } from '../../../core/auth/tokens.js';
import { execute, queryOne } from '../../../core/db/query.js';
import { Cohort, Region, allRegions } from '../../region/index.js';
import { User } from '../../user/index.js';
import { findCategory, openQuestionThreads } from '../../forum/index.js';
import { Meeting } from './meeting.entity.js';
import { LiveSession, LiveSessionState, Participant } from './live-session.entity.js';
import { Question, QuestionStatus } from '../questions/question.entity.js';
import { canJoinSession, canRunMeetings } from '../meeting.policy.js';
import { ensureParticipant } from './participants.js';
import { findSessionByCode, normaliseCode } from './meeting.queries.js';
import { guestCountSql, lockSessionGuestsSql } from './meeting.sql.js';
import { LiveEventKind } from '../live/live-events.js';
import { LIVE_LIMITS, MEETING_LIMITS } from '../meeting.limits.js';
import { meetingMessages as m } from '../meeting.messages.js';
import type { CreateMeetingInput, JoinLiveSessionInput, JoinLiveSessionPayload, OpenLiveSessionInput } from '../meeting.types.js';

// No 0/O or 1/I: codes are read aloud and typed from a projector at the back of a hall.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GUEST_TTL_SECONDS = 24 * 3600;

export const createMeetingCommand = defineCommand({
  name: 'meeting.createMeeting',
  actor: 'user',
  validate(input: CreateMeetingInput) {
    if (input.endsAt <= input.startsAt) throw badInput(m.endsBeforeStart, {}, [{ field: 'endsAt', message: 'before start' }]);
    return { ...input, regionCodes: [...new Set(input.regionCodes)] };
  },
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canRunMeetings,
  async load({ em }, input) {
    if (input.cohortSlug && !(await em.count(Cohort, { slug: input.cohortSlug }))) throw notFound(m.cohortNotFound, { slug: input.cohortSlug });
    const regions = await allRegions(em);
    if (input.regionCodes.some((c) => !regions.has(c))) throw badInput(m.unknownRegion, {}, [{ field: 'regionCodes', message: 'unknown' }]);
  },
  policy: canRunMeetings,
  async change({ em }, _loaded, input, actor) {
    return em.create(Meeting, {
      title: input.title.trim(),
      description: input.description?.trim() || null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      organiser: input.organiser.trim(),
      cohortSlug: input.cohortSlug ?? null,
      regionCodes: input.regionCodes,
      agenda: input.agenda.map((a) => ({ title: a.title.trim(), startsAt: a.startsAt ?? null })),
      createdBy: em.getReference(User, actor.id, { wrapped: true }),
    });
  },
});

export const openLiveSessionCommand = defineCommand({
  name: 'meeting.openLiveSession',
  actor: 'user',
  validate: (input: OpenLiveSessionInput) => ({ ...input, meetingId: parseId(input.meetingId, 'meetingId'), code: input.code ? normaliseCode(input.code) : '' }),
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canRunMeetings,
  async load({ em }, input) {
    const meeting = await em.findOne(Meeting, input.meetingId);
    if (!meeting) throw notFound(m.meetingNotFound);
    return meeting;
  },
  policy: canRunMeetings,
  async change({ em }, meeting, input) {
    let code = input.code;
    if (code && (await em.count(LiveSession, { code }))) throw conflict(m.codeTaken, { code });
    const codeChosen = !!code;
    while (!code || (await em.count(LiveSession, { code }))) code = Array.from({ length: MEETING_LIMITS.generatedCodeLength }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    return em.create(LiveSession, { meeting, code, codeChosen, title: input.title.trim(), allowGuests: input.allowGuests, allowAnonymous: input.allowAnonymous, preModeration: input.preModeration });
  },
  // Two facilitators choosing the same vanity code at the same moment.
  constraints: { live_session_code_unique: (input) => conflict(m.codeTaken, { code: input.code }) },
});

export const setLiveSessionStateCommand = defineCommand({
  name: 'meeting.setLiveSessionState',
  actor: 'user',
  validate: (input: { sessionId: string; state: LiveSessionState }) => ({ sessionId: parseId(input.sessionId, 'sessionId'), state: input.state }),
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canRunMeetings,
  async load({ em }, input) {
    const session = await em.findOne(LiveSession, input.sessionId);
    if (!session) throw notFound(m.sessionNotFound);
    return session;
  },
  policy: canRunMeetings,
  async change(tx, session, input) {
    session.state = input.state;
    session.closedAt = input.state === LiveSessionState.CLOSED ? new Date() : null;
    tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.SESSION_UPDATED, sessionId: session.id, sessionState: session.state });
    return session;
  },
});

/**
 * Joins by code. Signed-in users become participants (once per session); without an account,
 * a session that allows guests takes a display name and issues a guest token for it alone.
 */
export const joinLiveSessionCommand = defineCommand({
  name: 'meeting.joinLiveSession',
  actor: 'anyone',
  validate: (input: JoinLiveSessionInput) => ({ ...input, guestName: input.guestName?.trim() }),
  // Per account for users (a hall behind one NAT joins at once), per address for everyone else;
  // a new guest is a new participant, so guests are also bounded per address and per address in a session.
  limits: (input, user, ctx) => [
    { rule: LIVE_LIMITS.join },
    ...(user || !input.guestName
      ? []
      : [
          { rule: LIVE_LIMITS.guestsPerAddress, key: ctx.ip },
          { rule: LIVE_LIMITS.guestsPerAddressInSession, key: `${normaliseCode(input.code)}|${ctx.ip}` },
        ]),
  ],
  load: ({ em, ctx }, input) => findSessionByCode(em, ctx, input.code),
  policy: canJoinSession,
  resource: (session) => session,
  refusal: () => forbidden(m.sessionClosed),
  async change(tx, session, input, user): Promise<JoinLiveSessionPayload> {
    const { em, ctx } = tx;
    if (user) {
      await ensureParticipant(em, session, user.id);
      return { session, guestToken: null };
    }
    if (ctx.guest && ctx.guest.session.id === session.id) return { session, guestToken: null };
    if (!session.allowGuests) throw unauthenticated();
    if (!input.guestName) throw badInput(m.guestNameRequired, {}, [{ field: 'guestName', message: 'required' }]);
    if (input.guestRegionCode && !(await allRegions(em)).has(input.guestRegionCode)) throw notFound(m.regionNotFound, { code: input.guestRegionCode });
    await execute(em, lockSessionGuestsSql(session.id));
    const guests = await queryOne<{ count: number }>(em, guestCountSql(session.id));
    if (guests!.count >= ctx.services.config.liveGuestsPerSession) throw forbidden(m.guestsFull, { max: ctx.services.config.liveGuestsPerSession });
    const token = `${GUEST_TOKEN_PREFIX}${newToken()}`;
    em.create(Participant, {
      session,
      guestName: input.guestName,
      guestRegion: input.guestRegionCode ? em.getReference(Region, input.guestRegionCode, { wrapped: true }) : undefined,
      tokenHash: hashToken(token),
    });
    tx.afterCommit(() => ctx.setCookie?.('guest', guestCookie(token, GUEST_TTL_SECONDS, ctx.services.config.cookieSecure), { maxAgeSeconds: GUEST_TTL_SECONDS }));
    return { session, guestToken: token };
  },
});

/** Turns the still-unanswered questions into forum questions, so the discussion continues after the meeting. */
export const convertQuestionsToThreadsCommand = defineCommand({
  name: 'meeting.convertQuestionsToThreads',
  actor: 'user',
  validate: (input: { sessionId: string; categoryId: string }) => ({ sessionId: parseId(input.sessionId, 'sessionId'), categoryId: parseId(input.categoryId, 'categoryId') }),
  limits: () => [{ rule: LIVE_LIMITS.moderation }],
  gate: canRunMeetings,
  async load({ em }, input) {
    const session = await em.findOne(LiveSession, input.sessionId);
    if (!session) throw notFound(m.sessionNotFound);
    const category = await findCategory(em, input.categoryId);
    const meeting = await em.findOneOrFail(Meeting, session.meeting.id);
    const open = await em.find(Question, { session, status: QuestionStatus.LIVE }, { orderBy: { voteCount: 'desc', id: 'asc' } });
    return { session, category, meeting, open };
  },
  policy: canRunMeetings,
  async change(tx, { session, category, meeting, open }, _input, actor) {
    if (open.length > MEETING_LIMITS.convertMax) throw badInput(m.tooManyToConvert, { max: MEETING_LIMITS.convertMax });
    await openQuestionThreads(
      tx,
      actor.id,
      category,
      open.map((q) => ({
        title: q.text.length > 200 ? `${q.text.slice(0, 199)}…` : q.text.padEnd(5, '?'),
        body: `Pertanyaan dari **${meeting.title}** (sesi #${session.code}, ${q.voteCount} dukungan) yang belum terjawab di rapat:\n\n> ${q.text}`,
      })),
    );
    for (const q of open) {
      q.status = QuestionStatus.ARCHIVED;
      tx.emit('LIVE_EVENT', String(session.id), { kind: LiveEventKind.QUESTION_UPDATED, sessionId: session.id, questionId: q.id });
    }
    return open.length;
  },
});
