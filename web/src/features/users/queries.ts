import { graphql } from '../../gql';

export const MemberProfileQuery = graphql(`
  query MemberProfile($username: String!) {
    user(username: $username) {
      id
      name
      username
      role
      organisation
      createdAt
      region {
        code
        name
      }
    }
    threads(first: 20, authorUsername: $username, sort: NEWEST) {
      totalCount
      edges {
        node {
          ...ThreadRow
        }
      }
    }
  }
`);
