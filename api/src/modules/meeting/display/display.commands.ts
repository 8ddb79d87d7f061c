import { LockMode } from '@mikro-orm/postgresql';
import { defineCommand } from '../../../core/commands/command.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { query } from '../../../core/db/query.js';
import { DISPLAY_TOKEN_PREFIX } from '../../../core/auth/session.js';
import { hashToken, newToken } from '../../../core/auth/tokens.js';
import { REVOCATIONS } from '../../../core/auth/revocation.js';
import { User } from '../../user/index.js';
import { LiveSession, LiveSessionState } from '../sessions/live-session.entity.js';
import { canLinkHallScreen, canRunMeetings } from '../meeting.policy.js';
import { LIVE_LIMITS } from '../meeting.limits.js';
import { meetingMessages as m } from '../meeting.messages.js';
import { LiveDisplay } from './live-display.entity.js';
import { deleteSessionDisplaysSql } from './display.sql.js';

/** Where the hall screen opens with its token: in the fragment, which browsers send to no server and put in no Referer. */
export const hallScreenPath = (code: string, token: string) => `/live/${code}/layar#layar=${encodeURIComponent(token)}`;

/**
 * Makes the session's hall-screen link, or replaces it: the previous token stops at once on
 * every instance (its sockets close), and only the new one's hash is kept. The token itself is
 * in the answer only.
 */
export const linkHallScreenCommand = defineCommand({
  name: 'meeting.linkHallScreen',
  actor: 'user',
  validate: (sessionId: string) => ({ sessionId: parseId(sessionId, 'sessionId') }),
  limits: () => [{ rule: LIVE_LIMITS.displayLink }],
  gate: canRunMeetings,
  async load({ em }, input) {
    // Locked: two facilitators replacing the link at once leave exactly one token.
    const session = await em.findOne(LiveSession, input.sessionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!session) throw notFound(m.sessionNotFound);
    return session;
  },
  policy: canLinkHallScreen,
  resource: (session) => session,
  refusal: (session) => (session.state !== LiveSessionState.OPEN ? forbidden(m.hallScreenClosed) : forbidden()),
  async change(tx, session, _input, actor) {
    const ended = await query<{ id: number }>(tx.em, deleteSessionDisplaysSql(session.id));
    const token = `${DISPLAY_TOKEN_PREFIX}${newToken()}`;
    tx.em.create(LiveDisplay, { session, tokenHash: hashToken(token), createdBy: tx.em.getReference(User, actor.id, { wrapped: true }) });
    if (ended.length) tx.emit(REVOCATIONS, 'all', { displayIds: ended.map((r) => r.id) });
    return { path: hallScreenPath(session.code, token) };
  },
});
