import { registerEnumType } from 'type-graphql';

/** The stages of a living-lab challenge, in the order a challenge goes through them. */
export enum ChallengeStage {
  EXPLORATION = 'EXPLORATION',
  CO_CREATION = 'CO_CREATION',
  EXPERIMENTATION = 'EXPERIMENTATION',
  EVALUATION = 'EVALUATION',
  REPLICATION = 'REPLICATION',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ChallengeStage, { name: 'ChallengeStage', description: 'Where a living-lab challenge is: five working stages, then closed or archived' });

/** The working stages, in order; CLOSED follows the last, ARCHIVED may end any of them. */
export const WORKING_STAGES = [
  ChallengeStage.EXPLORATION,
  ChallengeStage.CO_CREATION,
  ChallengeStage.EXPERIMENTATION,
  ChallengeStage.EVALUATION,
  ChallengeStage.REPLICATION,
] as const;

export const FINAL_STAGES: readonly ChallengeStage[] = [ChallengeStage.CLOSED, ChallengeStage.ARCHIVED];

/** A move a challenge may make; going back a stage undoes work, so it must say why. */
export interface StageMove {
  to: ChallengeStage;
  needsReason: boolean;
}

const S = ChallengeStage;
const forward = (to: ChallengeStage): StageMove => ({ to, needsReason: false });
const back = (to: ChallengeStage): StageMove => ({ to, needsReason: true });
const archive: StageMove = { to: S.ARCHIVED, needsReason: false };

/** THE table of stage moves: nothing else decides whether a challenge may move. */
export const STAGE_MOVES: Readonly<Record<ChallengeStage, readonly StageMove[]>> = {
  [S.EXPLORATION]: [forward(S.CO_CREATION), archive],
  [S.CO_CREATION]: [forward(S.EXPERIMENTATION), back(S.EXPLORATION), archive],
  [S.EXPERIMENTATION]: [forward(S.EVALUATION), back(S.CO_CREATION), archive],
  [S.EVALUATION]: [forward(S.REPLICATION), back(S.EXPERIMENTATION), archive],
  [S.REPLICATION]: [forward(S.CLOSED), back(S.EVALUATION), archive],
  [S.CLOSED]: [],
  [S.ARCHIVED]: [],
};

/** The move from one stage to another, or null when the table has none. */
export const stageMove = (from: ChallengeStage, to: ChallengeStage): StageMove | null => STAGE_MOVES[from].find((m) => m.to === to) ?? null;

/** People may ask to join, and leads invite, while the challenge is still being worked on. */
export const isOpenToJoin = (stage: ChallengeStage): boolean => (WORKING_STAGES as readonly ChallengeStage[]).includes(stage);

/** Deadlines can be set for stages a challenge works in, not for how it ends. */
export const hasDeadline = isOpenToJoin;
