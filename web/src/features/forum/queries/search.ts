import { graphql } from '../../../gql';

export const ForumSearchQuery = graphql(`
  query ForumSearch(
    $query: String!
    $first: Int!
    $after: String
    $categoryId: ID
    $regionCode: String
    $indicator: Int
    $tag: String
    $type: ThreadType
    $unanswered: Boolean
  ) {
    search(
      query: $query
      first: $first
      after: $after
      categoryId: $categoryId
      regionCode: $regionCode
      indicator: $indicator
      tag: $tag
      type: $type
      unanswered: $unanswered
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          snippet
          rank
          thread {
            id
            title
            type
            isAnswered
            category {
              id
              name
              color
            }
          }
          post {
            id
            number
            createdAt
            author {
              id
              name
            }
          }
        }
      }
    }
  }
`);
