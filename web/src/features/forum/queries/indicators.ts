import { graphql } from '../../../gql';

/** The indicators of one framework, by number; one small read that the cache keeps (frameworks never change). */
export const ForumIndicatorsQuery = graphql(`
  query ForumIndicators($code: String!) {
    spbeFramework(code: $code) {
      id
      code
      indicators {
        id
        number
        name
      }
    }
  }
`);
