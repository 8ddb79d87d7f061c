import type { Role } from '../gql/graphql';

/** The parts of the signed-in user the UI decides on. */
export interface Actor {
  role: Role;
  region?: { code: string; name: string } | null;
}

/** Mirrors the API policies so links only appear for people who can use them. */
export const canManageCohorts = (actor: Actor | null | undefined): boolean => actor?.role === 'ADMIN';

/** Only admins manage people's accounts (deactivate, reset links). */
export const canManagePeople = (actor: Actor | null | undefined): boolean => actor?.role === 'ADMIN';

export const canInvite = (actor: Actor | null | undefined): boolean =>
  actor?.role === 'ADMIN' || actor?.role === 'FACILITATOR' || (actor?.role === 'REGION_ADMIN' && !!actor.region);

export const canImport = (actor: Actor | null | undefined): boolean =>
  actor?.role === 'ADMIN' || actor?.role === 'FACILITATOR' || (actor?.role === 'REGION_ADMIN' && !!actor.region);

/** Roles this actor may invite: admins anyone, others only region roles. */
export function invitableRoles(actor: Actor | null | undefined): Role[] {
  if (actor?.role === 'ADMIN') return ['MEMBER', 'REGION_ADMIN', 'FACILITATOR', 'ADMIN'];
  if (canInvite(actor)) return ['MEMBER', 'REGION_ADMIN'];
  return [];
}

export const isRegionRole = (role: Role): boolean => role === 'REGION_ADMIN' || role === 'MEMBER';

/** Ministry facilitators and admins: they run cohorts, meetings and moderation rather than one region. */
export const isStaff = (actor: Actor | null | undefined): boolean => actor?.role === 'ADMIN' || actor?.role === 'FACILITATOR';

/** Facilitators and admins moderate the forum (the flags queue, pin, lock, move, hide). */
export const canModerateForum = isStaff;

/** Facilitators and admins run meetings: create them, open live sessions, moderate and run polls. */
export const canRunMeetings = isStaff;
