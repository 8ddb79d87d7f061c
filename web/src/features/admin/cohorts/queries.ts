import { graphql } from '../../../gql';

export const AdminCohortsQuery = graphql(`
  query AdminCohorts {
    cohorts {
      slug
      name
      description
      memberCount
      members {
        code
        name
        province {
          code
          name
        }
      }
    }
  }
`);

export const CreateCohortMutation = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      slug
      name
      description
      memberCount
    }
  }
`);

export const AddCohortMembersMutation = graphql(`
  mutation AddCohortMembers($input: CohortMembersInput!) {
    addCohortMembers(input: $input) {
      slug
      memberCount
      members {
        code
        name
        province {
          code
          name
        }
      }
    }
  }
`);

export const RemoveCohortMembersMutation = graphql(`
  mutation RemoveCohortMembers($input: CohortMembersInput!) {
    removeCohortMembers(input: $input) {
      slug
      memberCount
      members {
        code
        name
        province {
          code
          name
        }
      }
    }
  }
`);
