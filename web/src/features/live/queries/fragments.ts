import { graphql } from '../../../gql';

/**
 * Shared selections. Every live page reads the same question and poll fields, and live events
 * carry them too, so an event updates each page through the cache without a refetch.
 */
export const LiveQuestionFragment = graphql(`
  fragment LiveQuestion on Question {
    id
    anonymous
    text
    status
    voteCount
    pinnedAt
    answerText
    answeredAt
    createdAt
    askedBy {
      name
      regionName
      isGuest
    }
    votedByMe
    askedByMe
    isHighlighted
    isPinned
    isAnswered
    freshGuestVoteCount
  }
`);

export const LivePollFragment = graphql(`
  fragment LivePoll on Poll {
    id
    title
    kind
    options {
      id
      label
    }
    maxChoices
    state
    hideResultsUntilClosed
    createdAt
    results {
      optionId
      label
      count
    }
    words {
      word
      count
    }
    wordReview {
      word
      status
      count
    }
    totalVotes
    myChoices
  }
`);

/**
 * A session with everything its pages show. `questions` is always read with these arguments
 * (see QUESTIONS_ARGS in live/cache.ts): pages sort and filter on the client.
 */
export const LiveSessionFieldsFragment = graphql(`
  fragment LiveSessionFields on LiveSession {
    id
    code
    title
    state
    allowGuests
    allowAnonymous
    preModeration
    reviewWords
    blockedWords
    createdAt
    closedAt
    joinPath
    participantCount
    viewerIsModerator
    codeIsGuessable
    meeting {
      id
      title
    }
    highlightedQuestion {
      ...LiveQuestion
    }
    questions(includeAnswered: true, sort: RECENT) {
      ...LiveQuestion
    }
    polls {
      ...LivePoll
    }
  }
`);

/** Small pieces the cache writes when events or optimistic updates arrive. */
export const LiveVoteCountFragment = graphql(`
  fragment LiveVoteCount on Question {
    id
    voteCount
  }
`);

export const LiveMyVoteFragment = graphql(`
  fragment LiveMyVote on Question {
    id
    voteCount
    votedByMe
  }
`);

export const LiveHighlightFlagFragment = graphql(`
  fragment LiveHighlightFlag on Question {
    id
    isHighlighted
  }
`);

export const LivePresenceFragment = graphql(`
  fragment LivePresence on LiveSession {
    id
    participantCount
  }
`);
