import { graphql } from '../../../gql';

export const LiveSessionGuestsQuery = graphql(`
  query LiveSessionGuests($sessionId: ID!) {
    liveSessionGuests(sessionId: $sessionId) {
      id
      name
      regionName
      joinedAt
      removedAt
      questionCount
      voteCount
    }
  }
`);

export const RemoveGuestMutation = graphql(`
  mutation RemoveGuest($participantId: ID!) {
    removeGuest(participantId: $participantId)
  }
`);
