import type { Policy } from '../../core/auth/policy.js';
import { Role, isStaff, regionOf, type User } from '../user/index.js';
import { PlanMemberRole, PlanState } from './plans/plan.entity.js';
import { PLAN_MOVES } from './plans/plan.states.js';

/**
 * All of plans' authorization.
 *
 * Reading: a plan is private to its members, its region's own people (staff of the Pemda) and
 * facilitators (mentors and ministry staff are facilitators); an APPROVED plan is readable by
 * everyone signed in, so other regions can copy it ("tiru rencana ini"). Signed out: nothing.
 * Writing: only EDITORs change the plan and its items; COMMENTERs and VIEWERs read (comments come
 * with the shared document). Members are managed by the editors, the region's REGION_ADMIN and
 * facilitators; plans are created by a REGION_ADMIN for their own region or a facilitator.
 */

/** The fields of a plan the rules look at (a managed entity or a read view). */
export interface PlanFacts {
  region: { code: string };
  state: PlanState;
}

/** A plan with the actor's own membership row in it (or null). */
export interface InPlan {
  plan: PlanFacts;
  membership: { role: PlanMemberRole } | null;
}

const isEditor = (t: InPlan) => t.membership?.role === PlanMemberRole.EDITOR;
const isRegionAdminOf = (actor: User, regionCode: string) => actor.role === Role.REGION_ADMIN && regionOf(actor) === regionCode;

/** Creating: a region admin for their own region, or a facilitator (or admin) for any region. */
export const canCreatePlan: Policy<{ regionCode: string }> = (actor, t) => isStaff(actor) || isRegionAdminOf(actor, t.regionCode);

/** Reading a plan, its items, members, projection and live events. */
export const canReadPlan: Policy<InPlan> = (actor, t) =>
  isStaff(actor) || t.membership !== null || regionOf(actor) === t.plan.region.code || t.plan.state === PlanState.APPROVED;

/** Changing the title and the items: the plan's editors. */
export const canEditPlan: Policy<InPlan> = (_actor, t) => isEditor(t);

/** Adding members and changing their roles: editors, the region's admin, facilitators. */
export const canManagePlanMembers: Policy<InPlan> = (actor, t) => isStaff(actor) || isEditor(t) || isRegionAdminOf(actor, t.plan.region.code);

/** Removing a member: those who manage members, or the person themself (leaving). */
export const canRemovePlanMember: Policy<InPlan & { userId: number }> = (actor, t) => canManagePlanMembers(actor, t) || (t.membership !== null && actor.id === t.userId);

/** Approving or asking for changes: the region's admin or a facilitator (the reviewers). */
export const canReviewPlan: Policy<InPlan> = (actor, t) => isStaff(actor) || isRegionAdminOf(actor, t.plan.region.code);

/** An update: a new title needs an editor; a state move needs whoever PLAN_MOVES names for it. */
export const canUpdatePlan: Policy<InPlan & { retitle: boolean; to: PlanState | null }> = (actor, t) => {
  if (t.retitle && !canEditPlan(actor, t)) return false;
  if (t.to === null || t.to === t.plan.state) return true;
  const who = PLAN_MOVES[t.plan.state][t.to];
  if (who === 'editor') return canEditPlan(actor, t);
  if (who === 'reviewer') return canReviewPlan(actor, t);
  // A move that does not exist: those who move plans at all are told so (CONFLICT), others refused.
  return canEditPlan(actor, t) || canReviewPlan(actor, t);
};

/** Who may be a member: the region's own people, and facilitators or admins (mentors, ministries). */
export const mayJoinPlan = (person: Pick<User, 'role' | 'regionCode'>, regionCode: string): boolean =>
  person.role === Role.ADMIN || person.role === Role.FACILITATOR || person.regionCode === regionCode;
