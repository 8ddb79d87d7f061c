import { graphql } from '../../../gql';

export const ChallengePersonFields = graphql(`
  fragment ChallengePersonFields on User {
    id
    name
    username
    role
    region {
      code
      name
    }
  }
`);

export const ChallengeMemberFields = graphql(`
  fragment ChallengeMemberFields on ChallengeMember {
    id
    role
    status
    createdAt
    decidedAt
    user {
      ...ChallengePersonFields
    }
  }
`);

export const SolutionCardFields = graphql(`
  fragment SolutionCardFields on Solution {
    id
    title
    descriptionHtml
    status
    budgetRange
    needsTraining
    needsRegulation
    decisionReason
    trialStartsOn
    trialEndsOn
    trialPlan
    supportCount
    endorsementCount
    replicationCount
    supportedByMe
    createdAt
    editedAt
    author {
      id
      name
      username
    }
    region {
      code
      name
    }
    links {
      kind
      label
      url
    }
    indicators {
      frameworkCode
      number
      name
    }
    endorsements {
      id
      statement
      createdAt
      region {
        code
        name
      }
    }
    trialRegions {
      code
      name
    }
    results {
      ...SolutionResultFields
    }
    thread {
      id
      replyCount
    }
  }
`);

export const SolutionResultFields = graphql(`
  fragment SolutionResultFields on SolutionResult {
    id
    metric
    unit
    baseline
    target
    measured
    progress
    outcome
    recordedAt
    region {
      code
      name
    }
  }
`);

export const ChallengeTimelineFields = graphql(`
  fragment ChallengeTimelineFields on Challenge {
    id
    stage
    lastActivityAt
    openToJoin
    timeline {
      id
      fromStage
      toStage
      note
      at
      by {
        id
        name
      }
    }
  }
`);

export const ChallengeTeamFields = graphql(`
  fragment ChallengeTeamFields on Challenge {
    id
    teamCount
    team {
      ...ChallengeMemberFields
    }
    myMembership {
      ...ChallengeMemberFields
    }
    myPendingMembers {
      ...ChallengeMemberFields
    }
  }
`);

export const ChallengeQuery = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      problemMarkdown
      problemHtml
      tags
      createdAt
      cohort {
        slug
        name
      }
      regions {
        code
        name
        province {
          code
          name
        }
      }
      indicators {
        frameworkCode
        number
        name
      }
      deadlines {
        stage
        dueAt
      }
      createdBy {
        id
        name
      }
      solutionCount
      followerCount
      followedByMe
      thread {
        id
        title
        replyCount
        lastPostAt
      }
      solutions {
        ...SolutionCardFields
      }
      ...ChallengeTimelineFields
      ...ChallengeTeamFields
    }
  }
`);

/** The answer carries every field the edit can change, so the challenge page shows it at once. */
export const UpdateChallengeMutation = graphql(`
  mutation UpdateChallenge($input: UpdateChallengeInput!) {
    updateChallenge(input: $input) {
      id
      title
      problemMarkdown
      problemHtml
      tags
      lastActivityAt
      cohort {
        slug
        name
      }
      indicators {
        frameworkCode
        number
        name
      }
      deadlines {
        stage
        dueAt
      }
    }
  }
`);

export const MoveChallengeStageMutation = graphql(`
  mutation MoveChallengeStage($input: MoveChallengeStageInput!) {
    moveChallengeStage(input: $input) {
      ...ChallengeTimelineFields
    }
  }
`);

export const RequestToJoinChallengeMutation = graphql(`
  mutation RequestToJoinChallenge($input: RequestToJoinChallengeInput!) {
    requestToJoinChallenge(input: $input) {
      ...ChallengeMemberFields
    }
  }
`);

export const DecideJoinRequestMutation = graphql(`
  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {
    decideJoinRequest(input: $input) {
      ...ChallengeMemberFields
    }
  }
`);

export const InviteToChallengeMutation = graphql(`
  mutation InviteToChallenge($input: InviteToChallengeInput!) {
    inviteToChallenge(input: $input) {
      ...ChallengeMemberFields
    }
  }
`);

export const LeaveChallengeMutation = graphql(`
  mutation LeaveChallenge($challengeId: ID!) {
    leaveChallenge(challengeId: $challengeId) {
      ...ChallengeTeamFields
    }
  }
`);

export const ChallengePeopleSearchQuery = graphql(`
  query ChallengePeopleSearch($search: String!) {
    mentionableUsers(search: $search, first: 8) {
      ...ChallengePersonFields
    }
  }
`);
