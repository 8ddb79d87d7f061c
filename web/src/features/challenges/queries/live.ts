import { graphql } from '../../../gql';

/** What a challenge event carries lands in the cache: the challenge's stage and counts, the solution as it is now. */
export const ChallengeEventsSubscription = graphql(`
  subscription ChallengeEvents($challengeId: ID!) {
    challengeEvents(challengeId: $challengeId) {
      kind
      challengeId
      solutionId
      userId
      challenge {
        ...ChallengeTimelineFields
        solutionCount
        teamCount
      }
      solution {
        ...SolutionCardFields
      }
    }
  }
`);

export const FollowChallengeMutation = graphql(`
  mutation FollowChallenge($challengeId: ID!, $follow: Boolean!) {
    followChallenge(challengeId: $challengeId, follow: $follow) {
      id
      followerCount
      followedByMe
    }
  }
`);
