import { graphql } from '../../gql';

/** The viewer's region on the home page: its latest index and the one before, to say what changed. */
export const HomeRegionQuery = graphql(`
  query HomeRegion($code: String!) {
    region(code: $code) {
      code
      name
      assessments {
        id
        year
        index
        predicate
      }
    }
  }
`);

/** The challenges the viewer is in or follows. */
export const MyChallengesQuery = graphql(`
  query MyChallenges {
    challenges(first: 5, mine: true) {
      totalCount
      edges {
        node {
          id
          title
          stage
          solutionCount
          teamCount
        }
      }
    }
  }
`);

/** The cohorts a facilitator runs, with their size. */
export const HomeCohortsQuery = graphql(`
  query HomeCohorts {
    cohorts {
      slug
      name
      memberCount
    }
  }
`);

/** The improvement plans of the viewer's region, with the index each would reach. */
export const HomePlansQuery = graphql(`
  query HomePlans($regionCode: String!) {
    plans(first: 5, regionCode: $regionCode) {
      totalCount
      edges {
        node {
          id
          title
          year
          state
          projection {
            index
            currentIndex
          }
        }
      }
    }
  }
`);
