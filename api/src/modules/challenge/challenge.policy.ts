import type { Policy } from '../../core/auth/policy.js';
import { Role, isStaff, regionOf, type User } from '../user/index.js';
import type { Challenge } from './challenges/challenge.entity.js';
import { ChallengeRole, MemberStatus, type ChallengeMember } from './team/member.entity.js';
import { FINAL_STAGES, isOpenToJoin, type ChallengeStage } from './stages/challenge.stages.js';
import type { Solution } from './solutions/solution.entity.js';

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

// Solutions. A closed or archived challenge is a record: its solutions no longer change, so
// every solution rule below also asks that the challenge still works.

/** A solution in its challenge, with the actor's row in that challenge's team. */
export interface SolutionInTeam extends InTeam {
  solution: Solution;
}

/** What an endorsement decision looks at: the solution and the region endorsing (or withdrawing). */
export interface SolutionForRegion {
  challenge: Challenge;
  regionCode: string;
}

export const solutionsOpen = (stage: ChallengeStage): boolean => !FINAL_STAGES.includes(stage);

const isActiveMember = (m: ChallengeMember | null) => m?.status === MemberStatus.ACTIVE;

/** Proposing: anyone signed in, from any region, while the challenge works. */
export const canProposeSolution: Policy<InTeam> = (_actor, t) => solutionsOpen(t.challenge.stage);

/** Editing: the solution's author only (their words, with the history kept). */
export const canEditSolution: Policy<SolutionInTeam> = (actor, t) => solutionsOpen(t.challenge.stage) && t.solution.author.id === actor.id;

/** Supporting: anyone signed in, once each (the table's key); the author too. */
export const canSupportSolution: Policy<SolutionInTeam> = (_actor, t) => solutionsOpen(t.challenge.stage);

/** Endorsing speaks for a region: only that region's admin, for their own region. */
export const canEndorseSolution: Policy<SolutionForRegion> = (actor, t) =>
  solutionsOpen(t.challenge.stage) && actor.role === Role.REGION_ADMIN && regionOf(actor) === t.regionCode;

/** Withdrawing: an admin of the endorsing region, or staff (moderation). */
export const canWithdrawEndorsement: Policy<SolutionForRegion> = (actor, t) =>
  solutionsOpen(t.challenge.stage) && (isStaff(actor) || (actor.role === Role.REGION_ADMIN && regionOf(actor) === t.regionCode));

/** Selecting or declining, and planning the trial: the challenge's leads or staff. */
export const canDecideSolution: Policy<SolutionInTeam> = (actor, t) => solutionsOpen(t.challenge.stage) && canSteerChallenge(actor, t);

/** Recording results: anyone active in the team (leads, members, mentors) or staff. */
export const canRecordResult: Policy<SolutionInTeam> = (actor, t) => solutionsOpen(t.challenge.stage) && (isStaff(actor) || isActiveMember(t.membership));

// Replications (studi tiru) are a region's own work: it decides to copy and reports how it went.

/** The region a replication is (or would be) in. */
export interface ReplicatingRegion {
  regionCode: string;
}

const speaksForRegion = (actor: User, regionCode: string) => isStaff(actor) || (actor.role === Role.REGION_ADMIN && regionOf(actor) === regionCode);

/** Replicating: a region admin into their own region, or staff naming the region. */
export const canReplicateSolution: Policy<ReplicatingRegion> = (actor, t) => speaksForRegion(actor, t.regionCode);

/** Reporting on a replication (status, dates, adaptation, outcome): the replicating region's admins or staff. */
export const canUpdateReplication: Policy<ReplicatingRegion> = (actor, t) => speaksForRegion(actor, t.regionCode);
/**
 * Reading a challenge and its live events: challenges are public to every signed-in member
 * (the pending part of a team is guarded on its own, by canSeePendingTeam).
 */
export const canReadChallenge: Policy<Challenge> = () => true;

/** Following: anyone who may read a challenge may follow it, in any stage (closed ones still get replicated). */
export const canFollowChallenge: Policy<Challenge> = (actor, challenge) => canReadChallenge(actor, challenge);
