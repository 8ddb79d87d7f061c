import { graphql } from '../../../gql';

export const AskQuestionMutation = graphql(`
  mutation AskQuestion($sessionId: ID!, $text: String!, $anonymous: Boolean!) {
    askQuestion(sessionId: $sessionId, text: $text, anonymous: $anonymous) {
      ...LiveQuestion
    }
  }
`);

export const EditQuestionMutation = graphql(`
  mutation EditQuestion($questionId: ID!, $text: String!) {
    editQuestion(questionId: $questionId, text: $text) {
      ...LiveQuestion
    }
  }
`);

export const WithdrawQuestionMutation = graphql(`
  mutation WithdrawQuestion($questionId: ID!) {
    withdrawQuestion(questionId: $questionId) {
      ...LiveQuestion
    }
  }
`);

/** Only what the optimistic update writes (see live/cache.ts). */
export const ToggleQuestionVoteMutation = graphql(`
  mutation ToggleQuestionVote($questionId: ID!) {
    toggleQuestionVote(questionId: $questionId) {
      id
      voteCount
      votedByMe
    }
  }
`);

export const ModerateQuestionMutation = graphql(`
  mutation ModerateQuestion($input: ModerateQuestionInput!) {
    moderateQuestion(input: $input) {
      ...LiveQuestion
    }
  }
`);
