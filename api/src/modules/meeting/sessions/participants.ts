import type { EntityManager } from '@mikro-orm/postgresql';
import type { Participation } from '../../../core/commands/command.js';
import { query } from '../../../core/db/query.js';
import type { LiveSession } from './live-session.entity.js';
import { ensureParticipantSql, participantOfUserSql } from './meeting.sql.js';

/** The participant row of a user in a session, created on first use (idempotent under concurrency). */
export async function ensureParticipant(em: EntityManager, session: LiveSession, userId: number): Promise<number> {
  // Read first: a vote storm must not turn every vote into a write on the participant table.
  const existing = await query<{ id: number }>(em, participantOfUserSql(session.id, userId));
  if (existing.length) return existing[0]!.id;
  return (await query<{ id: number }>(em, ensureParticipantSql(session.id, userId)))[0]!.id;
}

/** Who is acting in a session: the guest (the policy has checked it is theirs), or the signed-in user, joined on first action. */
export async function participantOf(em: EntityManager, p: Participation, session: LiveSession): Promise<number> {
  if (p.guest) return p.guest.id;
  return ensureParticipant(em, session, p.user!.id);
}
