import { isAdmin, isStaff, regionOf, type Policy } from '../../core/auth/policy.js';
import { Role } from './user.entity.js';

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
