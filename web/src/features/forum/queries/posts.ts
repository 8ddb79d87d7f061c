import { graphql } from '../../../gql';

export const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
      thread {
        id
        replyCount
        lastPostNumber
        lastPostAt
        readState {
          ...ReadState
        }
      }
    }
  }
`);

export const UpdatePostMutation = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...PostFields
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($postId: ID!) {
    deletePost(postId: $postId) {
      ...PostFields
    }
  }
`);

export const ModeratePostMutation = graphql(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      ...PostFields
    }
  }
`);

export const ToggleReactionMutation = graphql(`
  mutation ToggleReaction($input: ToggleReactionInput!) {
    toggleReaction(input: $input) {
      ...PostFields
    }
  }
`);

export const FlagPostMutation = graphql(`
  mutation FlagPost($postId: ID!, $reason: String!) {
    flagPost(postId: $postId, reason: $reason) {
      id
    }
  }
`);

export const MentionableUsersQuery = graphql(`
  query MentionableUsers($search: String!) {
    mentionableUsers(search: $search, first: 6) {
      id
      name
      username
      region {
        code
        name
      }
    }
  }
`);
