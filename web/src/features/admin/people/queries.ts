import { graphql } from '../../../gql';

export const PeopleQuery = graphql(`
  query People($search: String) {
    people(search: $search) {
      id
      name
      username
      email
      role
      organisation
      deactivatedAt
      region {
        code
        name
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      deactivatedAt
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      deactivatedAt
    }
  }
`);

export const IssuePasswordResetMutation = graphql(`
  mutation IssuePasswordReset($userId: ID!) {
    issuePasswordReset(userId: $userId) {
      token
      path
      expiresAt
      user {
        id
      }
    }
  }
`);
