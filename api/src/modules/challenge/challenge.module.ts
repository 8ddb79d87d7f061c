import type { ModuleManifest } from '../../core/module.js';
import { CHALLENGE_LIMITS, REPLICATION_LIMITS, SOLUTION_LIMITS } from './challenge.limits.js';
import { challengeMessages } from './challenge.messages.js';
import * as policies from './challenge.policy.js';
import { Challenge, ChallengeTransition } from './challenges/challenge.entity.js';
import { ChallengeMember } from './team/member.entity.js';
import { Solution, SolutionEndorsement, SolutionRevision, SolutionSupport } from './solutions/solution.entity.js';
import { SolutionResult } from './solutions/result.entity.js';
import { Replication } from './replications/replication.entity.js';
import { ChallengeFollower } from './follow/follower.entity.js';
import { ChallengeResolver, RegionChallengesResolver } from './challenges/challenge.resolver.js';
import { ChallengeTransitionResolver } from './stages/stage.resolver.js';
import { ChallengeTeamResolver } from './team/team.resolver.js';
import { challengeLoaderFactory } from './challenges/challenge.loaders.js';
import { challengeMigrations } from './migrations/index.js';
import { solutionLoaderFactory } from './solutions/reads/solution.loaders.js';
import { ChallengeSolutionsResolver, SolutionEndorsementResolver, SolutionResolver, SolutionResultResolver, SolutionRevisionResolver } from './solutions/reads/solution.resolver.js';
import { SolutionMutationResolver } from './solutions/solution.resolver.js';
import { replicationLoaderFactory } from './replications/replication.loaders.js';
import { RegionReplicationsResolver, ReplicationResolver, SolutionReplicationsResolver } from './replications/replication.resolver.js';
import { ChallengeDiscussionResolver, SolutionDiscussionResolver, ThreadChallengeResolver } from './discussion/discussion.resolver.js';
import { discussionLoaderFactory } from './discussion/discussion.loaders.js';
import { ChallengeFollowResolver } from './follow/follow.resolver.js';
import { followLoaderFactory } from './follow/follow.loaders.js';
import { ChallengeLiveResolver } from './live/challenge.live.resolver.js';
import { challengeEventsAudience } from './live/challenge.audience.js';

/** Living-lab challenges: a problem, its owning regions and indicators, its stages and its team. */
export const challengeModule: ModuleManifest = {
  name: 'challenge',
  limits: { ...CHALLENGE_LIMITS, ...SOLUTION_LIMITS, ...REPLICATION_LIMITS },
  migrations: challengeMigrations,
  entities: [Challenge, ChallengeTransition, ChallengeMember, Solution, SolutionRevision, SolutionSupport, SolutionEndorsement, SolutionResult, Replication, ChallengeFollower],
  resolvers: [ChallengeResolver, RegionChallengesResolver, ChallengeTransitionResolver, ChallengeTeamResolver,
    SolutionResolver, ChallengeSolutionsResolver, SolutionEndorsementResolver, SolutionRevisionResolver, SolutionResultResolver, SolutionMutationResolver,
    ReplicationResolver, SolutionReplicationsResolver, RegionReplicationsResolver,
    ChallengeDiscussionResolver, SolutionDiscussionResolver, ThreadChallengeResolver, ChallengeFollowResolver, ChallengeLiveResolver],
  loaders: {
    challenge: challengeLoaderFactory, solution: solutionLoaderFactory, replication: replicationLoaderFactory,
    challengeDiscussion: discussionLoaderFactory, challengeFollow: followLoaderFactory,
  },
  audiences: { challengeEvents: challengeEventsAudience },
  policies: {
    canOpenChallenge: policies.canOpenChallenge,
    canSteerChallenge: policies.canSteerChallenge,
    canManageTeam: policies.canManageTeam,
    canAskToJoin: policies.canAskToJoin,
    canLeaveChallenge: policies.canLeaveChallenge,
    canSeePendingTeam: policies.canSeePendingTeam,
    canReadChallenge: policies.canReadChallenge,
    canFollowChallenge: policies.canFollowChallenge,
    canProposeSolution: policies.canProposeSolution,
    canEditSolution: policies.canEditSolution,
    canSupportSolution: policies.canSupportSolution,
    canEndorseSolution: policies.canEndorseSolution,
    canWithdrawEndorsement: policies.canWithdrawEndorsement,
    canDecideSolution: policies.canDecideSolution,
    canRecordResult: policies.canRecordResult,
    canReplicateSolution: policies.canReplicateSolution,
    canUpdateReplication: policies.canUpdateReplication,
  },
  messages: challengeMessages,
};
