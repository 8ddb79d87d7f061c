import type { Policy } from '../../core/auth/policy.js';
import { Role, type User } from './accounts/user.entity.js';

export const isAdmin = (u: User) => u.role === Role.ADMIN;
/** Facilitators (ministries, Sumedang mentors) and admins: they moderate and run meetings. */
export const isStaff = (u: User) => u.role === Role.ADMIN || u.role === Role.FACILITATOR;
export const regionOf = (u: User): string | null => u.regionCode;

export interface InviteTarget {
  role: Role;
  regionCode: string | null;
}

/**
 * Admins invite anyone; facilitators invite region admins and members of any region;
 * region admins invite region admins and members of their own region only.
 */
export const canCreateInvite: Policy<InviteTarget> = (actor, target) => {
  if (isAdmin(actor)) return true;
  const regionRole = target.role === Role.REGION_ADMIN || target.role === Role.MEMBER;
  if (actor.role === Role.FACILITATOR) return regionRole;
  if (actor.role === Role.REGION_ADMIN) return regionRole && target.regionCode !== null && target.regionCode === regionOf(actor);
  return false;
};

export const canListInvites: Policy = (actor) => isStaff(actor) || actor.role === Role.REGION_ADMIN;
/** Profiles are for signed-in members; anyone signed in may read them. */
export const canReadProfiles: Policy = () => true;

/** Only admins see everyone's accounts, deactivate people and issue password-reset links. */
export const canManagePeople: Policy = (actor) => isAdmin(actor);
/** A person manages their own password and sessions (the actor is always themself). */
export const canManageOwnAccount: Policy = () => true;
/** A reset link's secret token is the authority, like an invitation's. */
export const canUseResetLink = (_actor: User | null): boolean => true;

/** Anyone may try to sign in or out (rate limits, not policy, stop guessing). */
export const canSignIn = (_actor: User | null): boolean => true;
export const canSignOut = (_actor: User | null): boolean => true;
/** The invitation's secret token is the authority: whoever holds it may accept it. */
export const canAcceptInvite = (_actor: User | null): boolean => true;
