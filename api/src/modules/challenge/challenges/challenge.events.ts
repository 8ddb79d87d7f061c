/** What changed on a challenge; subscribers load what they may see by id. */
export type ChallengeEventKind =
  | 'OPENED'
  | 'UPDATED'
  | 'STAGE_MOVED'
  | 'TEAM_CHANGED'
  | 'SOLUTION_PROPOSED'
  | 'SOLUTION_UPDATED'
  | 'SUPPORT_CHANGED'
  | 'ENDORSED'
  | 'ENDORSEMENT_WITHDRAWN'
  | 'SOLUTION_DECIDED'
  | 'RESULT_RECORDED'
  | 'REPLICATED'
  | 'REPLICATION_UPDATED';

export interface ChallengeEventMessage {
  kind: ChallengeEventKind;
  challengeId: number;
  /** The person whose team row changed, for TEAM_CHANGED. */
  userId?: number;
  /** The solution concerned, for the SOLUTION_*, SUPPORT_CHANGED, ENDORSE* and RESULT_RECORDED kinds. */
  solutionId?: number;
  /** The replication concerned, for REPLICATED and REPLICATION_UPDATED (with the solution at its root as solutionId). */
  replicationId?: number;
}

declare module '../../../core/events/bus.js' {
  interface Events {
    CHALLENGE_EVENT: [challengeId: string, payload: ChallengeEventMessage];
  }
}
