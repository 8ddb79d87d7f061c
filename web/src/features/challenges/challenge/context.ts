import type { ChallengeQuery } from '../../../gql/graphql';
import type { Actor } from '../../../lib/roles';
import { isStaff } from '../roles';

export type ChallengeData = NonNullable<ChallengeQuery['challenge']>;
export type SolutionData = ChallengeData['solutions'][number];

/** What the viewer may do on a challenge page, mirroring the API's policies (the server decides). */
export interface Viewer {
  actor: Actor | null | undefined;
  id: string | undefined;
  signedIn: boolean;
  staff: boolean;
  /** An active lead of this challenge. */
  lead: boolean;
  /** Active in the team (lead, member or mentor). */
  member: boolean;
  /** Leads and staff steer: stage moves, selecting solutions. */
  steer: boolean;
}

export function viewerOf(actor: (Actor & { id: string }) | null | undefined, challenge: { myMembership?: Pick<NonNullable<ChallengeData['myMembership']>, 'role' | 'status'> | null }): Viewer {
  const mine = challenge.myMembership;
  const member = mine?.status === 'ACTIVE';
  const lead = member && mine?.role === 'LEAD';
  const staff = isStaff(actor);
  return { actor, id: actor?.id, signedIn: !!actor, staff, lead, member, steer: lead || staff };
}

export const isFinal = (stage: ChallengeData['stage']): boolean => stage === 'CLOSED' || stage === 'ARCHIVED';
