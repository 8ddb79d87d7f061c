import { graphql } from '../../../gql';

export const ForumThreadQuery = graphql(`
  query ForumThread($id: ID!) {
    thread(id: $id) {
      ...ThreadHeader
    }
  }
`);

export const ForumPostsQuery = graphql(`
  query ForumPosts($id: ID!, $fromNumber: Int, $first: Int!) {
    thread(id: $id) {
      id
      lastPostNumber
      posts(fromNumber: $fromNumber, first: $first) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            ...PostFields
          }
        }
      }
    }
  }
`);

/** There is no post(id) query: a one-post page starting at its number gives its revisions. */
export const PostRevisionsQuery = graphql(`
  query PostRevisions($threadId: ID!, $number: Int!) {
    thread(id: $threadId) {
      id
      posts(fromNumber: $number, first: 1) {
        edges {
          node {
            id
            number
            revisions {
              id
              title
              bodyMarkdown
              createdAt
            }
          }
        }
      }
    }
  }
`);

export const ForumThreadEventsSubscription = graphql(`
  subscription ForumThreadEvents($threadId: ID!) {
    threadEvents(threadId: $threadId) {
      kind
      threadId
      thread {
        ...ThreadHeader
      }
      post {
        ...PostFields
      }
      viewers {
        id
        name
        username
      }
      typing {
        id
        name
        username
      }
    }
  }
`);

export const MarkThreadReadMutation = graphql(`
  mutation MarkThreadRead($threadId: ID!, $postNumber: Int) {
    markThreadRead(threadId: $threadId, postNumber: $postNumber) {
      id
      readState {
        ...ReadState
      }
    }
  }
`);

export const FollowThreadMutation = graphql(`
  mutation FollowThread($threadId: ID!, $level: NotificationLevel!) {
    followThread(threadId: $threadId, level: $level) {
      id
      readState {
        ...ReadState
      }
    }
  }
`);

export const UpdatePresenceMutation = graphql(`
  mutation UpdatePresence($threadId: ID!, $typing: Boolean!, $leaving: Boolean!) {
    updatePresence(threadId: $threadId, typing: $typing, leaving: $leaving)
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($threadId: ID!, $postId: ID) {
    acceptAnswer(threadId: $threadId, postId: $postId) {
      ...ThreadHeader
    }
  }
`);

export const ModerateThreadMutation = graphql(`
  mutation ModerateThread($input: ModerateThreadInput!) {
    moderateThread(input: $input) {
      ...ThreadHeader
    }
  }
`);

export const UpdateThreadMutation = graphql(`
  mutation UpdateThread($input: UpdateThreadInput!) {
    updateThread(input: $input) {
      ...ThreadHeader
    }
  }
`);
