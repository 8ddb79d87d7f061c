import { graphql } from '../../../gql';

export const ForumCategoriesQuery = graphql(`
  query ForumCategories {
    categories {
      id
      slug
      name
      description
      color
      position
      threadCount
    }
  }
`);

export const ForumThreadsQuery = graphql(`
  query ForumThreads(
    $first: Int!
    $after: String
    $categoryId: ID
    $regionCode: String
    $indicator: Int
    $tag: String
    $type: ThreadType
    $unanswered: Boolean
    $sort: ThreadSort!
  ) {
    threads(
      first: $first
      after: $after
      categoryId: $categoryId
      regionCode: $regionCode
      indicator: $indicator
      tag: $tag
      type: $type
      unanswered: $unanswered
      sort: $sort
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ThreadRow
        }
      }
    }
  }
`);

export const ForumFeedEventsSubscription = graphql(`
  subscription ForumFeedEvents($categoryId: ID) {
    feedEvents(categoryId: $categoryId) {
      kind
      threadId
      categoryId
      thread {
        ...ThreadRow
      }
    }
  }
`);

export const CreateThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      ...ThreadRow
    }
  }
`);

/** The signed-in user's read state of a thread, when it changes anywhere (another tab, device, a post). */
export const MyReadStatesSubscription = graphql(`
  subscription MyReadStates {
    myReadStates {
      id
      readState {
        ...ReadState
      }
    }
  }
`);
