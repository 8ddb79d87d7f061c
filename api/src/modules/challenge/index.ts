/** The challenge module's public surface: what other modules may use (architecture rule). */
export { challengeModule } from './challenge.module.js';
export { Challenge, ChallengeTransition } from './challenges/challenge.entity.js';
export { ChallengeMember, ChallengeRole, MemberStatus } from './team/member.entity.js';
export { ChallengeStage, STAGE_MOVES, isOpenToJoin } from './stages/challenge.stages.js';
export { Solution, SolutionEndorsement, SolutionSupport, SolutionStatus, BudgetRange, SolutionLinkKind } from './solutions/solution.entity.js';
export { SolutionResult } from './solutions/result.entity.js';
export { Replication, ReplicationStatus } from './replications/replication.entity.js';
