import { graphql } from '../../gql';

export const FrameworkListQuery = graphql(`
  query FrameworkList {
    spbeFrameworks {
      id
      code
      title
      isDraft
    }
  }
`);

export const FrameworkDetailQuery = graphql(`
  query FrameworkDetail($code: String!) {
    spbeFramework(code: $code) {
      id
      code
      title
      isDraft
      minLevel
      maxLevel
      indicatorCount
      levels {
        level
        name
      }
      predicates {
        name
        minScore
      }
      domains {
        id
        number
        name
        weightPercent
        aspects {
          id
          number
          name
          weightPercent
          indicators {
            id
            number
            name
            weightPercent
          }
        }
      }
      aspects {
        id
        number
        name
        weightPercent
        indicators {
          id
          number
          name
          weightPercent
        }
      }
    }
  }
`);
