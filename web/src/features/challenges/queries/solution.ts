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
