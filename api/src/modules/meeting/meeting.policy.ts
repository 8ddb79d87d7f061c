import type { Policy } from '../../core/auth/policy.js';
import type { Participation } from '../../core/commands/command.js';
import type { Context } from '../../core/context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { isStaff } from '../user/index.js';
import { LiveSessionState, type LiveSession } from './sessions/live-session.entity.js';
import { QuestionStatus, type Question } from './questions/question.entity.js';
import { meetingMessages as m } from './meeting.messages.js';

/**
 * All of meetings' authorization. Facilitators and admins run meetings: create them, open
 * sessions, moderate, run polls. Any signed-in user may take part in any session; a guest
 * (no account) only in the one session they joined, and only while it is open.
 */
export const canRunMeetings: Policy = (actor) => isStaff(actor);

/**
 * Approving, rejecting and hiding word-cloud answers and editing a session's blocked words: its
 * moderators, who are the people running meetings (a session has no moderators of its own).
 */
export const canModerateWords: Policy<LiveSession | void> = (actor) => canRunMeetings(actor, undefined);

/** Readers of a session: any signed-in user, or a guest of that session. */
export const canReadSession = (p: Participation, sessionId: number): boolean => !!p.user || p.guest?.session.id === sessionId;

/** Asking, voting, answering polls: in an open session, as a user or as a guest of it. */
export const canTakePart = (p: Participation, session: LiveSession): boolean => session.state === LiveSessionState.OPEN && canReadSession(p, session.id);

/** Only the asker changes a question, and only while it is pending or live. */
export const canChangeQuestion = (_p: Participation, own: { question: Question; participantId: number }): boolean =>
  own.question.participant.id === own.participantId && [QuestionStatus.PENDING, QuestionStatus.LIVE].includes(own.question.status);

/** Joining by code: anyone may try (a closed session or one without guests refuses in the command). */
export const canJoinSession = (_actor: unknown, session: LiveSession): boolean => session.state === LiveSessionState.OPEN;

/** Why `canTakePart` refused. */
export function takePartRefusal(p: Participation, session: LiveSession) {
  if (session.state !== LiveSessionState.OPEN) return forbidden(m.sessionClosed);
  return p.guest ? forbidden(m.guestsOwnSessionOnly) : unauthenticated();
}

export const isModerator = (ctx: Pick<Context, 'user'>): boolean => !!ctx.user && canRunMeetings(ctx.user, undefined);

/** For reads: the caller may see this session, else UNAUTHENTICATED or FORBIDDEN. */
export function assertCanRead(ctx: Pick<Context, 'user' | 'guest'>, sessionId: number): void {
  if (canReadSession(ctx, sessionId)) return;
  if (ctx.guest) throw forbidden(m.guestsSeeOwnSessionOnly);
  throw unauthenticated();
}

/** Whether the viewer asked the question (guests by participant, users through their participant row). */
export async function isAsker(ctx: Context, q: Question): Promise<boolean> {
  if (ctx.guest) return ctx.guest.id === q.participant.id;
  if (!ctx.user) return false;
  const p = await ctx.loaders.live.participant.load(q.participant.id);
  return p?.user?.id === ctx.user.id;
}

/** Pending and dismissed questions are for moderators and the asker only; withdrawn ones for nobody. */
export async function questionVisibleTo(ctx: Context, q: Question): Promise<boolean> {
  if (q.status === QuestionStatus.LIVE || q.status === QuestionStatus.ANSWERED || q.status === QuestionStatus.ARCHIVED) return true;
  if (q.status === QuestionStatus.WITHDRAWN) return false;
  if (isModerator(ctx)) return true;
  return isAsker(ctx, q);
}
