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
