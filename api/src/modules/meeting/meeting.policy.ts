import type { Policy } from '../../core/auth/policy.js';
import type { Participation } from '../../core/commands/command.js';
import type { Context, ContextDisplay } from '../../core/context.js';
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

/** A person in a session: any signed-in user, or a guest of that session. */
const isIn = (p: Participation, sessionId: number): boolean => !!p.user || p.guest?.session.id === sessionId;

/** Readers of a session: the people in it, and its hall screen (a display token of that session). */
export const canReadSession = (p: Participation & { display?: ContextDisplay | null }, sessionId: number): boolean => isIn(p, sessionId) || p.display?.sessionId === sessionId;

/** Asking, voting, answering polls: in an open session, as a user or as a guest of it (never a hall screen, which only reads). */
export const canTakePart = (p: Participation, session: LiveSession): boolean => session.state === LiveSessionState.OPEN && isIn(p, session.id);

/** Making or replacing a session's hall-screen link: the people running meetings, while the session is open. */
export const canLinkHallScreen: Policy<LiveSession> = (actor, session) => canRunMeetings(actor, undefined) && session.state === LiveSessionState.OPEN;

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
export function assertCanRead(ctx: Pick<Context, 'user' | 'guest' | 'display'>, sessionId: number): void {
  if (canReadSession(ctx, sessionId)) return;
  if (ctx.guest) throw forbidden(m.guestsSeeOwnSessionOnly);
  if (ctx.display) throw forbidden(m.displayOwnSessionOnly);
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
