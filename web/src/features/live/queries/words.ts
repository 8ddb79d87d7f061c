import { graphql } from '../../../gql';

export const ModerateWordMutation = graphql(`
  mutation ModerateWord($input: ModerateWordInput!) {
    moderateWord(input: $input) {
      ...LivePoll
    }
  }
`);

export const SetWordReviewMutation = graphql(`
  mutation SetWordReview($sessionId: ID!, $reviewWords: Boolean!) {
    setWordReview(sessionId: $sessionId, reviewWords: $reviewWords) {
      id
      reviewWords
    }
  }
`);

export const SetBlockedWordsMutation = graphql(`
  mutation SetBlockedWords($input: SetBlockedWordsInput!) {
    setBlockedWords(input: $input) {
      id
      blockedWords
    }
  }
`);
