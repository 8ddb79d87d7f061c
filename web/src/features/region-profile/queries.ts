import { graphql } from '../../gql';

export const RegionProfileQuery = graphql(`
  query RegionProfile($code: String!) {
    region(code: $code) {
      code
      name
      kind
      province {
        code
        name
      }
      latestAssessment {
        id
        year
        index
        predicate
      }
      assessments {
        id
        year
        index
        predicate
        completeness
        levelCount
        indicatorCount
        updatedAt
        domainScores {
          domain {
            id
            number
            name
          }
          score
          weightPercent
          completeness
        }
      }
    }
  }
`);

export const AssessmentRecordedSubscription = graphql(`
  subscription AssessmentRecorded($regionCode: String!) {
    assessmentRecorded(regionCode: $regionCode) {
      id
      year
      index
      predicate
      completeness
      levelCount
    }
  }
`);
