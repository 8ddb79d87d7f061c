import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { enforce } from '../../../core/rate-limit.js';
import { LiveSession } from './live-session.entity.js';
import { Meeting } from './meeting.entity.js';
import { LIVE_LIMITS } from '../meeting.limits.js';
import { meetingMessages as m } from '../meeting.messages.js';
import type { LiveSessionPreview } from '../meeting.types.js';

export const normaliseCode = (code: string) => code.replace(/^#/, '').toUpperCase();

export async function findSessionByCode(em: EntityManager, rawCode: string): Promise<LiveSession> {
  const code = normaliseCode(rawCode);
  const session = await em.findOne(LiveSession, { code });
  if (!session) throw notFound(m.sessionCodeNotFound, { code });
  return session;
}

/** What the join page shows before joining: public, rate-limited per address. */
export async function previewLiveSession(ctx: Context, rawCode: string): Promise<LiveSessionPreview> {
  await enforce(ctx.services.rateLimiter, LIVE_LIMITS.preview, ctx.ip);
  const session = await findSessionByCode(ctx.em, rawCode);
  const meeting = await ctx.em.findOneOrFail(Meeting, session.meeting.id);
  return { code: session.code, title: session.title, meetingTitle: meeting.title, state: session.state, allowGuests: session.allowGuests, allowAnonymous: session.allowAnonymous };
}
