import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../core/errors.js';
import { authorize } from '../../core/auth/policy.js';
import { guestCookie } from '../../core/auth/session.js';
import { hashToken, newToken } from '../../core/auth/tokens.js';
import { GUEST_TOKEN_PREFIX } from '../../core/auth/session.js';
import { Cohort } from '../region/cohort.entity.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { parseId } from '../../core/ids.js';
import { Meeting } from './meeting.entity.js';
import { LiveSession, LiveSessionState, Participant } from './live-session.entity.js';
import { canRunMeetings } from './meeting.policy.js';
import type { CreateMeetingInput, JoinLiveSessionInput, JoinLiveSessionPayload, LiveSessionPreview, OpenLiveSessionInput } from './meeting.types.js';
import { enforce } from '../../core/rate-limit.js';
import { LIVE_LIMITS } from './question.service.js';
import { LiveEventKind } from './live-events.js';

const normaliseCode = (code: string) => code.replace(/^#/, '').toUpperCase();
// No 0/O or 1/I: codes are read aloud and typed from a projector at the back of a hall.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export async function createMeeting(ctx: Context, input: CreateMeetingInput): Promise<Meeting> {
  const actor = authorize(ctx, canRunMeetings, undefined);
  if (input.endsAt <= input.startsAt) throw badInput('The meeting must end after it starts', 'Rapat harus berakhir setelah dimulai', [{ field: 'endsAt', message: 'before start' }]);
  if (input.cohortSlug && !(await ctx.em.count(Cohort, { slug: input.cohortSlug }))) throw notFound(`Cohort ${input.cohortSlug}`, `Kohort ${input.cohortSlug}`);
  const codes = [...new Set(input.regionCodes)];
  if (codes.length && (await ctx.em.count(Region, { code: { $in: codes } })) !== codes.length) {
    throw badInput('Unknown region code', 'Kode wilayah tidak dikenal', [{ field: 'regionCodes', message: 'unknown' }]);
  }
  return ctx.em.transactional(async (em) =>
    em.create(Meeting, {
      title: input.title.trim(),
      description: input.description?.trim() || null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      organiser: input.organiser.trim(),
      cohortSlug: input.cohortSlug ?? null,
      regionCodes: codes,
      agenda: input.agenda.map((a) => ({ title: a.title.trim(), startsAt: a.startsAt ?? null })),
      createdBy: em.getReference(User, actor.id, { wrapped: true }),
    }),
  );
}

export async function openLiveSession(ctx: Context, input: OpenLiveSessionInput): Promise<LiveSession> {
  authorize(ctx, canRunMeetings, undefined);
  const meeting = await ctx.em.findOne(Meeting, parseId(input.meetingId, 'meetingId'));
  if (!meeting) throw notFound('Meeting', 'Rapat');
  return ctx.em.transactional(async (em) => {
    let code = input.code ? normaliseCode(input.code) : '';
    if (code && (await em.count(LiveSession, { code }))) throw conflict(`The code #${code} is taken`, `Kode #${code} sudah dipakai`);
    while (!code || (await em.count(LiveSession, { code }))) code = Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    return em.create(LiveSession, {
      meeting,
      code,
      title: input.title.trim(),
      allowGuests: input.allowGuests,
      allowAnonymous: input.allowAnonymous,
      preModeration: input.preModeration,
    });
  });
}

export async function setLiveSessionState(ctx: Context, sessionId: string, state: LiveSessionState): Promise<LiveSession> {
  authorize(ctx, canRunMeetings, undefined);
  const session = await ctx.em.findOne(LiveSession, parseId(sessionId, 'sessionId'));
  if (!session) throw notFound('Live session', 'Sesi langsung');
  session.state = state;
  session.closedAt = state === LiveSessionState.CLOSED ? new Date() : null;
  await ctx.em.flush();
  ctx.services.pubsub.publish('LIVE_EVENT', String(session.id), { kind: LiveEventKind.SESSION_UPDATED, sessionId: session.id, sessionState: session.state });
  return session;
}

export async function findSessionByCode(em: EntityManager, rawCode: string): Promise<LiveSession> {
  const session = await em.findOne(LiveSession, { code: normaliseCode(rawCode) });
  if (!session) throw notFound(`Session #${normaliseCode(rawCode)}`, `Sesi #${normaliseCode(rawCode)}`);
  return session;
}

