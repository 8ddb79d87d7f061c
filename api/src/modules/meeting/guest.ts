import type { EntityManager } from '@mikro-orm/postgresql';
import { hashToken } from '../../core/auth/tokens.js';
import { GUEST_TOKEN_PREFIX } from '../../core/auth/session.js';
import { LiveSessionState, Participant } from './live-session.entity.js';

/** A guest participant whose session is still open; guests have no access once it closes. */
export async function resolveGuest(em: EntityManager, token: string | null): Promise<Participant | null> {
  if (!token || !token.startsWith(GUEST_TOKEN_PREFIX) || token.length > 200) return null;
  const participant = await em.findOne(Participant, { tokenHash: hashToken(token) }, { populate: ['session'] });
  if (!participant || participant.session.getEntity().state !== LiveSessionState.OPEN) return null;
  return participant;
}

