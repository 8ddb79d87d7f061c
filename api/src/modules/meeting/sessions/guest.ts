import type { GuestProvider } from '../../../core/auth/identity.js';
import { query } from '../../../core/db/query.js';
import { hashToken } from '../../../core/auth/tokens.js';
import { GUEST_TOKEN_PREFIX } from '../../../core/auth/session.js';
import { LiveSessionState, Participant } from './live-session.entity.js';
import { openGuestIdsSql } from './meeting.sql.js';

/** Guests of live sessions: only while their session is open and no moderator removed them. */
export const liveGuests: GuestProvider = {
  async resolve(em, token) {
    if (!token.startsWith(GUEST_TOKEN_PREFIX) || token.length > 200) return null;
    const participant = await em.findOne(Participant, { tokenHash: hashToken(token) }, { populate: ['session'] });
    if (!participant || participant.removedAt || participant.session.getEntity().state !== LiveSessionState.OPEN) return null;
    return participant;
  },
  async stillIn(root, ids) {
    const open = new Set((await query<{ id: number }>(root, openGuestIdsSql(ids))).map((r) => r.id));
    return ids.map((id) => open.has(id));
  },
};

declare module '../../../core/context.js' {
  interface Identities {
    guest: Participant;
  }
}
