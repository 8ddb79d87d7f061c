import { graphql } from '../../gql';

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      user {
        id
        name
        role
      }
    }
  }
`);

export const InvitePreviewQuery = graphql(`
  query InvitePreview($token: String!) {
    invite(token: $token) {
      id
      role
      organisation
      email
      expiresAt
      region {
        code
        name
      }
    }
  }
`);

export const AcceptInviteMutation = graphql(`
  mutation AcceptInvite($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      user {
        id
        name
        role
      }
    }
  }
`);
