import { graphql } from '../../gql';

/** What the screen shows of an assessment; the scores are the server's, read again after every save. */
export const AssessmentScreenFields = graphql(`
  fragment AssessmentScreenFields on Assessment {
    id
    year
    index
    provisionalIndex
    predicate
    completeness
    levelCount
    indicatorCount
    updatedAt
    levels {
      indicator
      level
    }
    domainScores {
      domain {
        id
        number
      }
      score
      provisionalScore
      completeness
    }
    aspectScores {
      aspect {
        id
        number
      }
      score
      provisionalScore
      completeness
    }
  }
`);

export const AssessmentScreenQuery = graphql(`
  query AssessmentScreen($code: String!, $frameworkCode: String!) {
    region(code: $code) {
      code
      name
      viewerCanRecordAssessment
      assessments(frameworkCode: $frameworkCode) {
        ...AssessmentScreenFields
      }
    }
    spbeFramework(code: $frameworkCode) {
      id
      code
      title
      minLevel
      maxLevel
      levels {
        level
        name
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
    }
  }
`);

export const RecordAssessmentMutation = graphql(`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      ...AssessmentScreenFields
      region {
        code
      }
    }
  }
`);

export const IndicatorLeadersQuery = graphql(`
  query IndicatorLeaders($frameworkCode: String!, $indicator: Int!, $above: Int!, $exceptRegion: String) {
    indicatorLeaders(frameworkCode: $frameworkCode, indicator: $indicator, above: $above, exceptRegion: $exceptRegion, first: 5) {
      level
      year
      region {
        code
        name
      }
      contact {
        id
        name
        username
      }
    }
  }
`);
