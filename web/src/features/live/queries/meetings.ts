import { graphql } from '../../../gql';

export const MeetingSessionFragment = graphql(`
  fragment MeetingSession on LiveSession {
    id
    code
    title
    state
    allowGuests
    allowAnonymous
    preModeration
    joinPath
    createdAt
    closedAt
  }
`);

export const MeetingsQuery = graphql(`
  query Meetings($upcoming: Boolean!) {
    meetings(upcoming: $upcoming) {
      id
      title
      startsAt
      endsAt
      organiser
      sessions {
        id
        code
        state
      }
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      description
      startsAt
      endsAt
      organiser
      cohortSlug
      regionCodes
      createdAt
      agenda {
        title
        startsAt
      }
      sessions {
        ...MeetingSession
      }
    }
  }
`);

export const MeetingCohortsQuery = graphql(`
  query MeetingCohorts {
    cohorts {
      slug
      name
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      title
    }
  }
`);

export const OpenLiveSessionMutation = graphql(`
  mutation OpenLiveSession($input: OpenLiveSessionInput!) {
    openLiveSession(input: $input) {
      ...MeetingSession
    }
  }
`);

export const SetLiveSessionStateMutation = graphql(`
  mutation SetLiveSessionState($sessionId: ID!, $state: LiveSessionState!) {
    setLiveSessionState(sessionId: $sessionId, state: $state) {
      id
      state
      closedAt
    }
  }
`);

export const LiveSessionExportQuery = graphql(`
  query LiveSessionExport($sessionId: ID!, $format: ExportFormat!) {
    liveSessionExport(sessionId: $sessionId, format: $format)
  }
`);

export const ConvertQuestionsMutation = graphql(`
  mutation ConvertQuestionsToThreads($sessionId: ID!, $categoryId: ID!) {
    convertQuestionsToThreads(sessionId: $sessionId, categoryId: $categoryId)
  }
`);

export const LinkHallScreenMutation = graphql(`
  mutation LinkHallScreen($sessionId: ID!) {
    linkHallScreen(sessionId: $sessionId) {
      path
    }
  }
`);
