import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { enforce, FailureLimit } from '../../../core/rate-limit.js';
import { LiveSession } from './live-session.entity.js';
import { Meeting } from './meeting.entity.js';
import { CODE_MISS_LIMITS, LIVE_LIMITS, MEETING_LIMITS } from '../meeting.limits.js';
import { meetingMessages as m } from '../meeting.messages.js';
import type { LiveSessionPreview } from '../meeting.types.js';

/** As people type a code read from a projector: with or without #, any case, spaces or dashes between groups. */
export const normaliseCode = (code: string) => code.replace(/^#/, '').replace(/[\s-]/g, '').toUpperCase();

/** Generated codes are long enough to defeat guessing at the miss limit; chosen or short ones are not. */
export const codeIsGuessable = (session: Pick<LiveSession, 'code' | 'codeChosen'>) => session.codeChosen || session.code.length < MEETING_LIMITS.generatedCodeLength;

/**
 * The session behind a join code. Every lookup by code goes through here (preview, join, the
 * session query), so an address that keeps trying wrong codes is stopped across all three.
 */
export async function findSessionByCode(em: EntityManager, ctx: Pick<Context, 'ip' | 'services'>, rawCode: string): Promise<LiveSession> {
  const misses = new FailureLimit(ctx.services.rateLimiter, CODE_MISS_LIMITS);
  await misses.check(ctx.ip);
  const code = normaliseCode(rawCode);
  const session = await em.findOne(LiveSession, { code });
  if (!session) {
    await misses.fail(ctx.ip);
    throw notFound(m.sessionCodeNotFound, { code });
  }
  return session;
}

/** What the join page shows before joining: public, rate-limited per address. */
export async function previewLiveSession(ctx: Context, rawCode: string): Promise<LiveSessionPreview> {
  await enforce(ctx.services.rateLimiter, LIVE_LIMITS.preview, ctx.ip);
  const session = await findSessionByCode(ctx.em, ctx, rawCode);
  const meeting = await ctx.em.findOneOrFail(Meeting, session.meeting.id);
  return { code: session.code, title: session.title, meetingTitle: meeting.title, state: session.state, allowGuests: session.allowGuests, allowAnonymous: session.allowAnonymous };
}
