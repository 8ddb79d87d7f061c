import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      username
      role
      organisation
      email
      region {
        code
        name
      }
    }
  }
`);

export const ServerInfoQuery = graphql(`
  query ServerInfo {
    serverInfo {
      demoData
      environment
      version
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
