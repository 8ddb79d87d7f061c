import { graphql } from '../../../gql';

export const ImportFrameworksQuery = graphql(`
  query ImportFrameworks {
    spbeFrameworks {
      id
      code
      title
      isDraft
      indicatorCount
    }
  }
`);

export const ImportAssessmentsMutation = graphql(`
  mutation ImportAssessments($frameworkCode: String!, $year: Int!, $csv: String!) {
    importAssessments(frameworkCode: $frameworkCode, year: $year, csv: $csv) {
      ok
      imported
      errors {
        line
        regionCode
        column
        message
      }
    }
  }
`);
