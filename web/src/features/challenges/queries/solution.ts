import { graphql } from '../../../gql';

export const SolutionQuery = graphql(`
  query Solution($id: ID!) {
    solution(id: $id) {
      ...SolutionCardFields
      descriptionMarkdown
      updatedAt
      challenge {
        id
        title
        stage
        regions {
          code
          name
        }
        myMembership {
          id
          role
          status
        }
      }
      viewerCanReplicate
      lineage {
        ...SolutionLineageFields
      }
      replications {
        id
      }
      revisions {
        id
        title
        descriptionMarkdown
        createdAt
        editor {
          id
          name
        }
      }
    }
  }
`);

export const ProposeSolutionMutation = graphql(`
  mutation ProposeSolution($input: ProposeSolutionInput!) {
    proposeSolution(input: $input) {
      ...SolutionCardFields
    }
  }
`);

export const UpdateSolutionMutation = graphql(`
  mutation UpdateSolution($input: UpdateSolutionInput!) {
    updateSolution(input: $input) {
      ...SolutionCardFields
      descriptionMarkdown
    }
  }
`);

export const ToggleSolutionSupportMutation = graphql(`
  mutation ToggleSolutionSupport($solutionId: ID!) {
    toggleSolutionSupport(solutionId: $solutionId) {
      id
      supportCount
      supportedByMe
    }
  }
`);

export const SolutionSupportFields = graphql(`
  fragment SolutionSupportFields on Solution {
    id
    supportCount
    supportedByMe
  }
`);

export const EndorseSolutionMutation = graphql(`
  mutation EndorseSolution($input: EndorseSolutionInput!) {
    endorseSolution(input: $input) {
      ...SolutionCardFields
    }
  }
`);

export const WithdrawEndorsementMutation = graphql(`
  mutation WithdrawEndorsement($input: WithdrawEndorsementInput!) {
    withdrawEndorsement(input: $input) {
      ...SolutionCardFields
    }
  }
`);

export const DecideSolutionMutation = graphql(`
  mutation DecideSolution($input: DecideSolutionInput!) {
    decideSolution(input: $input) {
      ...SolutionCardFields
      # Selection reorders the challenge's list (selected first): the answer carries the new order,
      # so the page never waits on a cache miss.
      challenge {
        id
        solutions {
          ...SolutionCardFields
        }
      }
    }
  }
`);

export const RecordResultMutation = graphql(`
  mutation RecordResult($input: RecordResultInput!) {
    recordResult(input: $input) {
      ...SolutionResultFields
      solution {
        id
        results {
          ...SolutionResultFields
        }
      }
    }
  }
`);

export const ReplicationFields = graphql(`
  fragment ReplicationFields on Replication {
    id
    status
    statusReason
    startsOn
    endsOn
    adaptationHtml
    adaptationMarkdown
    outcome
    createdAt
    viewerCanUpdate
    region {
      code
      name
    }
    parent {
      id
      region {
        code
        name
      }
    }
  }
`);

export const SolutionLineageFields = graphql(`
  fragment SolutionLineageFields on SolutionLineage {
    replicatingRegions
    done
    indicators {
      frameworkCode
      number
      name
      averageChange
      measured
    }
    nodes {
      id
      parentId
      depth
      region {
        code
        name
      }
      replication {
        ...ReplicationFields
      }
      levels {
        frameworkCode
        number
        name
        before
        beforeYear
        after
        afterYear
        change
      }
    }
  }
`);

export const ReplicateSolutionMutation = graphql(`
  mutation ReplicateSolution($input: ReplicateSolutionInput!) {
    replicateSolution(input: $input) {
      ...ReplicationFields
      solution {
        id
        replicationCount
        viewerCanReplicate
        lineage {
          ...SolutionLineageFields
        }
      }
    }
  }
`);

export const UpdateReplicationMutation = graphql(`
  mutation UpdateReplication($input: UpdateReplicationInput!) {
    updateReplication(input: $input) {
      ...ReplicationFields
      solution {
        id
        replicationCount
        lineage {
          ...SolutionLineageFields
        }
      }
    }
  }
`);

/** Each solution's lineage, for the challenge report. */
export const ChallengeLineagesQuery = graphql(`
  query ChallengeLineages($id: ID!) {
    challenge(id: $id) {
      id
      solutions {
        id
        lineage {
          ...SolutionLineageFields
        }
      }
    }
  }
`);
