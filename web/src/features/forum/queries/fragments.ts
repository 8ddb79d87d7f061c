import { graphql } from '../../../gql';

/** Shared selections: the cache keeps one Thread and one Post per id, filled from all of them. */
export const ReadStateFragment = graphql(`
  fragment ReadState on ThreadReadState {
    level
    lastReadPostNumber
    unreadCount
    firstUnreadPostNumber
  }
`);

/** What a feed row shows; also what feed events carry, so filters can be checked on the client. */
export const ThreadRowFragment = graphql(`
  fragment ThreadRow on Thread {
    id
    type
    title
    tags
    indicatorNumbers
    isPinned
    isLocked
    isAnswered
    replyCount
    lastPostNumber
    lastPostAt
    createdAt
    category {
      id
      name
      color
    }
    author {
      id
      name
      username
    }
    regions {
      code
      name
    }
    readState {
      ...ReadState
    }
  }
`);

export const ThreadHeaderFragment = graphql(`
  fragment ThreadHeader on Thread {
    ...ThreadRow
    isDeleted
    acceptedAnswer {
      id
      number
      excerpt
      author {
        id
        name
        username
      }
    }
    viewerCanEdit
    viewerCanModerate
    viewerCanAcceptAnswer
  }
`);

export const PostFieldsFragment = graphql(`
  fragment PostFields on Post {
    id
    number
    createdAt
    editedAt
    body
    bodyMarkdown
    excerpt
    isDeleted
    isHidden
    hiddenReason
    revisionCount
    isAcceptedAnswer
    viewerCanEdit
    viewerCanDelete
    viewerCanFlag
    author {
      id
      name
      username
      region {
        code
        name
      }
    }
    replyTo {
      id
      number
      excerpt
      isDeleted
      author {
        id
        name
        username
      }
    }
    reactions {
      emoji
      count
      reactedByMe
      users {
        id
        name
        username
      }
    }
  }
`);
