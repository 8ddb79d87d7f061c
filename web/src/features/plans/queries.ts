import { graphql } from '../../gql';

export const PlanQuery = graphql(`
  query Plan($id: ID!) {
    plan(id: $id) {
      id
      title
      year
      state
      isDemo
      updatedAt
      myRole
      region {
        code
        name
      }
      framework {
        code
        title
      }
      sourcePlan {
        id
        title
      }
      members {
        id
        role
        user {
          id
          name
          username
        }
      }
      items {
        id
        currentLevel
        targetLevel
        actions
        dueOn
        status
        indicator {
          id
          number
          name
        }
        owner {
          id
          name
        }
        challenge {
          id
          title
        }
        solution {
          id
          title
        }
        changes {
          field
          at
          by {
            id
            name
          }
        }
      }
      projection {
        baseYear
        currentIndex
        currentPredicate
        index
        predicate
        completeness
        domainScores {
          domain {
            id
            number
            name
          }
          current
          projected
        }
      }
      priorities(first: 5) {
        indicator {
          id
          number
          name
        }
        fromLevel
        toLevel
        gain
        regionCount
      }
    }
  }
`);

export const PlanEventsSubscription = graphql(`
  subscription PlanEvents($planId: ID!) {
    planEvents(planId: $planId) {
      kind
      planId
      by {
        id
        name
      }
      fields
    }
  }
`);
