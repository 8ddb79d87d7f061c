import { ChallengeStage } from '../stages/challenge.stages.js';
import { SolutionStatus } from '../solutions/solution.entity.js';
import { ReplicationStatus } from './replication.entity.js';

/** A status change a replication may make; giving up must say why. */
export interface ReplicationMove {
  to: ReplicationStatus;
  needsReason: boolean;
}

const R = ReplicationStatus;
const step = (to: ReplicationStatus): ReplicationMove => ({ to, needsReason: false });
const abandon: ReplicationMove = { to: R.ABANDONED, needsReason: true };

/**
 * THE table of replication statuses: planned, then under way, then done; a region may give up
 * at any point, even after it was done (it stopped using the solution), and an abandoned
 * replication stays abandoned: starting again is a decision the record should show, and a
 * region replicates a lineage once.
 */
export const REPLICATION_MOVES: Readonly<Record<ReplicationStatus, readonly ReplicationMove[]>> = {
  [R.PLANNED]: [step(R.IN_PROGRESS), abandon],
  [R.IN_PROGRESS]: [step(R.DONE), abandon],
  [R.DONE]: [abandon],
  [R.ABANDONED]: [],
};

/** The move from one status to another, or null when the table has none. */
export const replicationMove = (from: ReplicationStatus, to: ReplicationStatus): ReplicationMove | null => REPLICATION_MOVES[from].find((m) => m.to === to) ?? null;

/**
 * The stages in which a selected solution counts as proven: its trial has been evaluated. Before
 * that it is still an experiment; an archived challenge was given up, and nothing of it is copied.
 */
export const REPLICABLE_STAGES: readonly ChallengeStage[] = [ChallengeStage.EVALUATION, ChallengeStage.REPLICATION, ChallengeStage.CLOSED];

/** Studi tiru copies what worked: a solution the team selected, once its trial is evaluated. */
export const isReplicable = (solution: SolutionStatus, stage: ChallengeStage): boolean => solution === SolutionStatus.SELECTED && REPLICABLE_STAGES.includes(stage);
