import type { Cache, UpdateResolver } from '@urql/exchange-graphcache';
import type {
  DecideJoinRequestMutationVariables,
  InviteToChallengeMutationVariables,
  ProposeSolutionMutationVariables,
  RecordResultMutationVariables,
  RequestToJoinChallengeMutationVariables,
  ToggleSolutionSupportMutationVariables,
} from '../../gql/graphql';
import type { CacheConfig } from '../../lib/cache/cacheConfig';
import { embedded } from '../../lib/cache/embedded';
import { invalidateQueryFields } from '../../lib/cache/invalidate';
import { SolutionSupportFields } from './queries/solution';

const challenge = (id: string) => ({ __typename: 'Challenge' as const, id });

/** The team's fields are read again after a change to it: who is in, who asked, and the viewer's own place. */
function teamChanged(cache: Cache, challengeId: string): void {
  for (const field of ['team', 'teamCount', 'myMembership', 'myPendingMembers', 'lastActivityAt']) cache.invalidate(challenge(challengeId), field);
  invalidateQueryFields(cache, ['challenges']);
}

const updates: Record<string, UpdateResolver> = {
  openChallenge: (_r, _a, cache) => invalidateQueryFields(cache, ['challenges']),
  // The list sorts on activity and filters on stage: it is read again.
  moveChallengeStage: (_r, _a, cache) => invalidateQueryFields(cache, ['challenges']),
  requestToJoinChallenge: (_r, args, cache) => teamChanged(cache, String((args as RequestToJoinChallengeMutationVariables).input.challengeId)),
  decideJoinRequest: (_r, args, cache) => teamChanged(cache, String((args as DecideJoinRequestMutationVariables).input.challengeId)),
  inviteToChallenge: (_r, args, cache) => teamChanged(cache, String((args as InviteToChallengeMutationVariables).input.challengeId)),
  leaveChallenge: (_r, args, cache) => teamChanged(cache, String((args as { challengeId: string }).challengeId)),
  proposeSolution: (_r, args, cache) => {
    const id = String((args as ProposeSolutionMutationVariables).input.challengeId);
    cache.invalidate(challenge(id), 'solutions');
    cache.invalidate(challenge(id), 'solutionCount');
    invalidateQueryFields(cache, ['challenges']);
  },
  replicateSolution: (_r, _a, cache) => invalidateQueryFields(cache, ['challenges']),
  recordResult: (_r, args, cache) => cache.invalidate({ __typename: 'Solution', id: String((args as RecordResultMutationVariables).input.solutionId) }, 'results'),
};

/** Challenges, members, solutions and their results are keyed by id; value objects live inside them. */
export const challengesCache: CacheConfig = {
  keys: {
    ChallengeConnection: embedded,
    ChallengeEdge: embedded,
    ChallengeIndicator: embedded,
    StageDeadline: embedded,
    SolutionLink: embedded,
    SolutionLineage: embedded,
    IndicatorLevels: embedded,
    LineageIndicator: embedded,
    ChallengeEvent: embedded,
  },
  updates: { Mutation: updates },
  optimistic: {
    /** A support shows at once; the server's count replaces it when the answer comes. */
    toggleSolutionSupport: (args, cache) => {
      const id = String((args as ToggleSolutionSupportMutationVariables).solutionId);
      const s = cache.readFragment(SolutionSupportFields, { __typename: 'Solution', id });
      if (!s) return null;
      return { __typename: 'Solution', id, supportCount: Math.max(0, s.supportCount + (s.supportedByMe ? -1 : 1)), supportedByMe: !s.supportedByMe };
    },
  },
};
