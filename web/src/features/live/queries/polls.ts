import { graphql } from '../../../gql';

export const CreatePollMutation = graphql(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      ...LivePoll
    }
  }
`);

export const SetPollStateMutation = graphql(`
  mutation SetPollState($pollId: ID!, $state: PollState!) {
    setPollState(pollId: $pollId, state: $state) {
      ...LivePoll
    }
  }
`);

export const VotePollMutation = graphql(`
  mutation VotePoll($input: VotePollInput!) {
    votePoll(input: $input) {
      ...LivePoll
    }
  }
`);
