import type { Policy } from '../../core/auth/policy.js';
import { Role, isStaff, regionOf, type User } from '../user/index.js';
import type { Challenge } from './challenges/challenge.entity.js';
import { ChallengeRole, MemberStatus, type ChallengeMember } from './team/member.entity.js';
import { isOpenToJoin } from './stages/challenge.stages.js';

/**
 * All of challenges' authorization. Staff (facilitators, admins) open challenges for any
 * region and steer any challenge; a region admin opens them for their own region; a
 * challenge's active leads steer it and alone manage its team; anyone signed in may ask to join
 * while it is open. Reads are public, except the pending part of a team (leads and staff).
 */

/** The actor's place in one challenge: what most team rules decide on. */
export interface InTeam {
  challenge: Challenge;
  /** The actor's own row in the team (any status), or null. */
  membership: ChallengeMember | null;
}

const isActiveLead = (m: ChallengeMember | null) => m?.status === MemberStatus.ACTIVE && m.role === ChallengeRole.LEAD;

/** Opening: staff for any regions; a region admin only with their own region as the one owner. */
export const canOpenChallenge: Policy<{ regionCodes: readonly string[] }> = (actor, target) =>
  isStaff(actor) || (actor.role === Role.REGION_ADMIN && target.regionCodes.length === 1 && target.regionCodes[0] === regionOf(actor));

/** Editing and moving stages: the challenge's leads or staff. */
export const canSteerChallenge: Policy<InTeam> = (actor, t) => isStaff(actor) || isActiveLead(t.membership);

/** Deciding requests and inviting: the challenge's leads only (they answer for the team). */
export const canManageTeam: Policy<InTeam> = (_actor, t) => isActiveLead(t.membership);

/** Asking to join (or accepting an invitation) while the challenge works, when not in the team yet. */
export const canAskToJoin: Policy<InTeam> = (_actor, t) => isOpenToJoin(t.challenge.stage) && (t.membership === null || t.membership.status === MemberStatus.INVITED);

/** Leaving (or withdrawing a request, declining an invitation): one's own row only. */
export const canLeaveChallenge: Policy<InTeam> = (_actor, t) => t.membership !== null;

/** Who sees requests and invitations not yet answered. */
export const canSeePendingTeam: Policy<InTeam> = (actor, t) => isStaff(actor) || isActiveLead(t.membership);

/** Mentors are facilitators (Sumedang mentors, ministry staff): not a role others may take. */
export const mayTakeRole = (person: Pick<User, 'role'>, role: ChallengeRole): boolean => role !== ChallengeRole.MENTOR || person.role === Role.FACILITATOR;
