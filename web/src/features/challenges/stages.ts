import type { ChallengeStage } from '../../gql/graphql';

export const WORKING_STAGES: ChallengeStage[] = ['EXPLORATION', 'CO_CREATION', 'EXPERIMENTATION', 'EVALUATION', 'REPLICATION'];
export const ALL_STAGES: ChallengeStage[] = [...WORKING_STAGES, 'CLOSED', 'ARCHIVED'];

export interface StageMove {
  to: ChallengeStage;
  /** Moving back undoes work: the server asks why. */
  back: boolean;
}

/**
 * The server's stage table (api challenge.stages.ts), mirrored so only moves it allows are
 * offered; the server still decides.
 */
export function stageMoves(from: ChallengeStage): StageMove[] {
  const i = WORKING_STAGES.indexOf(from);
  if (i < 0) return [];
  const moves: StageMove[] = [{ to: WORKING_STAGES[i + 1] ?? 'CLOSED', back: false }];
  const previous = WORKING_STAGES[i - 1];
  if (previous) moves.push({ to: previous, back: true });
  moves.push({ to: 'ARCHIVED', back: false });
  return moves;
}

export const stageTone = (stage: ChallengeStage) =>
  (({ EXPLORATION: 'blue', CO_CREATION: 'violet', EXPERIMENTATION: 'amber', EVALUATION: 'lime', REPLICATION: 'teal', CLOSED: 'green', ARCHIVED: 'neutral' }) as const)[stage];
