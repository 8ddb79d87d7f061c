/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminCohorts {\n    cohorts {\n      slug\n      name\n      description\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminCohortsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      slug\n      name\n      description\n      memberCount\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.AddCohortMembersDocument,
    "\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.RemoveCohortMembersDocument,
    "\n  query ImportFrameworks {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n      indicatorCount\n    }\n  }\n": typeof types.ImportFrameworksDocument,
    "\n  mutation ImportAssessments($frameworkCode: String!, $year: Int!, $csv: String!) {\n    importAssessments(frameworkCode: $frameworkCode, year: $year, csv: $csv) {\n      ok\n      imported\n      errors {\n        line\n        regionCode\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportAssessmentsDocument,
    "\n  query Invites {\n    invites {\n      id\n      role\n      organisation\n      email\n      createdAt\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n": typeof types.InvitesDocument,
    "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      token\n      path\n      invite {\n        id\n        role\n        organisation\n        email\n        createdAt\n        expiresAt\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.CreateInviteDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.AcceptInviteDocument,
    "\n  query RegionProfile($code: String!) {\n    region(code: $code) {\n      code\n      name\n      kind\n      province {\n        code\n        name\n      }\n      latestAssessment {\n        id\n        year\n        index\n        predicate\n      }\n      assessments {\n        id\n        year\n        index\n        predicate\n        completeness\n        levelCount\n        indicatorCount\n        updatedAt\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          score\n          weightPercent\n          completeness\n        }\n      }\n    }\n  }\n": typeof types.RegionProfileDocument,
    "\n  subscription AssessmentRecorded($regionCode: String!) {\n    assessmentRecorded(regionCode: $regionCode) {\n      id\n      year\n      index\n      predicate\n      completeness\n      levelCount\n    }\n  }\n": typeof types.AssessmentRecordedDocument,
    "\n  query RegionDirectory($first: Int!, $after: String, $search: String, $provinceCode: String, $cohort: String) {\n    regions(first: $first, after: $after, search: $search, provinceCode: $provinceCode, cohort: $cohort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n          province {\n            code\n            name\n          }\n          latestAssessment {\n            id\n            year\n            index\n            predicate\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionDirectoryDocument,
    "\n  query RegionFilters {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n  }\n": typeof types.RegionFiltersDocument,
    "\n  query FrameworkList {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n    }\n  }\n": typeof types.FrameworkListDocument,
    "\n  query FrameworkDetail($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      title\n      isDraft\n      minLevel\n      maxLevel\n      indicatorCount\n      levels {\n        level\n        name\n      }\n      predicates {\n        name\n        minScore\n      }\n      domains {\n        id\n        number\n        name\n        weightPercent\n        aspects {\n          id\n          number\n          name\n          weightPercent\n          indicators {\n            id\n            number\n            name\n            weightPercent\n          }\n        }\n      }\n      aspects {\n        id\n        number\n        name\n        weightPercent\n        indicators {\n          id\n          number\n          name\n          weightPercent\n        }\n      }\n    }\n  }\n": typeof types.FrameworkDetailDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      organisation\n      email\n      region {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      demoData\n      environment\n      version\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query AdminCohorts {\n    cohorts {\n      slug\n      name\n      description\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.AdminCohortsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      slug\n      name\n      description\n      memberCount\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.AddCohortMembersDocument,
    "\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.RemoveCohortMembersDocument,
    "\n  query ImportFrameworks {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n      indicatorCount\n    }\n  }\n": types.ImportFrameworksDocument,
    "\n  mutation ImportAssessments($frameworkCode: String!, $year: Int!, $csv: String!) {\n    importAssessments(frameworkCode: $frameworkCode, year: $year, csv: $csv) {\n      ok\n      imported\n      errors {\n        line\n        regionCode\n        column\n        message\n      }\n    }\n  }\n": types.ImportAssessmentsDocument,
    "\n  query Invites {\n    invites {\n      id\n      role\n      organisation\n      email\n      createdAt\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n": types.InvitesDocument,
    "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      token\n      path\n      invite {\n        id\n        role\n        organisation\n        email\n        createdAt\n        expiresAt\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.CreateInviteDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.AcceptInviteDocument,
    "\n  query RegionProfile($code: String!) {\n    region(code: $code) {\n      code\n      name\n      kind\n      province {\n        code\n        name\n      }\n      latestAssessment {\n        id\n        year\n        index\n        predicate\n      }\n      assessments {\n        id\n        year\n        index\n        predicate\n        completeness\n        levelCount\n        indicatorCount\n        updatedAt\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          score\n          weightPercent\n          completeness\n        }\n      }\n    }\n  }\n": types.RegionProfileDocument,
    "\n  subscription AssessmentRecorded($regionCode: String!) {\n    assessmentRecorded(regionCode: $regionCode) {\n      id\n      year\n      index\n      predicate\n      completeness\n      levelCount\n    }\n  }\n": types.AssessmentRecordedDocument,
    "\n  query RegionDirectory($first: Int!, $after: String, $search: String, $provinceCode: String, $cohort: String) {\n    regions(first: $first, after: $after, search: $search, provinceCode: $provinceCode, cohort: $cohort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n          province {\n            code\n            name\n          }\n          latestAssessment {\n            id\n            year\n            index\n            predicate\n          }\n        }\n      }\n    }\n  }\n": types.RegionDirectoryDocument,
    "\n  query RegionFilters {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n  }\n": types.RegionFiltersDocument,
    "\n  query FrameworkList {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n    }\n  }\n": types.FrameworkListDocument,
    "\n  query FrameworkDetail($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      title\n      isDraft\n      minLevel\n      maxLevel\n      indicatorCount\n      levels {\n        level\n        name\n      }\n      predicates {\n        name\n        minScore\n      }\n      domains {\n        id\n        number\n        name\n        weightPercent\n        aspects {\n          id\n          number\n          name\n          weightPercent\n          indicators {\n            id\n            number\n            name\n            weightPercent\n          }\n        }\n      }\n      aspects {\n        id\n        number\n        name\n        weightPercent\n        indicators {\n          id\n          number\n          name\n          weightPercent\n        }\n      }\n    }\n  }\n": types.FrameworkDetailDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      organisation\n      email\n      region {\n        code\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      demoData\n      environment\n      version\n    }\n  }\n": types.ServerInfoDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCohorts {\n    cohorts {\n      slug\n      name\n      description\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCohorts {\n    cohorts {\n      slug\n      name\n      description\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      slug\n      name\n      description\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      slug\n      name\n      description\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportFrameworks {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n      indicatorCount\n    }\n  }\n"): (typeof documents)["\n  query ImportFrameworks {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n      indicatorCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAssessments($frameworkCode: String!, $year: Int!, $csv: String!) {\n    importAssessments(frameworkCode: $frameworkCode, year: $year, csv: $csv) {\n      ok\n      imported\n      errors {\n        line\n        regionCode\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAssessments($frameworkCode: String!, $year: Int!, $csv: String!) {\n    importAssessments(frameworkCode: $frameworkCode, year: $year, csv: $csv) {\n      ok\n      imported\n      errors {\n        line\n        regionCode\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invites {\n    invites {\n      id\n      role\n      organisation\n      email\n      createdAt\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invites {\n    invites {\n      id\n      role\n      organisation\n      email\n      createdAt\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      token\n      path\n      invite {\n        id\n        role\n        organisation\n        email\n        createdAt\n        expiresAt\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      token\n      path\n      invite {\n        id\n        role\n        organisation\n        email\n        createdAt\n        expiresAt\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionProfile($code: String!) {\n    region(code: $code) {\n      code\n      name\n      kind\n      province {\n        code\n        name\n      }\n      latestAssessment {\n        id\n        year\n        index\n        predicate\n      }\n      assessments {\n        id\n        year\n        index\n        predicate\n        completeness\n        levelCount\n        indicatorCount\n        updatedAt\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          score\n          weightPercent\n          completeness\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionProfile($code: String!) {\n    region(code: $code) {\n      code\n      name\n      kind\n      province {\n        code\n        name\n      }\n      latestAssessment {\n        id\n        year\n        index\n        predicate\n      }\n      assessments {\n        id\n        year\n        index\n        predicate\n        completeness\n        levelCount\n        indicatorCount\n        updatedAt\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          score\n          weightPercent\n          completeness\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AssessmentRecorded($regionCode: String!) {\n    assessmentRecorded(regionCode: $regionCode) {\n      id\n      year\n      index\n      predicate\n      completeness\n      levelCount\n    }\n  }\n"): (typeof documents)["\n  subscription AssessmentRecorded($regionCode: String!) {\n    assessmentRecorded(regionCode: $regionCode) {\n      id\n      year\n      index\n      predicate\n      completeness\n      levelCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDirectory($first: Int!, $after: String, $search: String, $provinceCode: String, $cohort: String) {\n    regions(first: $first, after: $after, search: $search, provinceCode: $provinceCode, cohort: $cohort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n          province {\n            code\n            name\n          }\n          latestAssessment {\n            id\n            year\n            index\n            predicate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionDirectory($first: Int!, $after: String, $search: String, $provinceCode: String, $cohort: String) {\n    regions(first: $first, after: $after, search: $search, provinceCode: $provinceCode, cohort: $cohort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n          province {\n            code\n            name\n          }\n          latestAssessment {\n            id\n            year\n            index\n            predicate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionFilters {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegionFilters {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkList {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n    }\n  }\n"): (typeof documents)["\n  query FrameworkList {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkDetail($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      title\n      isDraft\n      minLevel\n      maxLevel\n      indicatorCount\n      levels {\n        level\n        name\n      }\n      predicates {\n        name\n        minScore\n      }\n      domains {\n        id\n        number\n        name\n        weightPercent\n        aspects {\n          id\n          number\n          name\n          weightPercent\n          indicators {\n            id\n            number\n            name\n            weightPercent\n          }\n        }\n      }\n      aspects {\n        id\n        number\n        name\n        weightPercent\n        indicators {\n          id\n          number\n          name\n          weightPercent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FrameworkDetail($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      title\n      isDraft\n      minLevel\n      maxLevel\n      indicatorCount\n      levels {\n        level\n        name\n      }\n      predicates {\n        name\n        minScore\n      }\n      domains {\n        id\n        number\n        name\n        weightPercent\n        aspects {\n          id\n          number\n          name\n          weightPercent\n          indicators {\n            id\n            number\n            name\n            weightPercent\n          }\n        }\n      }\n      aspects {\n        id\n        number\n        name\n        weightPercent\n        indicators {\n          id\n          number\n          name\n          weightPercent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      organisation\n      email\n      region {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      organisation\n      email\n      region {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      demoData\n      environment\n      version\n    }\n  }\n"): (typeof documents)["\n  query ServerInfo {\n    serverInfo {\n      demoData\n      environment\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;