import { graphql } from '../../../gql';

export const InvitesQuery = graphql(`
  query Invites {
    invites {
      id
      role
      organisation
      email
      createdAt
      expiresAt
      region {
        code
        name
      }
    }
  }
`);

export const CreateInviteMutation = graphql(`
  mutation CreateInvite($input: CreateInviteInput!) {
    createInvite(input: $input) {
      token
      path
      invite {
        id
        role
        organisation
        email
        createdAt
        expiresAt
        region {
          code
          name
        }
      }
    }
  }
`);
