import { graphql } from '../../../gql';

export const LiveSessionQuery = graphql(`
  query LiveSession($code: String!) {
    liveSession(code: $code) {
      ...LiveSessionFields
    }
  }
`);

export const LiveSessionEventsSubscription = graphql(`
  subscription LiveSessionEvents($sessionId: ID!) {
    liveSessionEvents(sessionId: $sessionId) {
      kind
      sessionId
      question {
        ...LiveQuestion
      }
      votes {
        questionId
        voteCount
      }
      poll {
        ...LivePoll
      }
      participantCount
      highlightedQuestionId
    }
  }
`);

export const JoinLiveSessionMutation = graphql(`
  mutation JoinLiveSession($input: JoinLiveSessionInput!) {
    joinLiveSession(input: $input) {
      guestToken
      session {
        id
        code
        title
        state
      }
    }
  }
`);

export const LiveSessionPreviewQuery = graphql(`
  query LiveSessionPreview($code: String!) {
    liveSessionPreview(code: $code) {
      code
      title
      meetingTitle
      state
      allowGuests
    }
  }
`);
