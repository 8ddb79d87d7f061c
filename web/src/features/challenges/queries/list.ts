import { graphql } from '../../../gql';

export const ChallengeCardFields = graphql(`
  fragment ChallengeCardFields on Challenge {
    id
    title
    stage
    lastActivityAt
    openToJoin
    teamCount
    solutionCount
    supportCount
    replicationCount
    regions {
      code
      name
    }
    indicators {
      frameworkCode
      number
      name
    }
    cohort {
      slug
      name
    }
  }
`);

export const ChallengesQuery = graphql(`
  query Challenges($first: Int!, $after: String, $stage: ChallengeStage, $indicator: IndicatorRefInput, $regionCode: String, $province: String, $cohort: String, $openToJoin: Boolean, $hasReplications: Boolean, $sort: ChallengeSort!) {
    challenges(first: $first, after: $after, stage: $stage, indicator: $indicator, regionCode: $regionCode, province: $province, cohort: $cohort, openToJoin: $openToJoin, hasReplications: $hasReplications, sort: $sort) {
      totalCount
      edges {
        cursor
        node {
          ...ChallengeCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the filters and the open form choose from: provinces, cohorts and the SPBE 2020 indicators. */
export const ChallengeChoicesQuery = graphql(`
  query ChallengeChoices {
    provinces {
      code
      name
    }
    cohorts {
      slug
      name
    }
    spbeFramework(code: "SPBE-2020") {
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

export const ChallengeRegionSearchQuery = graphql(`
  query ChallengeRegionSearch($search: String!) {
    regions(search: $search, first: 8) {
      edges {
        node {
          code
          name
          province {
            code
            name
          }
        }
      }
    }
  }
`);

export const OpenChallengeMutation = graphql(`
  mutation OpenChallenge($input: OpenChallengeInput!) {
    openChallenge(input: $input) {
      ...ChallengeCardFields
    }
  }
`);
