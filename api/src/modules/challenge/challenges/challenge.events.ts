/** What changed on a challenge; subscribers (a later slice) load what they may see by id. */
export type ChallengeEventKind = 'OPENED' | 'UPDATED' | 'STAGE_MOVED' | 'TEAM_CHANGED';

export interface ChallengeEventMessage {
  kind: ChallengeEventKind;
  challengeId: number;
  /** The person whose team row changed, for TEAM_CHANGED. */
  userId?: number;
}

declare module '../../../core/events/bus.js' {
  interface Events {
    CHALLENGE_EVENT: [challengeId: string, payload: ChallengeEventMessage];
  }
}
