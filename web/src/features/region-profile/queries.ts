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
      viewerCanRecordAssessment
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

/** Studi tiru in this region: the challenges it opened (solutions shared and copied here come with replications). */
export const RegionStudiTiruQuery = graphql(`
  query RegionStudiTiru($code: String!) {
    region(code: $code) {
      code
      challengesOpened
      solutionsShared
      solutionsReplicatedHere
      solutions(first: 10) {
        id
        title
        status
        replicationCount
        challenge {
          id
        }
      }
      replications(first: 10) {
        id
        status
        solution {
          id
          title
          region {
            code
            name
          }
          challenge {
            id
          }
        }
      }
      challenges(first: 10) {
        id
        title
        stage
        solutionCount
        teamCount
        lastActivityAt
      }
    }
  }
`);
