import { graphql } from '../../gql';

export const RegionDirectoryQuery = graphql(`
  query RegionDirectory($first: Int!, $after: String, $search: String, $provinceCode: String, $cohort: String, $sort: RegionSort) {
    regions(first: $first, after: $after, search: $search, provinceCode: $provinceCode, cohort: $cohort, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
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
        }
      }
    }
  }
`);

export const RegionFiltersQuery = graphql(`
  query RegionFilters {
    provinces {
      code
      name
    }
    cohorts {
      slug
      name
    }
  }
`);