/** What the join page shows before joining: public, rate-limited per address. */
export async function previewLiveSession(ctx: Context, rawCode: string): Promise<LiveSessionPreview> {
  await enforce(ctx.services.rateLimiter, LIVE_LIMITS.preview, ctx.ip);
  const session = await findSessionByCode(ctx.em, rawCode);
  const meeting = await ctx.em.findOneOrFail(Meeting, session.meeting.id);
  return { code: session.code, title: session.title, meetingTitle: meeting.title, state: session.state, allowGuests: session.allowGuests, allowAnonymous: session.allowAnonymous };
}

/**
 * Joins by code. Signed-in users become participants (once per session); without an account,
 * a session that allows guests takes a display name and issues a guest token for it alone.
 */
export async function joinLiveSession(ctx: Context, input: JoinLiveSessionInput): Promise<JoinLiveSessionPayload> {
  const session = await findSessionByCode(ctx.em, input.code);
  if (session.state !== LiveSessionState.OPEN) throw forbidden('This session is closed', 'Sesi ini sudah ditutup');
  if (ctx.user) {
    await ensureParticipant(ctx.em, session, ctx.user.id);
    return { session, guestToken: null };
  }
  if (ctx.guest && ctx.guest.session.id === session.id) return { session, guestToken: null };
  if (!session.allowGuests) throw unauthenticated();
  if (!input.guestName?.trim()) throw badInput('Enter your name to join as a guest', 'Isi nama Anda untuk bergabung sebagai tamu', [{ field: 'guestName', message: 'required' }]);
  if (input.guestRegionCode && !(await ctx.em.count(Region, { code: input.guestRegionCode }))) throw notFound(`Region ${input.guestRegionCode}`, `Wilayah ${input.guestRegionCode}`);
  const token = `${GUEST_TOKEN_PREFIX}${newToken()}`;
  await ctx.em.transactional(async (em) => {
    em.create(Participant, {
      session,
      guestName: input.guestName!.trim(),
      guestRegion: input.guestRegionCode ? em.getReference(Region, input.guestRegionCode, { wrapped: true }) : undefined,
      tokenHash: hashToken(token),
    });
  });
  const ttl = 24 * 3600;
  ctx.setCookie?.('guest', guestCookie(token, ttl, ctx.services.config.cookieSecure), { maxAgeSeconds: ttl });
  return { session, guestToken: token };
}

/** The participant row of a user in a session, created on first use (idempotent under concurrency). */
export async function ensureParticipant(em: EntityManager, session: LiveSession, userId: number): Promise<number> {
  // Read first: a vote storm must not turn every vote into a write on the participant table.
  const existing = await em.execute<{ id: number }[]>(`select id from live_participant where session_id = ? and user_id = ?`, [session.id, userId]);
  if (existing.length) return existing[0].id;
  const rows = await em.execute<{ id: number }[]>(
    `insert into live_participant (session_id, user_id) values (?, ?)
     on conflict (session_id, user_id) do update set joined_at = live_participant.joined_at returning id`,
    [session.id, userId],
  );
  return rows[0].id;
}

/**
 * Who is acting in a session: the guest (only in their own session) or the signed-in user
 * (joining on first action). Anyone else is refused.
 */
export async function actingParticipant(ctx: Context, session: LiveSession): Promise<number> {
  if (ctx.guest) {
    if (ctx.guest.session.id !== session.id) throw forbidden('Guests can only take part in the session they joined', 'Tamu hanya dapat berpartisipasi di sesi yang diikuti');
    return ctx.guest.id;
  }
  if (!ctx.user) throw unauthenticated();
  return ensureParticipant(ctx.em, session, ctx.user.id);
}

/** Readers of a session: any signed-in user, or a guest of that session. */
export function assertCanRead(ctx: Context, sessionId: number): void {
  if (ctx.user) return;
  if (ctx.guest && ctx.guest.session.id === sessionId) return;
  if (ctx.guest) throw forbidden('Guests can only see the session they joined', 'Tamu hanya dapat melihat sesi yang diikuti');
  throw unauthenticated();
}

export const isModerator = (ctx: Context): boolean => !!ctx.user && canRunMeetings(ctx.user, undefined);
