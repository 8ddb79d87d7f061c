import { graphql } from '../../gql';

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      browser
      system
      ip
      createdAt
      lastSeenAt
      current
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($id: String!) {
    endSession(id: $id)
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const PasswordResetQuery = graphql(`
  query PasswordReset($token: String!) {
    passwordReset(token: $token) {
      name
      username
      expiresAt
      issuedBy
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
        name
        role
      }
    }
  }
`);
