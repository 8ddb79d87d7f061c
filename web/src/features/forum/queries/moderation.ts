import { graphql } from '../../../gql';

export const ForumFlagsQuery = graphql(`
  query ForumFlags {
    flags {
      id
      reason
      createdAt
      user {
        id
        name
        username
      }
      post {
        id
        number
        excerpt
        isHidden
        isDeleted
        author {
          id
          name
          username
        }
        thread {
          id
          title
        }
      }
    }
  }
`);
