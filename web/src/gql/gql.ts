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
    "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      system\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation EndSession($id: String!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      name\n      username\n      expiresAt\n      issuedBy\n    }\n  }\n": typeof types.PasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AdminCohorts {\n    cohorts {\n      slug\n      name\n      description\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminCohortsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      slug\n      name\n      description\n      memberCount\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.AddCohortMembersDocument,
    "\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.RemoveCohortMembersDocument,
    "\n  query ImportFrameworks {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n      indicatorCount\n    }\n  }\n": typeof types.ImportFrameworksDocument,
    "\n  mutation ImportAssessments($frameworkCode: String!, $year: Int!, $csv: String!) {\n    importAssessments(frameworkCode: $frameworkCode, year: $year, csv: $csv) {\n      ok\n      imported\n      errors {\n        line\n        regionCode\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportAssessmentsDocument,
    "\n  query Invites {\n    invites {\n      id\n      role\n      organisation\n      email\n      createdAt\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n": typeof types.InvitesDocument,
    "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      token\n      path\n      invite {\n        id\n        role\n        organisation\n        email\n        createdAt\n        expiresAt\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.CreateInviteDocument,
    "\n  query People($search: String) {\n    people(search: $search) {\n      id\n      name\n      username\n      email\n      role\n      organisation\n      deactivatedAt\n      region {\n        code\n        name\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation IssuePasswordReset($userId: ID!) {\n    issuePasswordReset(userId: $userId) {\n      token\n      path\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.IssuePasswordResetDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query InvitePreview($token: String!) {\n    invite(token: $token) {\n      id\n      role\n      organisation\n      email\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n": typeof types.InvitePreviewDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.AcceptInviteDocument,
    "\n  fragment ChallengePersonFields on User {\n    id\n    name\n    username\n    role\n    region {\n      code\n      name\n    }\n  }\n": typeof types.ChallengePersonFieldsFragmentDoc,
    "\n  fragment ChallengeMemberFields on ChallengeMember {\n    id\n    role\n    status\n    createdAt\n    decidedAt\n    user {\n      ...ChallengePersonFields\n    }\n  }\n": typeof types.ChallengeMemberFieldsFragmentDoc,
    "\n  fragment SolutionCardFields on Solution {\n    id\n    title\n    descriptionHtml\n    status\n    budgetRange\n    needsTraining\n    needsRegulation\n    decisionReason\n    trialStartsOn\n    trialEndsOn\n    trialPlan\n    supportCount\n    endorsementCount\n    replicationCount\n    supportedByMe\n    createdAt\n    editedAt\n    author {\n      id\n      name\n      username\n    }\n    region {\n      code\n      name\n    }\n    links {\n      kind\n      label\n      url\n    }\n    indicators {\n      frameworkCode\n      number\n      name\n    }\n    endorsements {\n      id\n      statement\n      createdAt\n      region {\n        code\n        name\n      }\n    }\n    trialRegions {\n      code\n      name\n    }\n    results {\n      ...SolutionResultFields\n    }\n    thread {\n      id\n      replyCount\n    }\n  }\n": typeof types.SolutionCardFieldsFragmentDoc,
    "\n  fragment SolutionResultFields on SolutionResult {\n    id\n    metric\n    unit\n    baseline\n    target\n    measured\n    progress\n    outcome\n    recordedAt\n    region {\n      code\n      name\n    }\n  }\n": typeof types.SolutionResultFieldsFragmentDoc,
    "\n  fragment ChallengeTimelineFields on Challenge {\n    id\n    stage\n    lastActivityAt\n    openToJoin\n    timeline {\n      id\n      fromStage\n      toStage\n      note\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ChallengeTimelineFieldsFragmentDoc,
    "\n  fragment ChallengeTeamFields on Challenge {\n    id\n    teamCount\n    team {\n      ...ChallengeMemberFields\n    }\n    myMembership {\n      ...ChallengeMemberFields\n    }\n    myPendingMembers {\n      ...ChallengeMemberFields\n    }\n  }\n": typeof types.ChallengeTeamFieldsFragmentDoc,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      problemMarkdown\n      problemHtml\n      tags\n      createdAt\n      cohort {\n        slug\n        name\n      }\n      regions {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      indicators {\n        frameworkCode\n        number\n        name\n      }\n      deadlines {\n        stage\n        dueAt\n      }\n      createdBy {\n        id\n        name\n      }\n      solutionCount\n      followerCount\n      followedByMe\n      thread {\n        id\n        title\n        replyCount\n        lastPostAt\n      }\n      solutions {\n        ...SolutionCardFields\n      }\n      ...ChallengeTimelineFields\n      ...ChallengeTeamFields\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  mutation MoveChallengeStage($input: MoveChallengeStageInput!) {\n    moveChallengeStage(input: $input) {\n      ...ChallengeTimelineFields\n    }\n  }\n": typeof types.MoveChallengeStageDocument,
    "\n  mutation RequestToJoinChallenge($input: RequestToJoinChallengeInput!) {\n    requestToJoinChallenge(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n": typeof types.RequestToJoinChallengeDocument,
    "\n  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n": typeof types.DecideJoinRequestDocument,
    "\n  mutation InviteToChallenge($input: InviteToChallengeInput!) {\n    inviteToChallenge(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n": typeof types.InviteToChallengeDocument,
    "\n  mutation LeaveChallenge($challengeId: ID!) {\n    leaveChallenge(challengeId: $challengeId) {\n      ...ChallengeTeamFields\n    }\n  }\n": typeof types.LeaveChallengeDocument,
    "\n  query ChallengePeopleSearch($search: String!) {\n    mentionableUsers(search: $search, first: 8) {\n      ...ChallengePersonFields\n    }\n  }\n": typeof types.ChallengePeopleSearchDocument,
    "\n  fragment ChallengeCardFields on Challenge {\n    id\n    title\n    stage\n    lastActivityAt\n    openToJoin\n    teamCount\n    solutionCount\n    supportCount\n    replicationCount\n    regions {\n      code\n      name\n    }\n    indicators {\n      frameworkCode\n      number\n      name\n    }\n    cohort {\n      slug\n      name\n    }\n  }\n": typeof types.ChallengeCardFieldsFragmentDoc,
    "\n  query Challenges($first: Int!, $after: String, $stage: ChallengeStage, $indicator: IndicatorRefInput, $regionCode: String, $province: String, $cohort: String, $openToJoin: Boolean, $hasReplications: Boolean, $sort: ChallengeSort!) {\n    challenges(first: $first, after: $after, stage: $stage, indicator: $indicator, regionCode: $regionCode, province: $province, cohort: $cohort, openToJoin: $openToJoin, hasReplications: $hasReplications, sort: $sort) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ChallengeCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChallengesDocument,
    "\n  query ChallengeChoices {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n    spbeFramework(code: \"SPBE-2020\") {\n      id\n      code\n      indicators {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.ChallengeChoicesDocument,
    "\n  query ChallengeRegionSearch($search: String!) {\n    regions(search: $search, first: 8) {\n      edges {\n        node {\n          code\n          name\n          province {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChallengeRegionSearchDocument,
    "\n  mutation OpenChallenge($input: OpenChallengeInput!) {\n    openChallenge(input: $input) {\n      ...ChallengeCardFields\n    }\n  }\n": typeof types.OpenChallengeDocument,
    "\n  subscription ChallengeEvents($challengeId: ID!) {\n    challengeEvents(challengeId: $challengeId) {\n      kind\n      challengeId\n      solutionId\n      userId\n      challenge {\n        ...ChallengeTimelineFields\n        solutionCount\n        teamCount\n      }\n      solution {\n        ...SolutionCardFields\n      }\n    }\n  }\n": typeof types.ChallengeEventsDocument,
    "\n  mutation FollowChallenge($challengeId: ID!, $follow: Boolean!) {\n    followChallenge(challengeId: $challengeId, follow: $follow) {\n      id\n      followerCount\n      followedByMe\n    }\n  }\n": typeof types.FollowChallengeDocument,
    "\n  query Solution($id: ID!) {\n    solution(id: $id) {\n      ...SolutionCardFields\n      descriptionMarkdown\n      updatedAt\n      challenge {\n        id\n        title\n        stage\n        regions {\n          code\n          name\n        }\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      viewerCanReplicate\n      lineage {\n        ...SolutionLineageFields\n      }\n      replications {\n        id\n      }\n      revisions {\n        id\n        title\n        descriptionMarkdown\n        createdAt\n        editor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SolutionDocument,
    "\n  mutation ProposeSolution($input: ProposeSolutionInput!) {\n    proposeSolution(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n": typeof types.ProposeSolutionDocument,
    "\n  mutation UpdateSolution($input: UpdateSolutionInput!) {\n    updateSolution(input: $input) {\n      ...SolutionCardFields\n      descriptionMarkdown\n    }\n  }\n": typeof types.UpdateSolutionDocument,
    "\n  mutation ToggleSolutionSupport($solutionId: ID!) {\n    toggleSolutionSupport(solutionId: $solutionId) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n": typeof types.ToggleSolutionSupportDocument,
    "\n  fragment SolutionSupportFields on Solution {\n    id\n    supportCount\n    supportedByMe\n  }\n": typeof types.SolutionSupportFieldsFragmentDoc,
    "\n  mutation EndorseSolution($input: EndorseSolutionInput!) {\n    endorseSolution(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n": typeof types.EndorseSolutionDocument,
    "\n  mutation WithdrawEndorsement($input: WithdrawEndorsementInput!) {\n    withdrawEndorsement(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n": typeof types.WithdrawEndorsementDocument,
    "\n  mutation DecideSolution($input: DecideSolutionInput!) {\n    decideSolution(input: $input) {\n      ...SolutionCardFields\n      # Selection reorders the challenge's list (selected first): the answer carries the new order,\n      # so the page never waits on a cache miss.\n      challenge {\n        id\n        solutions {\n          ...SolutionCardFields\n        }\n      }\n    }\n  }\n": typeof types.DecideSolutionDocument,
    "\n  mutation RecordResult($input: RecordResultInput!) {\n    recordResult(input: $input) {\n      ...SolutionResultFields\n      solution {\n        id\n        results {\n          ...SolutionResultFields\n        }\n      }\n    }\n  }\n": typeof types.RecordResultDocument,
    "\n  fragment ReplicationFields on Replication {\n    id\n    status\n    statusReason\n    startsOn\n    endsOn\n    adaptationHtml\n    adaptationMarkdown\n    outcome\n    createdAt\n    viewerCanUpdate\n    region {\n      code\n      name\n    }\n    parent {\n      id\n      region {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ReplicationFieldsFragmentDoc,
    "\n  fragment SolutionLineageFields on SolutionLineage {\n    replicatingRegions\n    done\n    indicators {\n      frameworkCode\n      number\n      name\n      averageChange\n      measured\n    }\n    nodes {\n      id\n      parentId\n      depth\n      region {\n        code\n        name\n      }\n      replication {\n        ...ReplicationFields\n      }\n      levels {\n        frameworkCode\n        number\n        name\n        before\n        beforeYear\n        after\n        afterYear\n        change\n      }\n    }\n  }\n": typeof types.SolutionLineageFieldsFragmentDoc,
    "\n  mutation ReplicateSolution($input: ReplicateSolutionInput!) {\n    replicateSolution(input: $input) {\n      ...ReplicationFields\n      solution {\n        id\n        replicationCount\n        viewerCanReplicate\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n": typeof types.ReplicateSolutionDocument,
    "\n  mutation UpdateReplication($input: UpdateReplicationInput!) {\n    updateReplication(input: $input) {\n      ...ReplicationFields\n      solution {\n        id\n        replicationCount\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n": typeof types.UpdateReplicationDocument,
    "\n  query ChallengeLineages($id: ID!) {\n    challenge(id: $id) {\n      id\n      solutions {\n        id\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n": typeof types.ChallengeLineagesDocument,
    "\n  query ForumCategories {\n    categories {\n      id\n      slug\n      name\n      description\n      color\n      position\n      threadCount\n    }\n  }\n": typeof types.ForumCategoriesDocument,
    "\n  query ForumThreads(\n    $first: Int!\n    $after: String\n    $categoryId: ID\n    $regionCode: String\n    $indicator: Int\n    $tag: String\n    $type: ThreadType\n    $unanswered: Boolean\n    $sort: ThreadSort!\n  ) {\n    threads(\n      first: $first\n      after: $after\n      categoryId: $categoryId\n      regionCode: $regionCode\n      indicator: $indicator\n      tag: $tag\n      type: $type\n      unanswered: $unanswered\n      sort: $sort\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadRow\n        }\n      }\n    }\n  }\n": typeof types.ForumThreadsDocument,
    "\n  subscription ForumFeedEvents($categoryId: ID) {\n    feedEvents(categoryId: $categoryId) {\n      kind\n      threadId\n      categoryId\n      thread {\n        ...ThreadRow\n      }\n    }\n  }\n": typeof types.ForumFeedEventsDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadRow\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  subscription MyReadStates {\n    myReadStates {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n": typeof types.MyReadStatesDocument,
    "\n  fragment ReadState on ThreadReadState {\n    level\n    lastReadPostNumber\n    unreadCount\n    firstUnreadPostNumber\n  }\n": typeof types.ReadStateFragmentDoc,
    "\n  fragment ThreadRow on Thread {\n    id\n    type\n    title\n    tags\n    indicatorNumbers\n    isPinned\n    isLocked\n    isAnswered\n    replyCount\n    lastPostNumber\n    lastPostAt\n    createdAt\n    category {\n      id\n      name\n      color\n    }\n    author {\n      id\n      name\n      username\n    }\n    regions {\n      code\n      name\n    }\n    readState {\n      ...ReadState\n    }\n  }\n": typeof types.ThreadRowFragmentDoc,
    "\n  fragment ThreadHeader on Thread {\n    ...ThreadRow\n    isDeleted\n    acceptedAnswer {\n      id\n      number\n      excerpt\n      author {\n        id\n        name\n        username\n      }\n    }\n    viewerCanEdit\n    viewerCanModerate\n    viewerCanAcceptAnswer\n  }\n": typeof types.ThreadHeaderFragmentDoc,
    "\n  fragment PostFields on Post {\n    id\n    number\n    createdAt\n    editedAt\n    body\n    bodyMarkdown\n    excerpt\n    isDeleted\n    isHidden\n    hiddenReason\n    revisionCount\n    isAcceptedAnswer\n    viewerCanEdit\n    viewerCanDelete\n    viewerCanFlag\n    author {\n      id\n      name\n      username\n      region {\n        code\n        name\n      }\n    }\n    replyTo {\n      id\n      number\n      excerpt\n      isDeleted\n      author {\n        id\n        name\n        username\n      }\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n      users {\n        id\n        name\n        username\n      }\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query ForumIndicators($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      indicators {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.ForumIndicatorsDocument,
    "\n  query ForumFlags {\n    flags {\n      id\n      reason\n      createdAt\n      user {\n        id\n        name\n        username\n      }\n      post {\n        id\n        number\n        excerpt\n        isHidden\n        isDeleted\n        author {\n          id\n          name\n          username\n        }\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ForumFlagsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n      thread {\n        id\n        replyCount\n        lastPostNumber\n        lastPostAt\n        readState {\n          ...ReadState\n        }\n      }\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.ModeratePostDocument,
    "\n  mutation ToggleReaction($input: ToggleReactionInput!) {\n    toggleReaction(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.ToggleReactionDocument,
    "\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.FlagPostDocument,
    "\n  query MentionableUsers($search: String!) {\n    mentionableUsers(search: $search, first: 6) {\n      id\n      name\n      username\n      region {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MentionableUsersDocument,
    "\n  query ForumSearch(\n    $query: String!\n    $first: Int!\n    $after: String\n    $categoryId: ID\n    $regionCode: String\n    $indicator: Int\n    $tag: String\n    $type: ThreadType\n    $unanswered: Boolean\n  ) {\n    search(\n      query: $query\n      first: $first\n      after: $after\n      categoryId: $categoryId\n      regionCode: $regionCode\n      indicator: $indicator\n      tag: $tag\n      type: $type\n      unanswered: $unanswered\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          snippet\n          rank\n          thread {\n            id\n            title\n            type\n            isAnswered\n            category {\n              id\n              name\n              color\n            }\n          }\n          post {\n            id\n            number\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForumSearchDocument,
    "\n  query ForumThread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadHeader\n    }\n  }\n": typeof types.ForumThreadDocument,
    "\n  query ForumPosts($id: ID!, $fromNumber: Int, $first: Int!) {\n    thread(id: $id) {\n      id\n      lastPostNumber\n      posts(fromNumber: $fromNumber, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            ...PostFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForumPostsDocument,
    "\n  query PostRevisions($threadId: ID!, $number: Int!) {\n    thread(id: $threadId) {\n      id\n      posts(fromNumber: $number, first: 1) {\n        edges {\n          node {\n            id\n            number\n            revisions {\n              id\n              title\n              bodyMarkdown\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostRevisionsDocument,
    "\n  subscription ForumThreadEvents($threadId: ID!) {\n    threadEvents(threadId: $threadId) {\n      kind\n      threadId\n      thread {\n        ...ThreadHeader\n      }\n      post {\n        ...PostFields\n      }\n      viewers {\n        id\n        name\n        username\n      }\n      typing {\n        id\n        name\n        username\n      }\n    }\n  }\n": typeof types.ForumThreadEventsDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $postNumber: Int) {\n    markThreadRead(threadId: $threadId, postNumber: $postNumber) {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  mutation FollowThread($threadId: ID!, $level: NotificationLevel!) {\n    followThread(threadId: $threadId, level: $level) {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n": typeof types.FollowThreadDocument,
    "\n  mutation UpdatePresence($threadId: ID!, $typing: Boolean!, $leaving: Boolean!) {\n    updatePresence(threadId: $threadId, typing: $typing, leaving: $leaving)\n  }\n": typeof types.UpdatePresenceDocument,
    "\n  mutation AcceptAnswer($threadId: ID!, $postId: ID) {\n    acceptAnswer(threadId: $threadId, postId: $postId) {\n      ...ThreadHeader\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation ModerateThread($input: ModerateThreadInput!) {\n    moderateThread(input: $input) {\n      ...ThreadHeader\n    }\n  }\n": typeof types.ModerateThreadDocument,
    "\n  mutation UpdateThread($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      ...ThreadHeader\n    }\n  }\n": typeof types.UpdateThreadDocument,
    "\n  fragment LiveQuestion on Question {\n    id\n    anonymous\n    text\n    status\n    voteCount\n    pinnedAt\n    answerText\n    answeredAt\n    createdAt\n    askedBy {\n      name\n      regionName\n      isGuest\n    }\n    votedByMe\n    askedByMe\n    isHighlighted\n    isPinned\n    isAnswered\n    freshGuestVoteCount\n  }\n": typeof types.LiveQuestionFragmentDoc,
    "\n  fragment LivePoll on Poll {\n    id\n    title\n    kind\n    options {\n      id\n      label\n    }\n    maxChoices\n    state\n    hideResultsUntilClosed\n    createdAt\n    results {\n      optionId\n      label\n      count\n    }\n    words {\n      word\n      count\n    }\n    wordReview {\n      word\n      status\n      count\n    }\n    totalVotes\n    myChoices\n  }\n": typeof types.LivePollFragmentDoc,
    "\n  fragment LiveSessionFields on LiveSession {\n    id\n    code\n    title\n    state\n    allowGuests\n    allowAnonymous\n    preModeration\n    reviewWords\n    blockedWords\n    createdAt\n    closedAt\n    joinPath\n    participantCount\n    viewerIsModerator\n    codeIsGuessable\n    meeting {\n      id\n      title\n    }\n    highlightedQuestion {\n      ...LiveQuestion\n    }\n    questions(includeAnswered: true, sort: RECENT) {\n      ...LiveQuestion\n    }\n    polls {\n      ...LivePoll\n    }\n  }\n": typeof types.LiveSessionFieldsFragmentDoc,
    "\n  fragment LiveVoteCount on Question {\n    id\n    voteCount\n  }\n": typeof types.LiveVoteCountFragmentDoc,
    "\n  fragment LiveMyVote on Question {\n    id\n    voteCount\n    votedByMe\n  }\n": typeof types.LiveMyVoteFragmentDoc,
    "\n  fragment LiveHighlightFlag on Question {\n    id\n    isHighlighted\n  }\n": typeof types.LiveHighlightFlagFragmentDoc,
    "\n  fragment LivePresence on LiveSession {\n    id\n    participantCount\n  }\n": typeof types.LivePresenceFragmentDoc,
    "\n  query LiveSessionGuests($sessionId: ID!) {\n    liveSessionGuests(sessionId: $sessionId) {\n      id\n      name\n      regionName\n      joinedAt\n      removedAt\n      questionCount\n      voteCount\n    }\n  }\n": typeof types.LiveSessionGuestsDocument,
    "\n  mutation RemoveGuest($participantId: ID!) {\n    removeGuest(participantId: $participantId)\n  }\n": typeof types.RemoveGuestDocument,
    "\n  fragment MeetingSession on LiveSession {\n    id\n    code\n    title\n    state\n    allowGuests\n    allowAnonymous\n    preModeration\n    joinPath\n    createdAt\n    closedAt\n  }\n": typeof types.MeetingSessionFragmentDoc,
    "\n  query Meetings($upcoming: Boolean!) {\n    meetings(upcoming: $upcoming) {\n      id\n      title\n      startsAt\n      endsAt\n      organiser\n      sessions {\n        id\n        code\n        state\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      organiser\n      cohortSlug\n      regionCodes\n      createdAt\n      agenda {\n        title\n        startsAt\n      }\n      sessions {\n        ...MeetingSession\n      }\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query MeetingCohorts {\n    cohorts {\n      slug\n      name\n    }\n  }\n": typeof types.MeetingCohortsDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation OpenLiveSession($input: OpenLiveSessionInput!) {\n    openLiveSession(input: $input) {\n      ...MeetingSession\n    }\n  }\n": typeof types.OpenLiveSessionDocument,
    "\n  mutation SetLiveSessionState($sessionId: ID!, $state: LiveSessionState!) {\n    setLiveSessionState(sessionId: $sessionId, state: $state) {\n      id\n      state\n      closedAt\n    }\n  }\n": typeof types.SetLiveSessionStateDocument,
    "\n  query LiveSessionExport($sessionId: ID!, $format: ExportFormat!) {\n    liveSessionExport(sessionId: $sessionId, format: $format)\n  }\n": typeof types.LiveSessionExportDocument,
    "\n  mutation ConvertQuestionsToThreads($sessionId: ID!, $categoryId: ID!) {\n    convertQuestionsToThreads(sessionId: $sessionId, categoryId: $categoryId)\n  }\n": typeof types.ConvertQuestionsToThreadsDocument,
    "\n  mutation LinkHallScreen($sessionId: ID!) {\n    linkHallScreen(sessionId: $sessionId) {\n      path\n    }\n  }\n": typeof types.LinkHallScreenDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...LivePoll\n    }\n  }\n": typeof types.CreatePollDocument,
    "\n  mutation SetPollState($pollId: ID!, $state: PollState!) {\n    setPollState(pollId: $pollId, state: $state) {\n      ...LivePoll\n    }\n  }\n": typeof types.SetPollStateDocument,
    "\n  mutation VotePoll($input: VotePollInput!) {\n    votePoll(input: $input) {\n      ...LivePoll\n    }\n  }\n": typeof types.VotePollDocument,
    "\n  mutation AskQuestion($sessionId: ID!, $text: String!, $anonymous: Boolean!) {\n    askQuestion(sessionId: $sessionId, text: $text, anonymous: $anonymous) {\n      ...LiveQuestion\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  mutation EditQuestion($questionId: ID!, $text: String!) {\n    editQuestion(questionId: $questionId, text: $text) {\n      ...LiveQuestion\n    }\n  }\n": typeof types.EditQuestionDocument,
    "\n  mutation WithdrawQuestion($questionId: ID!) {\n    withdrawQuestion(questionId: $questionId) {\n      ...LiveQuestion\n    }\n  }\n": typeof types.WithdrawQuestionDocument,
    "\n  mutation ToggleQuestionVote($questionId: ID!) {\n    toggleQuestionVote(questionId: $questionId) {\n      id\n      voteCount\n      votedByMe\n    }\n  }\n": typeof types.ToggleQuestionVoteDocument,
    "\n  mutation ModerateQuestion($input: ModerateQuestionInput!) {\n    moderateQuestion(input: $input) {\n      ...LiveQuestion\n    }\n  }\n": typeof types.ModerateQuestionDocument,
    "\n  query LiveSession($code: String!) {\n    liveSession(code: $code) {\n      ...LiveSessionFields\n    }\n  }\n": typeof types.LiveSessionDocument,
    "\n  subscription LiveSessionEvents($sessionId: ID!) {\n    liveSessionEvents(sessionId: $sessionId) {\n      kind\n      sessionId\n      question {\n        ...LiveQuestion\n      }\n      votes {\n        questionId\n        voteCount\n      }\n      poll {\n        ...LivePoll\n      }\n      participantCount\n      highlightedQuestionId\n    }\n  }\n": typeof types.LiveSessionEventsDocument,
    "\n  mutation JoinLiveSession($input: JoinLiveSessionInput!) {\n    joinLiveSession(input: $input) {\n      guestToken\n      session {\n        id\n        code\n        title\n        state\n      }\n    }\n  }\n": typeof types.JoinLiveSessionDocument,
    "\n  query LiveSessionPreview($code: String!) {\n    liveSessionPreview(code: $code) {\n      code\n      title\n      meetingTitle\n      state\n      allowGuests\n    }\n  }\n": typeof types.LiveSessionPreviewDocument,
    "\n  mutation ModerateWord($input: ModerateWordInput!) {\n    moderateWord(input: $input) {\n      ...LivePoll\n    }\n  }\n": typeof types.ModerateWordDocument,
    "\n  mutation SetWordReview($sessionId: ID!, $reviewWords: Boolean!) {\n    setWordReview(sessionId: $sessionId, reviewWords: $reviewWords) {\n      id\n      reviewWords\n    }\n  }\n": typeof types.SetWordReviewDocument,
    "\n  mutation SetBlockedWords($input: SetBlockedWordsInput!) {\n    setBlockedWords(input: $input) {\n      id\n      blockedWords\n    }\n  }\n": typeof types.SetBlockedWordsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    link\n    text\n    actor {\n      id\n      name\n      username\n    }\n    thread {\n      id\n      title\n    }\n    post {\n      id\n      number\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query MoreNotifications($first: Int!, $after: String!) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.MoreNotificationsDocument,
    "\n  subscription MyNotifications {\n    myNotifications {\n      ...NotificationFields\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment NotificationRead on Notification {\n    id\n    readAt\n  }\n": typeof types.NotificationReadFragmentDoc,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      state\n      isDemo\n      updatedAt\n      myRole\n      region {\n        code\n        name\n      }\n      framework {\n        code\n        title\n      }\n      sourcePlan {\n        id\n        title\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          username\n        }\n      }\n      items {\n        id\n        currentLevel\n        targetLevel\n        actions\n        dueOn\n        status\n        indicator {\n          id\n          number\n          name\n        }\n        owner {\n          id\n          name\n        }\n        challenge {\n          id\n          title\n        }\n        solution {\n          id\n          title\n        }\n        changes {\n          field\n          at\n          by {\n            id\n            name\n          }\n        }\n      }\n      projection {\n        baseYear\n        currentIndex\n        currentPredicate\n        index\n        predicate\n        completeness\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          current\n          projected\n        }\n      }\n      priorities(first: 5) {\n        indicator {\n          id\n          number\n          name\n        }\n        fromLevel\n        toLevel\n        gain\n        regionCount\n      }\n    }\n  }\n": typeof types.PlanDocument,
    "\n  subscription PlanEvents($planId: ID!) {\n    planEvents(planId: $planId) {\n      kind\n      planId\n      by {\n        id\n        name\n      }\n      fields\n    }\n  }\n": typeof types.PlanEventsDocument,
    "\n  query RegionProfile($code: String!) {\n    region(code: $code) {\n      code\n      name\n      kind\n      province {\n        code\n        name\n      }\n      latestAssessment {\n        id\n        year\n        index\n        predicate\n      }\n      assessments {\n        id\n        year\n        index\n        predicate\n        completeness\n        levelCount\n        indicatorCount\n        updatedAt\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          score\n          weightPercent\n          completeness\n        }\n      }\n    }\n  }\n": typeof types.RegionProfileDocument,
    "\n  subscription AssessmentRecorded($regionCode: String!) {\n    assessmentRecorded(regionCode: $regionCode) {\n      id\n      year\n      index\n      predicate\n      completeness\n      levelCount\n    }\n  }\n": typeof types.AssessmentRecordedDocument,
    "\n  query RegionStudiTiru($code: String!) {\n    region(code: $code) {\n      code\n      challengesOpened\n      solutionsShared\n      solutionsReplicatedHere\n      replications(first: 10) {\n        id\n        status\n        solution {\n          id\n          title\n          region {\n            code\n            name\n          }\n          challenge {\n            id\n          }\n        }\n      }\n      challenges(first: 10) {\n        id\n        title\n        stage\n        solutionCount\n        teamCount\n        lastActivityAt\n      }\n    }\n  }\n": typeof types.RegionStudiTiruDocument,
    "\n  query RegionDirectory($first: Int!, $after: String, $search: String, $provinceCode: String, $cohort: String) {\n    regions(first: $first, after: $after, search: $search, provinceCode: $provinceCode, cohort: $cohort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n          province {\n            code\n            name\n          }\n          latestAssessment {\n            id\n            year\n            index\n            predicate\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionDirectoryDocument,
    "\n  query RegionFilters {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n  }\n": typeof types.RegionFiltersDocument,
    "\n  query FrameworkList {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n    }\n  }\n": typeof types.FrameworkListDocument,
    "\n  query FrameworkDetail($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      title\n      isDraft\n      minLevel\n      maxLevel\n      indicatorCount\n      levels {\n        level\n        name\n      }\n      predicates {\n        name\n        minScore\n      }\n      domains {\n        id\n        number\n        name\n        weightPercent\n        aspects {\n          id\n          number\n          name\n          weightPercent\n          indicators {\n            id\n            number\n            name\n            weightPercent\n          }\n        }\n      }\n      aspects {\n        id\n        number\n        name\n        weightPercent\n        indicators {\n          id\n          number\n          name\n          weightPercent\n        }\n      }\n    }\n  }\n": typeof types.FrameworkDetailDocument,
    "\n  query MemberProfile($username: String!) {\n    user(username: $username) {\n      id\n      name\n      username\n      role\n      organisation\n      createdAt\n      region {\n        code\n        name\n      }\n    }\n    threads(first: 20, authorUsername: $username, sort: NEWEST) {\n      totalCount\n      edges {\n        node {\n          ...ThreadRow\n        }\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      organisation\n      email\n      region {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      demoData\n      environment\n      version\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      system\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation EndSession($id: String!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      name\n      username\n      expiresAt\n      issuedBy\n    }\n  }\n": types.PasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query AdminCohorts {\n    cohorts {\n      slug\n      name\n      description\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.AdminCohortsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      slug\n      name\n      description\n      memberCount\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.AddCohortMembersDocument,
    "\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      slug\n      memberCount\n      members {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.RemoveCohortMembersDocument,
    "\n  query ImportFrameworks {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n      indicatorCount\n    }\n  }\n": types.ImportFrameworksDocument,
    "\n  mutation ImportAssessments($frameworkCode: String!, $year: Int!, $csv: String!) {\n    importAssessments(frameworkCode: $frameworkCode, year: $year, csv: $csv) {\n      ok\n      imported\n      errors {\n        line\n        regionCode\n        column\n        message\n      }\n    }\n  }\n": types.ImportAssessmentsDocument,
    "\n  query Invites {\n    invites {\n      id\n      role\n      organisation\n      email\n      createdAt\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n": types.InvitesDocument,
    "\n  mutation CreateInvite($input: CreateInviteInput!) {\n    createInvite(input: $input) {\n      token\n      path\n      invite {\n        id\n        role\n        organisation\n        email\n        createdAt\n        expiresAt\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.CreateInviteDocument,
    "\n  query People($search: String) {\n    people(search: $search) {\n      id\n      name\n      username\n      email\n      role\n      organisation\n      deactivatedAt\n      region {\n        code\n        name\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation IssuePasswordReset($userId: ID!) {\n    issuePasswordReset(userId: $userId) {\n      token\n      path\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.IssuePasswordResetDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query InvitePreview($token: String!) {\n    invite(token: $token) {\n      id\n      role\n      organisation\n      email\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n": types.InvitePreviewDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.AcceptInviteDocument,
    "\n  fragment ChallengePersonFields on User {\n    id\n    name\n    username\n    role\n    region {\n      code\n      name\n    }\n  }\n": types.ChallengePersonFieldsFragmentDoc,
    "\n  fragment ChallengeMemberFields on ChallengeMember {\n    id\n    role\n    status\n    createdAt\n    decidedAt\n    user {\n      ...ChallengePersonFields\n    }\n  }\n": types.ChallengeMemberFieldsFragmentDoc,
    "\n  fragment SolutionCardFields on Solution {\n    id\n    title\n    descriptionHtml\n    status\n    budgetRange\n    needsTraining\n    needsRegulation\n    decisionReason\n    trialStartsOn\n    trialEndsOn\n    trialPlan\n    supportCount\n    endorsementCount\n    replicationCount\n    supportedByMe\n    createdAt\n    editedAt\n    author {\n      id\n      name\n      username\n    }\n    region {\n      code\n      name\n    }\n    links {\n      kind\n      label\n      url\n    }\n    indicators {\n      frameworkCode\n      number\n      name\n    }\n    endorsements {\n      id\n      statement\n      createdAt\n      region {\n        code\n        name\n      }\n    }\n    trialRegions {\n      code\n      name\n    }\n    results {\n      ...SolutionResultFields\n    }\n    thread {\n      id\n      replyCount\n    }\n  }\n": types.SolutionCardFieldsFragmentDoc,
    "\n  fragment SolutionResultFields on SolutionResult {\n    id\n    metric\n    unit\n    baseline\n    target\n    measured\n    progress\n    outcome\n    recordedAt\n    region {\n      code\n      name\n    }\n  }\n": types.SolutionResultFieldsFragmentDoc,
    "\n  fragment ChallengeTimelineFields on Challenge {\n    id\n    stage\n    lastActivityAt\n    openToJoin\n    timeline {\n      id\n      fromStage\n      toStage\n      note\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n": types.ChallengeTimelineFieldsFragmentDoc,
    "\n  fragment ChallengeTeamFields on Challenge {\n    id\n    teamCount\n    team {\n      ...ChallengeMemberFields\n    }\n    myMembership {\n      ...ChallengeMemberFields\n    }\n    myPendingMembers {\n      ...ChallengeMemberFields\n    }\n  }\n": types.ChallengeTeamFieldsFragmentDoc,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      problemMarkdown\n      problemHtml\n      tags\n      createdAt\n      cohort {\n        slug\n        name\n      }\n      regions {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      indicators {\n        frameworkCode\n        number\n        name\n      }\n      deadlines {\n        stage\n        dueAt\n      }\n      createdBy {\n        id\n        name\n      }\n      solutionCount\n      followerCount\n      followedByMe\n      thread {\n        id\n        title\n        replyCount\n        lastPostAt\n      }\n      solutions {\n        ...SolutionCardFields\n      }\n      ...ChallengeTimelineFields\n      ...ChallengeTeamFields\n    }\n  }\n": types.ChallengeDocument,
    "\n  mutation MoveChallengeStage($input: MoveChallengeStageInput!) {\n    moveChallengeStage(input: $input) {\n      ...ChallengeTimelineFields\n    }\n  }\n": types.MoveChallengeStageDocument,
    "\n  mutation RequestToJoinChallenge($input: RequestToJoinChallengeInput!) {\n    requestToJoinChallenge(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n": types.RequestToJoinChallengeDocument,
    "\n  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n": types.DecideJoinRequestDocument,
    "\n  mutation InviteToChallenge($input: InviteToChallengeInput!) {\n    inviteToChallenge(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n": types.InviteToChallengeDocument,
    "\n  mutation LeaveChallenge($challengeId: ID!) {\n    leaveChallenge(challengeId: $challengeId) {\n      ...ChallengeTeamFields\n    }\n  }\n": types.LeaveChallengeDocument,
    "\n  query ChallengePeopleSearch($search: String!) {\n    mentionableUsers(search: $search, first: 8) {\n      ...ChallengePersonFields\n    }\n  }\n": types.ChallengePeopleSearchDocument,
    "\n  fragment ChallengeCardFields on Challenge {\n    id\n    title\n    stage\n    lastActivityAt\n    openToJoin\n    teamCount\n    solutionCount\n    supportCount\n    replicationCount\n    regions {\n      code\n      name\n    }\n    indicators {\n      frameworkCode\n      number\n      name\n    }\n    cohort {\n      slug\n      name\n    }\n  }\n": types.ChallengeCardFieldsFragmentDoc,
    "\n  query Challenges($first: Int!, $after: String, $stage: ChallengeStage, $indicator: IndicatorRefInput, $regionCode: String, $province: String, $cohort: String, $openToJoin: Boolean, $hasReplications: Boolean, $sort: ChallengeSort!) {\n    challenges(first: $first, after: $after, stage: $stage, indicator: $indicator, regionCode: $regionCode, province: $province, cohort: $cohort, openToJoin: $openToJoin, hasReplications: $hasReplications, sort: $sort) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ChallengeCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ChallengesDocument,
    "\n  query ChallengeChoices {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n    spbeFramework(code: \"SPBE-2020\") {\n      id\n      code\n      indicators {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.ChallengeChoicesDocument,
    "\n  query ChallengeRegionSearch($search: String!) {\n    regions(search: $search, first: 8) {\n      edges {\n        node {\n          code\n          name\n          province {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ChallengeRegionSearchDocument,
    "\n  mutation OpenChallenge($input: OpenChallengeInput!) {\n    openChallenge(input: $input) {\n      ...ChallengeCardFields\n    }\n  }\n": types.OpenChallengeDocument,
    "\n  subscription ChallengeEvents($challengeId: ID!) {\n    challengeEvents(challengeId: $challengeId) {\n      kind\n      challengeId\n      solutionId\n      userId\n      challenge {\n        ...ChallengeTimelineFields\n        solutionCount\n        teamCount\n      }\n      solution {\n        ...SolutionCardFields\n      }\n    }\n  }\n": types.ChallengeEventsDocument,
    "\n  mutation FollowChallenge($challengeId: ID!, $follow: Boolean!) {\n    followChallenge(challengeId: $challengeId, follow: $follow) {\n      id\n      followerCount\n      followedByMe\n    }\n  }\n": types.FollowChallengeDocument,
    "\n  query Solution($id: ID!) {\n    solution(id: $id) {\n      ...SolutionCardFields\n      descriptionMarkdown\n      updatedAt\n      challenge {\n        id\n        title\n        stage\n        regions {\n          code\n          name\n        }\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      viewerCanReplicate\n      lineage {\n        ...SolutionLineageFields\n      }\n      replications {\n        id\n      }\n      revisions {\n        id\n        title\n        descriptionMarkdown\n        createdAt\n        editor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SolutionDocument,
    "\n  mutation ProposeSolution($input: ProposeSolutionInput!) {\n    proposeSolution(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n": types.ProposeSolutionDocument,
    "\n  mutation UpdateSolution($input: UpdateSolutionInput!) {\n    updateSolution(input: $input) {\n      ...SolutionCardFields\n      descriptionMarkdown\n    }\n  }\n": types.UpdateSolutionDocument,
    "\n  mutation ToggleSolutionSupport($solutionId: ID!) {\n    toggleSolutionSupport(solutionId: $solutionId) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n": types.ToggleSolutionSupportDocument,
    "\n  fragment SolutionSupportFields on Solution {\n    id\n    supportCount\n    supportedByMe\n  }\n": types.SolutionSupportFieldsFragmentDoc,
    "\n  mutation EndorseSolution($input: EndorseSolutionInput!) {\n    endorseSolution(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n": types.EndorseSolutionDocument,
    "\n  mutation WithdrawEndorsement($input: WithdrawEndorsementInput!) {\n    withdrawEndorsement(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n": types.WithdrawEndorsementDocument,
    "\n  mutation DecideSolution($input: DecideSolutionInput!) {\n    decideSolution(input: $input) {\n      ...SolutionCardFields\n      # Selection reorders the challenge's list (selected first): the answer carries the new order,\n      # so the page never waits on a cache miss.\n      challenge {\n        id\n        solutions {\n          ...SolutionCardFields\n        }\n      }\n    }\n  }\n": types.DecideSolutionDocument,
    "\n  mutation RecordResult($input: RecordResultInput!) {\n    recordResult(input: $input) {\n      ...SolutionResultFields\n      solution {\n        id\n        results {\n          ...SolutionResultFields\n        }\n      }\n    }\n  }\n": types.RecordResultDocument,
    "\n  fragment ReplicationFields on Replication {\n    id\n    status\n    statusReason\n    startsOn\n    endsOn\n    adaptationHtml\n    adaptationMarkdown\n    outcome\n    createdAt\n    viewerCanUpdate\n    region {\n      code\n      name\n    }\n    parent {\n      id\n      region {\n        code\n        name\n      }\n    }\n  }\n": types.ReplicationFieldsFragmentDoc,
    "\n  fragment SolutionLineageFields on SolutionLineage {\n    replicatingRegions\n    done\n    indicators {\n      frameworkCode\n      number\n      name\n      averageChange\n      measured\n    }\n    nodes {\n      id\n      parentId\n      depth\n      region {\n        code\n        name\n      }\n      replication {\n        ...ReplicationFields\n      }\n      levels {\n        frameworkCode\n        number\n        name\n        before\n        beforeYear\n        after\n        afterYear\n        change\n      }\n    }\n  }\n": types.SolutionLineageFieldsFragmentDoc,
    "\n  mutation ReplicateSolution($input: ReplicateSolutionInput!) {\n    replicateSolution(input: $input) {\n      ...ReplicationFields\n      solution {\n        id\n        replicationCount\n        viewerCanReplicate\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n": types.ReplicateSolutionDocument,
    "\n  mutation UpdateReplication($input: UpdateReplicationInput!) {\n    updateReplication(input: $input) {\n      ...ReplicationFields\n      solution {\n        id\n        replicationCount\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n": types.UpdateReplicationDocument,
    "\n  query ChallengeLineages($id: ID!) {\n    challenge(id: $id) {\n      id\n      solutions {\n        id\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n": types.ChallengeLineagesDocument,
    "\n  query ForumCategories {\n    categories {\n      id\n      slug\n      name\n      description\n      color\n      position\n      threadCount\n    }\n  }\n": types.ForumCategoriesDocument,
    "\n  query ForumThreads(\n    $first: Int!\n    $after: String\n    $categoryId: ID\n    $regionCode: String\n    $indicator: Int\n    $tag: String\n    $type: ThreadType\n    $unanswered: Boolean\n    $sort: ThreadSort!\n  ) {\n    threads(\n      first: $first\n      after: $after\n      categoryId: $categoryId\n      regionCode: $regionCode\n      indicator: $indicator\n      tag: $tag\n      type: $type\n      unanswered: $unanswered\n      sort: $sort\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadRow\n        }\n      }\n    }\n  }\n": types.ForumThreadsDocument,
    "\n  subscription ForumFeedEvents($categoryId: ID) {\n    feedEvents(categoryId: $categoryId) {\n      kind\n      threadId\n      categoryId\n      thread {\n        ...ThreadRow\n      }\n    }\n  }\n": types.ForumFeedEventsDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadRow\n    }\n  }\n": types.CreateThreadDocument,
    "\n  subscription MyReadStates {\n    myReadStates {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n": types.MyReadStatesDocument,
    "\n  fragment ReadState on ThreadReadState {\n    level\n    lastReadPostNumber\n    unreadCount\n    firstUnreadPostNumber\n  }\n": types.ReadStateFragmentDoc,
    "\n  fragment ThreadRow on Thread {\n    id\n    type\n    title\n    tags\n    indicatorNumbers\n    isPinned\n    isLocked\n    isAnswered\n    replyCount\n    lastPostNumber\n    lastPostAt\n    createdAt\n    category {\n      id\n      name\n      color\n    }\n    author {\n      id\n      name\n      username\n    }\n    regions {\n      code\n      name\n    }\n    readState {\n      ...ReadState\n    }\n  }\n": types.ThreadRowFragmentDoc,
    "\n  fragment ThreadHeader on Thread {\n    ...ThreadRow\n    isDeleted\n    acceptedAnswer {\n      id\n      number\n      excerpt\n      author {\n        id\n        name\n        username\n      }\n    }\n    viewerCanEdit\n    viewerCanModerate\n    viewerCanAcceptAnswer\n  }\n": types.ThreadHeaderFragmentDoc,
    "\n  fragment PostFields on Post {\n    id\n    number\n    createdAt\n    editedAt\n    body\n    bodyMarkdown\n    excerpt\n    isDeleted\n    isHidden\n    hiddenReason\n    revisionCount\n    isAcceptedAnswer\n    viewerCanEdit\n    viewerCanDelete\n    viewerCanFlag\n    author {\n      id\n      name\n      username\n      region {\n        code\n        name\n      }\n    }\n    replyTo {\n      id\n      number\n      excerpt\n      isDeleted\n      author {\n        id\n        name\n        username\n      }\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n      users {\n        id\n        name\n        username\n      }\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query ForumIndicators($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      indicators {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.ForumIndicatorsDocument,
    "\n  query ForumFlags {\n    flags {\n      id\n      reason\n      createdAt\n      user {\n        id\n        name\n        username\n      }\n      post {\n        id\n        number\n        excerpt\n        isHidden\n        isDeleted\n        author {\n          id\n          name\n          username\n        }\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ForumFlagsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n      thread {\n        id\n        replyCount\n        lastPostNumber\n        lastPostAt\n        readState {\n          ...ReadState\n        }\n      }\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.ModeratePostDocument,
    "\n  mutation ToggleReaction($input: ToggleReactionInput!) {\n    toggleReaction(input: $input) {\n      ...PostFields\n    }\n  }\n": types.ToggleReactionDocument,
    "\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n": types.FlagPostDocument,
    "\n  query MentionableUsers($search: String!) {\n    mentionableUsers(search: $search, first: 6) {\n      id\n      name\n      username\n      region {\n        code\n        name\n      }\n    }\n  }\n": types.MentionableUsersDocument,
    "\n  query ForumSearch(\n    $query: String!\n    $first: Int!\n    $after: String\n    $categoryId: ID\n    $regionCode: String\n    $indicator: Int\n    $tag: String\n    $type: ThreadType\n    $unanswered: Boolean\n  ) {\n    search(\n      query: $query\n      first: $first\n      after: $after\n      categoryId: $categoryId\n      regionCode: $regionCode\n      indicator: $indicator\n      tag: $tag\n      type: $type\n      unanswered: $unanswered\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          snippet\n          rank\n          thread {\n            id\n            title\n            type\n            isAnswered\n            category {\n              id\n              name\n              color\n            }\n          }\n          post {\n            id\n            number\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ForumSearchDocument,
    "\n  query ForumThread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadHeader\n    }\n  }\n": types.ForumThreadDocument,
    "\n  query ForumPosts($id: ID!, $fromNumber: Int, $first: Int!) {\n    thread(id: $id) {\n      id\n      lastPostNumber\n      posts(fromNumber: $fromNumber, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            ...PostFields\n          }\n        }\n      }\n    }\n  }\n": types.ForumPostsDocument,
    "\n  query PostRevisions($threadId: ID!, $number: Int!) {\n    thread(id: $threadId) {\n      id\n      posts(fromNumber: $number, first: 1) {\n        edges {\n          node {\n            id\n            number\n            revisions {\n              id\n              title\n              bodyMarkdown\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PostRevisionsDocument,
    "\n  subscription ForumThreadEvents($threadId: ID!) {\n    threadEvents(threadId: $threadId) {\n      kind\n      threadId\n      thread {\n        ...ThreadHeader\n      }\n      post {\n        ...PostFields\n      }\n      viewers {\n        id\n        name\n        username\n      }\n      typing {\n        id\n        name\n        username\n      }\n    }\n  }\n": types.ForumThreadEventsDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $postNumber: Int) {\n    markThreadRead(threadId: $threadId, postNumber: $postNumber) {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  mutation FollowThread($threadId: ID!, $level: NotificationLevel!) {\n    followThread(threadId: $threadId, level: $level) {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n": types.FollowThreadDocument,
    "\n  mutation UpdatePresence($threadId: ID!, $typing: Boolean!, $leaving: Boolean!) {\n    updatePresence(threadId: $threadId, typing: $typing, leaving: $leaving)\n  }\n": types.UpdatePresenceDocument,
    "\n  mutation AcceptAnswer($threadId: ID!, $postId: ID) {\n    acceptAnswer(threadId: $threadId, postId: $postId) {\n      ...ThreadHeader\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation ModerateThread($input: ModerateThreadInput!) {\n    moderateThread(input: $input) {\n      ...ThreadHeader\n    }\n  }\n": types.ModerateThreadDocument,
    "\n  mutation UpdateThread($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      ...ThreadHeader\n    }\n  }\n": types.UpdateThreadDocument,
    "\n  fragment LiveQuestion on Question {\n    id\n    anonymous\n    text\n    status\n    voteCount\n    pinnedAt\n    answerText\n    answeredAt\n    createdAt\n    askedBy {\n      name\n      regionName\n      isGuest\n    }\n    votedByMe\n    askedByMe\n    isHighlighted\n    isPinned\n    isAnswered\n    freshGuestVoteCount\n  }\n": types.LiveQuestionFragmentDoc,
    "\n  fragment LivePoll on Poll {\n    id\n    title\n    kind\n    options {\n      id\n      label\n    }\n    maxChoices\n    state\n    hideResultsUntilClosed\n    createdAt\n    results {\n      optionId\n      label\n      count\n    }\n    words {\n      word\n      count\n    }\n    wordReview {\n      word\n      status\n      count\n    }\n    totalVotes\n    myChoices\n  }\n": types.LivePollFragmentDoc,
    "\n  fragment LiveSessionFields on LiveSession {\n    id\n    code\n    title\n    state\n    allowGuests\n    allowAnonymous\n    preModeration\n    reviewWords\n    blockedWords\n    createdAt\n    closedAt\n    joinPath\n    participantCount\n    viewerIsModerator\n    codeIsGuessable\n    meeting {\n      id\n      title\n    }\n    highlightedQuestion {\n      ...LiveQuestion\n    }\n    questions(includeAnswered: true, sort: RECENT) {\n      ...LiveQuestion\n    }\n    polls {\n      ...LivePoll\n    }\n  }\n": types.LiveSessionFieldsFragmentDoc,
    "\n  fragment LiveVoteCount on Question {\n    id\n    voteCount\n  }\n": types.LiveVoteCountFragmentDoc,
    "\n  fragment LiveMyVote on Question {\n    id\n    voteCount\n    votedByMe\n  }\n": types.LiveMyVoteFragmentDoc,
    "\n  fragment LiveHighlightFlag on Question {\n    id\n    isHighlighted\n  }\n": types.LiveHighlightFlagFragmentDoc,
    "\n  fragment LivePresence on LiveSession {\n    id\n    participantCount\n  }\n": types.LivePresenceFragmentDoc,
    "\n  query LiveSessionGuests($sessionId: ID!) {\n    liveSessionGuests(sessionId: $sessionId) {\n      id\n      name\n      regionName\n      joinedAt\n      removedAt\n      questionCount\n      voteCount\n    }\n  }\n": types.LiveSessionGuestsDocument,
    "\n  mutation RemoveGuest($participantId: ID!) {\n    removeGuest(participantId: $participantId)\n  }\n": types.RemoveGuestDocument,
    "\n  fragment MeetingSession on LiveSession {\n    id\n    code\n    title\n    state\n    allowGuests\n    allowAnonymous\n    preModeration\n    joinPath\n    createdAt\n    closedAt\n  }\n": types.MeetingSessionFragmentDoc,
    "\n  query Meetings($upcoming: Boolean!) {\n    meetings(upcoming: $upcoming) {\n      id\n      title\n      startsAt\n      endsAt\n      organiser\n      sessions {\n        id\n        code\n        state\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      organiser\n      cohortSlug\n      regionCodes\n      createdAt\n      agenda {\n        title\n        startsAt\n      }\n      sessions {\n        ...MeetingSession\n      }\n    }\n  }\n": types.MeetingDocument,
    "\n  query MeetingCohorts {\n    cohorts {\n      slug\n      name\n    }\n  }\n": types.MeetingCohortsDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation OpenLiveSession($input: OpenLiveSessionInput!) {\n    openLiveSession(input: $input) {\n      ...MeetingSession\n    }\n  }\n": types.OpenLiveSessionDocument,
    "\n  mutation SetLiveSessionState($sessionId: ID!, $state: LiveSessionState!) {\n    setLiveSessionState(sessionId: $sessionId, state: $state) {\n      id\n      state\n      closedAt\n    }\n  }\n": types.SetLiveSessionStateDocument,
    "\n  query LiveSessionExport($sessionId: ID!, $format: ExportFormat!) {\n    liveSessionExport(sessionId: $sessionId, format: $format)\n  }\n": types.LiveSessionExportDocument,
    "\n  mutation ConvertQuestionsToThreads($sessionId: ID!, $categoryId: ID!) {\n    convertQuestionsToThreads(sessionId: $sessionId, categoryId: $categoryId)\n  }\n": types.ConvertQuestionsToThreadsDocument,
    "\n  mutation LinkHallScreen($sessionId: ID!) {\n    linkHallScreen(sessionId: $sessionId) {\n      path\n    }\n  }\n": types.LinkHallScreenDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...LivePoll\n    }\n  }\n": types.CreatePollDocument,
    "\n  mutation SetPollState($pollId: ID!, $state: PollState!) {\n    setPollState(pollId: $pollId, state: $state) {\n      ...LivePoll\n    }\n  }\n": types.SetPollStateDocument,
    "\n  mutation VotePoll($input: VotePollInput!) {\n    votePoll(input: $input) {\n      ...LivePoll\n    }\n  }\n": types.VotePollDocument,
    "\n  mutation AskQuestion($sessionId: ID!, $text: String!, $anonymous: Boolean!) {\n    askQuestion(sessionId: $sessionId, text: $text, anonymous: $anonymous) {\n      ...LiveQuestion\n    }\n  }\n": types.AskQuestionDocument,
    "\n  mutation EditQuestion($questionId: ID!, $text: String!) {\n    editQuestion(questionId: $questionId, text: $text) {\n      ...LiveQuestion\n    }\n  }\n": types.EditQuestionDocument,
    "\n  mutation WithdrawQuestion($questionId: ID!) {\n    withdrawQuestion(questionId: $questionId) {\n      ...LiveQuestion\n    }\n  }\n": types.WithdrawQuestionDocument,
    "\n  mutation ToggleQuestionVote($questionId: ID!) {\n    toggleQuestionVote(questionId: $questionId) {\n      id\n      voteCount\n      votedByMe\n    }\n  }\n": types.ToggleQuestionVoteDocument,
    "\n  mutation ModerateQuestion($input: ModerateQuestionInput!) {\n    moderateQuestion(input: $input) {\n      ...LiveQuestion\n    }\n  }\n": types.ModerateQuestionDocument,
    "\n  query LiveSession($code: String!) {\n    liveSession(code: $code) {\n      ...LiveSessionFields\n    }\n  }\n": types.LiveSessionDocument,
    "\n  subscription LiveSessionEvents($sessionId: ID!) {\n    liveSessionEvents(sessionId: $sessionId) {\n      kind\n      sessionId\n      question {\n        ...LiveQuestion\n      }\n      votes {\n        questionId\n        voteCount\n      }\n      poll {\n        ...LivePoll\n      }\n      participantCount\n      highlightedQuestionId\n    }\n  }\n": types.LiveSessionEventsDocument,
    "\n  mutation JoinLiveSession($input: JoinLiveSessionInput!) {\n    joinLiveSession(input: $input) {\n      guestToken\n      session {\n        id\n        code\n        title\n        state\n      }\n    }\n  }\n": types.JoinLiveSessionDocument,
    "\n  query LiveSessionPreview($code: String!) {\n    liveSessionPreview(code: $code) {\n      code\n      title\n      meetingTitle\n      state\n      allowGuests\n    }\n  }\n": types.LiveSessionPreviewDocument,
    "\n  mutation ModerateWord($input: ModerateWordInput!) {\n    moderateWord(input: $input) {\n      ...LivePoll\n    }\n  }\n": types.ModerateWordDocument,
    "\n  mutation SetWordReview($sessionId: ID!, $reviewWords: Boolean!) {\n    setWordReview(sessionId: $sessionId, reviewWords: $reviewWords) {\n      id\n      reviewWords\n    }\n  }\n": types.SetWordReviewDocument,
    "\n  mutation SetBlockedWords($input: SetBlockedWordsInput!) {\n    setBlockedWords(input: $input) {\n      id\n      blockedWords\n    }\n  }\n": types.SetBlockedWordsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    link\n    text\n    actor {\n      id\n      name\n      username\n    }\n    thread {\n      id\n      title\n    }\n    post {\n      id\n      number\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query MoreNotifications($first: Int!, $after: String!) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.MoreNotificationsDocument,
    "\n  subscription MyNotifications {\n    myNotifications {\n      ...NotificationFields\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment NotificationRead on Notification {\n    id\n    readAt\n  }\n": types.NotificationReadFragmentDoc,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      state\n      isDemo\n      updatedAt\n      myRole\n      region {\n        code\n        name\n      }\n      framework {\n        code\n        title\n      }\n      sourcePlan {\n        id\n        title\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          username\n        }\n      }\n      items {\n        id\n        currentLevel\n        targetLevel\n        actions\n        dueOn\n        status\n        indicator {\n          id\n          number\n          name\n        }\n        owner {\n          id\n          name\n        }\n        challenge {\n          id\n          title\n        }\n        solution {\n          id\n          title\n        }\n        changes {\n          field\n          at\n          by {\n            id\n            name\n          }\n        }\n      }\n      projection {\n        baseYear\n        currentIndex\n        currentPredicate\n        index\n        predicate\n        completeness\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          current\n          projected\n        }\n      }\n      priorities(first: 5) {\n        indicator {\n          id\n          number\n          name\n        }\n        fromLevel\n        toLevel\n        gain\n        regionCount\n      }\n    }\n  }\n": types.PlanDocument,
    "\n  subscription PlanEvents($planId: ID!) {\n    planEvents(planId: $planId) {\n      kind\n      planId\n      by {\n        id\n        name\n      }\n      fields\n    }\n  }\n": types.PlanEventsDocument,
    "\n  query RegionProfile($code: String!) {\n    region(code: $code) {\n      code\n      name\n      kind\n      province {\n        code\n        name\n      }\n      latestAssessment {\n        id\n        year\n        index\n        predicate\n      }\n      assessments {\n        id\n        year\n        index\n        predicate\n        completeness\n        levelCount\n        indicatorCount\n        updatedAt\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          score\n          weightPercent\n          completeness\n        }\n      }\n    }\n  }\n": types.RegionProfileDocument,
    "\n  subscription AssessmentRecorded($regionCode: String!) {\n    assessmentRecorded(regionCode: $regionCode) {\n      id\n      year\n      index\n      predicate\n      completeness\n      levelCount\n    }\n  }\n": types.AssessmentRecordedDocument,
    "\n  query RegionStudiTiru($code: String!) {\n    region(code: $code) {\n      code\n      challengesOpened\n      solutionsShared\n      solutionsReplicatedHere\n      replications(first: 10) {\n        id\n        status\n        solution {\n          id\n          title\n          region {\n            code\n            name\n          }\n          challenge {\n            id\n          }\n        }\n      }\n      challenges(first: 10) {\n        id\n        title\n        stage\n        solutionCount\n        teamCount\n        lastActivityAt\n      }\n    }\n  }\n": types.RegionStudiTiruDocument,
    "\n  query RegionDirectory($first: Int!, $after: String, $search: String, $provinceCode: String, $cohort: String) {\n    regions(first: $first, after: $after, search: $search, provinceCode: $provinceCode, cohort: $cohort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n          province {\n            code\n            name\n          }\n          latestAssessment {\n            id\n            year\n            index\n            predicate\n          }\n        }\n      }\n    }\n  }\n": types.RegionDirectoryDocument,
    "\n  query RegionFilters {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n  }\n": types.RegionFiltersDocument,
    "\n  query FrameworkList {\n    spbeFrameworks {\n      id\n      code\n      title\n      isDraft\n    }\n  }\n": types.FrameworkListDocument,
    "\n  query FrameworkDetail($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      title\n      isDraft\n      minLevel\n      maxLevel\n      indicatorCount\n      levels {\n        level\n        name\n      }\n      predicates {\n        name\n        minScore\n      }\n      domains {\n        id\n        number\n        name\n        weightPercent\n        aspects {\n          id\n          number\n          name\n          weightPercent\n          indicators {\n            id\n            number\n            name\n            weightPercent\n          }\n        }\n      }\n      aspects {\n        id\n        number\n        name\n        weightPercent\n        indicators {\n          id\n          number\n          name\n          weightPercent\n        }\n      }\n    }\n  }\n": types.FrameworkDetailDocument,
    "\n  query MemberProfile($username: String!) {\n    user(username: $username) {\n      id\n      name\n      username\n      role\n      organisation\n      createdAt\n      region {\n        code\n        name\n      }\n    }\n    threads(first: 20, authorUsername: $username, sort: NEWEST) {\n      totalCount\n      edges {\n        node {\n          ...ThreadRow\n        }\n      }\n    }\n  }\n": types.MemberProfileDocument,
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
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      system\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      browser\n      system\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: String!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: String!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      name\n      username\n      expiresAt\n      issuedBy\n    }\n  }\n"): (typeof documents)["\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      name\n      username\n      expiresAt\n      issuedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query People($search: String) {\n    people(search: $search) {\n      id\n      name\n      username\n      email\n      role\n      organisation\n      deactivatedAt\n      region {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($search: String) {\n    people(search: $search) {\n      id\n      name\n      username\n      email\n      role\n      organisation\n      deactivatedAt\n      region {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePasswordReset($userId: ID!) {\n    issuePasswordReset(userId: $userId) {\n      token\n      path\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssuePasswordReset($userId: ID!) {\n    issuePasswordReset(userId: $userId) {\n      token\n      path\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitePreview($token: String!) {\n    invite(token: $token) {\n      id\n      role\n      organisation\n      email\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitePreview($token: String!) {\n    invite(token: $token) {\n      id\n      role\n      organisation\n      email\n      expiresAt\n      region {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengePersonFields on User {\n    id\n    name\n    username\n    role\n    region {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengePersonFields on User {\n    id\n    name\n    username\n    role\n    region {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeMemberFields on ChallengeMember {\n    id\n    role\n    status\n    createdAt\n    decidedAt\n    user {\n      ...ChallengePersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeMemberFields on ChallengeMember {\n    id\n    role\n    status\n    createdAt\n    decidedAt\n    user {\n      ...ChallengePersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolutionCardFields on Solution {\n    id\n    title\n    descriptionHtml\n    status\n    budgetRange\n    needsTraining\n    needsRegulation\n    decisionReason\n    trialStartsOn\n    trialEndsOn\n    trialPlan\n    supportCount\n    endorsementCount\n    replicationCount\n    supportedByMe\n    createdAt\n    editedAt\n    author {\n      id\n      name\n      username\n    }\n    region {\n      code\n      name\n    }\n    links {\n      kind\n      label\n      url\n    }\n    indicators {\n      frameworkCode\n      number\n      name\n    }\n    endorsements {\n      id\n      statement\n      createdAt\n      region {\n        code\n        name\n      }\n    }\n    trialRegions {\n      code\n      name\n    }\n    results {\n      ...SolutionResultFields\n    }\n    thread {\n      id\n      replyCount\n    }\n  }\n"): (typeof documents)["\n  fragment SolutionCardFields on Solution {\n    id\n    title\n    descriptionHtml\n    status\n    budgetRange\n    needsTraining\n    needsRegulation\n    decisionReason\n    trialStartsOn\n    trialEndsOn\n    trialPlan\n    supportCount\n    endorsementCount\n    replicationCount\n    supportedByMe\n    createdAt\n    editedAt\n    author {\n      id\n      name\n      username\n    }\n    region {\n      code\n      name\n    }\n    links {\n      kind\n      label\n      url\n    }\n    indicators {\n      frameworkCode\n      number\n      name\n    }\n    endorsements {\n      id\n      statement\n      createdAt\n      region {\n        code\n        name\n      }\n    }\n    trialRegions {\n      code\n      name\n    }\n    results {\n      ...SolutionResultFields\n    }\n    thread {\n      id\n      replyCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolutionResultFields on SolutionResult {\n    id\n    metric\n    unit\n    baseline\n    target\n    measured\n    progress\n    outcome\n    recordedAt\n    region {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SolutionResultFields on SolutionResult {\n    id\n    metric\n    unit\n    baseline\n    target\n    measured\n    progress\n    outcome\n    recordedAt\n    region {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeTimelineFields on Challenge {\n    id\n    stage\n    lastActivityAt\n    openToJoin\n    timeline {\n      id\n      fromStage\n      toStage\n      note\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeTimelineFields on Challenge {\n    id\n    stage\n    lastActivityAt\n    openToJoin\n    timeline {\n      id\n      fromStage\n      toStage\n      note\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeTeamFields on Challenge {\n    id\n    teamCount\n    team {\n      ...ChallengeMemberFields\n    }\n    myMembership {\n      ...ChallengeMemberFields\n    }\n    myPendingMembers {\n      ...ChallengeMemberFields\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeTeamFields on Challenge {\n    id\n    teamCount\n    team {\n      ...ChallengeMemberFields\n    }\n    myMembership {\n      ...ChallengeMemberFields\n    }\n    myPendingMembers {\n      ...ChallengeMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      problemMarkdown\n      problemHtml\n      tags\n      createdAt\n      cohort {\n        slug\n        name\n      }\n      regions {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      indicators {\n        frameworkCode\n        number\n        name\n      }\n      deadlines {\n        stage\n        dueAt\n      }\n      createdBy {\n        id\n        name\n      }\n      solutionCount\n      followerCount\n      followedByMe\n      thread {\n        id\n        title\n        replyCount\n        lastPostAt\n      }\n      solutions {\n        ...SolutionCardFields\n      }\n      ...ChallengeTimelineFields\n      ...ChallengeTeamFields\n    }\n  }\n"): (typeof documents)["\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      problemMarkdown\n      problemHtml\n      tags\n      createdAt\n      cohort {\n        slug\n        name\n      }\n      regions {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      indicators {\n        frameworkCode\n        number\n        name\n      }\n      deadlines {\n        stage\n        dueAt\n      }\n      createdBy {\n        id\n        name\n      }\n      solutionCount\n      followerCount\n      followedByMe\n      thread {\n        id\n        title\n        replyCount\n        lastPostAt\n      }\n      solutions {\n        ...SolutionCardFields\n      }\n      ...ChallengeTimelineFields\n      ...ChallengeTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveChallengeStage($input: MoveChallengeStageInput!) {\n    moveChallengeStage(input: $input) {\n      ...ChallengeTimelineFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveChallengeStage($input: MoveChallengeStageInput!) {\n    moveChallengeStage(input: $input) {\n      ...ChallengeTimelineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoinChallenge($input: RequestToJoinChallengeInput!) {\n    requestToJoinChallenge(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoinChallenge($input: RequestToJoinChallengeInput!) {\n    requestToJoinChallenge(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToChallenge($input: InviteToChallengeInput!) {\n    inviteToChallenge(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToChallenge($input: InviteToChallengeInput!) {\n    inviteToChallenge(input: $input) {\n      ...ChallengeMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveChallenge($challengeId: ID!) {\n    leaveChallenge(challengeId: $challengeId) {\n      ...ChallengeTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveChallenge($challengeId: ID!) {\n    leaveChallenge(challengeId: $challengeId) {\n      ...ChallengeTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengePeopleSearch($search: String!) {\n    mentionableUsers(search: $search, first: 8) {\n      ...ChallengePersonFields\n    }\n  }\n"): (typeof documents)["\n  query ChallengePeopleSearch($search: String!) {\n    mentionableUsers(search: $search, first: 8) {\n      ...ChallengePersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeCardFields on Challenge {\n    id\n    title\n    stage\n    lastActivityAt\n    openToJoin\n    teamCount\n    solutionCount\n    supportCount\n    replicationCount\n    regions {\n      code\n      name\n    }\n    indicators {\n      frameworkCode\n      number\n      name\n    }\n    cohort {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeCardFields on Challenge {\n    id\n    title\n    stage\n    lastActivityAt\n    openToJoin\n    teamCount\n    solutionCount\n    supportCount\n    replicationCount\n    regions {\n      code\n      name\n    }\n    indicators {\n      frameworkCode\n      number\n      name\n    }\n    cohort {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenges($first: Int!, $after: String, $stage: ChallengeStage, $indicator: IndicatorRefInput, $regionCode: String, $province: String, $cohort: String, $openToJoin: Boolean, $hasReplications: Boolean, $sort: ChallengeSort!) {\n    challenges(first: $first, after: $after, stage: $stage, indicator: $indicator, regionCode: $regionCode, province: $province, cohort: $cohort, openToJoin: $openToJoin, hasReplications: $hasReplications, sort: $sort) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ChallengeCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenges($first: Int!, $after: String, $stage: ChallengeStage, $indicator: IndicatorRefInput, $regionCode: String, $province: String, $cohort: String, $openToJoin: Boolean, $hasReplications: Boolean, $sort: ChallengeSort!) {\n    challenges(first: $first, after: $after, stage: $stage, indicator: $indicator, regionCode: $regionCode, province: $province, cohort: $cohort, openToJoin: $openToJoin, hasReplications: $hasReplications, sort: $sort) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ChallengeCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeChoices {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n    spbeFramework(code: \"SPBE-2020\") {\n      id\n      code\n      indicators {\n        id\n        number\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeChoices {\n    provinces {\n      code\n      name\n    }\n    cohorts {\n      slug\n      name\n    }\n    spbeFramework(code: \"SPBE-2020\") {\n      id\n      code\n      indicators {\n        id\n        number\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeRegionSearch($search: String!) {\n    regions(search: $search, first: 8) {\n      edges {\n        node {\n          code\n          name\n          province {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeRegionSearch($search: String!) {\n    regions(search: $search, first: 8) {\n      edges {\n        node {\n          code\n          name\n          province {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenChallenge($input: OpenChallengeInput!) {\n    openChallenge(input: $input) {\n      ...ChallengeCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenChallenge($input: OpenChallengeInput!) {\n    openChallenge(input: $input) {\n      ...ChallengeCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChallengeEvents($challengeId: ID!) {\n    challengeEvents(challengeId: $challengeId) {\n      kind\n      challengeId\n      solutionId\n      userId\n      challenge {\n        ...ChallengeTimelineFields\n        solutionCount\n        teamCount\n      }\n      solution {\n        ...SolutionCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChallengeEvents($challengeId: ID!) {\n    challengeEvents(challengeId: $challengeId) {\n      kind\n      challengeId\n      solutionId\n      userId\n      challenge {\n        ...ChallengeTimelineFields\n        solutionCount\n        teamCount\n      }\n      solution {\n        ...SolutionCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowChallenge($challengeId: ID!, $follow: Boolean!) {\n    followChallenge(challengeId: $challengeId, follow: $follow) {\n      id\n      followerCount\n      followedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation FollowChallenge($challengeId: ID!, $follow: Boolean!) {\n    followChallenge(challengeId: $challengeId, follow: $follow) {\n      id\n      followerCount\n      followedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Solution($id: ID!) {\n    solution(id: $id) {\n      ...SolutionCardFields\n      descriptionMarkdown\n      updatedAt\n      challenge {\n        id\n        title\n        stage\n        regions {\n          code\n          name\n        }\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      viewerCanReplicate\n      lineage {\n        ...SolutionLineageFields\n      }\n      replications {\n        id\n      }\n      revisions {\n        id\n        title\n        descriptionMarkdown\n        createdAt\n        editor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Solution($id: ID!) {\n    solution(id: $id) {\n      ...SolutionCardFields\n      descriptionMarkdown\n      updatedAt\n      challenge {\n        id\n        title\n        stage\n        regions {\n          code\n          name\n        }\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      viewerCanReplicate\n      lineage {\n        ...SolutionLineageFields\n      }\n      replications {\n        id\n      }\n      revisions {\n        id\n        title\n        descriptionMarkdown\n        createdAt\n        editor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeSolution($input: ProposeSolutionInput!) {\n    proposeSolution(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeSolution($input: ProposeSolutionInput!) {\n    proposeSolution(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSolution($input: UpdateSolutionInput!) {\n    updateSolution(input: $input) {\n      ...SolutionCardFields\n      descriptionMarkdown\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSolution($input: UpdateSolutionInput!) {\n    updateSolution(input: $input) {\n      ...SolutionCardFields\n      descriptionMarkdown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleSolutionSupport($solutionId: ID!) {\n    toggleSolutionSupport(solutionId: $solutionId) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation ToggleSolutionSupport($solutionId: ID!) {\n    toggleSolutionSupport(solutionId: $solutionId) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolutionSupportFields on Solution {\n    id\n    supportCount\n    supportedByMe\n  }\n"): (typeof documents)["\n  fragment SolutionSupportFields on Solution {\n    id\n    supportCount\n    supportedByMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorseSolution($input: EndorseSolutionInput!) {\n    endorseSolution(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndorseSolution($input: EndorseSolutionInput!) {\n    endorseSolution(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEndorsement($input: WithdrawEndorsementInput!) {\n    withdrawEndorsement(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawEndorsement($input: WithdrawEndorsementInput!) {\n    withdrawEndorsement(input: $input) {\n      ...SolutionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideSolution($input: DecideSolutionInput!) {\n    decideSolution(input: $input) {\n      ...SolutionCardFields\n      # Selection reorders the challenge's list (selected first): the answer carries the new order,\n      # so the page never waits on a cache miss.\n      challenge {\n        id\n        solutions {\n          ...SolutionCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideSolution($input: DecideSolutionInput!) {\n    decideSolution(input: $input) {\n      ...SolutionCardFields\n      # Selection reorders the challenge's list (selected first): the answer carries the new order,\n      # so the page never waits on a cache miss.\n      challenge {\n        id\n        solutions {\n          ...SolutionCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordResult($input: RecordResultInput!) {\n    recordResult(input: $input) {\n      ...SolutionResultFields\n      solution {\n        id\n        results {\n          ...SolutionResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordResult($input: RecordResultInput!) {\n    recordResult(input: $input) {\n      ...SolutionResultFields\n      solution {\n        id\n        results {\n          ...SolutionResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplicationFields on Replication {\n    id\n    status\n    statusReason\n    startsOn\n    endsOn\n    adaptationHtml\n    adaptationMarkdown\n    outcome\n    createdAt\n    viewerCanUpdate\n    region {\n      code\n      name\n    }\n    parent {\n      id\n      region {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReplicationFields on Replication {\n    id\n    status\n    statusReason\n    startsOn\n    endsOn\n    adaptationHtml\n    adaptationMarkdown\n    outcome\n    createdAt\n    viewerCanUpdate\n    region {\n      code\n      name\n    }\n    parent {\n      id\n      region {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolutionLineageFields on SolutionLineage {\n    replicatingRegions\n    done\n    indicators {\n      frameworkCode\n      number\n      name\n      averageChange\n      measured\n    }\n    nodes {\n      id\n      parentId\n      depth\n      region {\n        code\n        name\n      }\n      replication {\n        ...ReplicationFields\n      }\n      levels {\n        frameworkCode\n        number\n        name\n        before\n        beforeYear\n        after\n        afterYear\n        change\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SolutionLineageFields on SolutionLineage {\n    replicatingRegions\n    done\n    indicators {\n      frameworkCode\n      number\n      name\n      averageChange\n      measured\n    }\n    nodes {\n      id\n      parentId\n      depth\n      region {\n        code\n        name\n      }\n      replication {\n        ...ReplicationFields\n      }\n      levels {\n        frameworkCode\n        number\n        name\n        before\n        beforeYear\n        after\n        afterYear\n        change\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicateSolution($input: ReplicateSolutionInput!) {\n    replicateSolution(input: $input) {\n      ...ReplicationFields\n      solution {\n        id\n        replicationCount\n        viewerCanReplicate\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplicateSolution($input: ReplicateSolutionInput!) {\n    replicateSolution(input: $input) {\n      ...ReplicationFields\n      solution {\n        id\n        replicationCount\n        viewerCanReplicate\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReplication($input: UpdateReplicationInput!) {\n    updateReplication(input: $input) {\n      ...ReplicationFields\n      solution {\n        id\n        replicationCount\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReplication($input: UpdateReplicationInput!) {\n    updateReplication(input: $input) {\n      ...ReplicationFields\n      solution {\n        id\n        replicationCount\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeLineages($id: ID!) {\n    challenge(id: $id) {\n      id\n      solutions {\n        id\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeLineages($id: ID!) {\n    challenge(id: $id) {\n      id\n      solutions {\n        id\n        lineage {\n          ...SolutionLineageFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumCategories {\n    categories {\n      id\n      slug\n      name\n      description\n      color\n      position\n      threadCount\n    }\n  }\n"): (typeof documents)["\n  query ForumCategories {\n    categories {\n      id\n      slug\n      name\n      description\n      color\n      position\n      threadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThreads(\n    $first: Int!\n    $after: String\n    $categoryId: ID\n    $regionCode: String\n    $indicator: Int\n    $tag: String\n    $type: ThreadType\n    $unanswered: Boolean\n    $sort: ThreadSort!\n  ) {\n    threads(\n      first: $first\n      after: $after\n      categoryId: $categoryId\n      regionCode: $regionCode\n      indicator: $indicator\n      tag: $tag\n      type: $type\n      unanswered: $unanswered\n      sort: $sort\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumThreads(\n    $first: Int!\n    $after: String\n    $categoryId: ID\n    $regionCode: String\n    $indicator: Int\n    $tag: String\n    $type: ThreadType\n    $unanswered: Boolean\n    $sort: ThreadSort!\n  ) {\n    threads(\n      first: $first\n      after: $after\n      categoryId: $categoryId\n      regionCode: $regionCode\n      indicator: $indicator\n      tag: $tag\n      type: $type\n      unanswered: $unanswered\n      sort: $sort\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ForumFeedEvents($categoryId: ID) {\n    feedEvents(categoryId: $categoryId) {\n      kind\n      threadId\n      categoryId\n      thread {\n        ...ThreadRow\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ForumFeedEvents($categoryId: ID) {\n    feedEvents(categoryId: $categoryId) {\n      kind\n      threadId\n      categoryId\n      thread {\n        ...ThreadRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyReadStates {\n    myReadStates {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyReadStates {\n    myReadStates {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadState on ThreadReadState {\n    level\n    lastReadPostNumber\n    unreadCount\n    firstUnreadPostNumber\n  }\n"): (typeof documents)["\n  fragment ReadState on ThreadReadState {\n    level\n    lastReadPostNumber\n    unreadCount\n    firstUnreadPostNumber\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadRow on Thread {\n    id\n    type\n    title\n    tags\n    indicatorNumbers\n    isPinned\n    isLocked\n    isAnswered\n    replyCount\n    lastPostNumber\n    lastPostAt\n    createdAt\n    category {\n      id\n      name\n      color\n    }\n    author {\n      id\n      name\n      username\n    }\n    regions {\n      code\n      name\n    }\n    readState {\n      ...ReadState\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadRow on Thread {\n    id\n    type\n    title\n    tags\n    indicatorNumbers\n    isPinned\n    isLocked\n    isAnswered\n    replyCount\n    lastPostNumber\n    lastPostAt\n    createdAt\n    category {\n      id\n      name\n      color\n    }\n    author {\n      id\n      name\n      username\n    }\n    regions {\n      code\n      name\n    }\n    readState {\n      ...ReadState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadHeader on Thread {\n    ...ThreadRow\n    isDeleted\n    acceptedAnswer {\n      id\n      number\n      excerpt\n      author {\n        id\n        name\n        username\n      }\n    }\n    viewerCanEdit\n    viewerCanModerate\n    viewerCanAcceptAnswer\n  }\n"): (typeof documents)["\n  fragment ThreadHeader on Thread {\n    ...ThreadRow\n    isDeleted\n    acceptedAnswer {\n      id\n      number\n      excerpt\n      author {\n        id\n        name\n        username\n      }\n    }\n    viewerCanEdit\n    viewerCanModerate\n    viewerCanAcceptAnswer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    number\n    createdAt\n    editedAt\n    body\n    bodyMarkdown\n    excerpt\n    isDeleted\n    isHidden\n    hiddenReason\n    revisionCount\n    isAcceptedAnswer\n    viewerCanEdit\n    viewerCanDelete\n    viewerCanFlag\n    author {\n      id\n      name\n      username\n      region {\n        code\n        name\n      }\n    }\n    replyTo {\n      id\n      number\n      excerpt\n      isDeleted\n      author {\n        id\n        name\n        username\n      }\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n      users {\n        id\n        name\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    number\n    createdAt\n    editedAt\n    body\n    bodyMarkdown\n    excerpt\n    isDeleted\n    isHidden\n    hiddenReason\n    revisionCount\n    isAcceptedAnswer\n    viewerCanEdit\n    viewerCanDelete\n    viewerCanFlag\n    author {\n      id\n      name\n      username\n      region {\n        code\n        name\n      }\n    }\n    replyTo {\n      id\n      number\n      excerpt\n      isDeleted\n      author {\n        id\n        name\n        username\n      }\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n      users {\n        id\n        name\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumIndicators($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      indicators {\n        id\n        number\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumIndicators($code: String!) {\n    spbeFramework(code: $code) {\n      id\n      code\n      indicators {\n        id\n        number\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumFlags {\n    flags {\n      id\n      reason\n      createdAt\n      user {\n        id\n        name\n        username\n      }\n      post {\n        id\n        number\n        excerpt\n        isHidden\n        isDeleted\n        author {\n          id\n          name\n          username\n        }\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumFlags {\n    flags {\n      id\n      reason\n      createdAt\n      user {\n        id\n        name\n        username\n      }\n      post {\n        id\n        number\n        excerpt\n        isHidden\n        isDeleted\n        author {\n          id\n          name\n          username\n        }\n        thread {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n      thread {\n        id\n        replyCount\n        lastPostNumber\n        lastPostAt\n        readState {\n          ...ReadState\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n      thread {\n        id\n        replyCount\n        lastPostNumber\n        lastPostAt\n        readState {\n          ...ReadState\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleReaction($input: ToggleReactionInput!) {\n    toggleReaction(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ToggleReaction($input: ToggleReactionInput!) {\n    toggleReaction(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FlagPost($postId: ID!, $reason: String!) {\n    flagPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionableUsers($search: String!) {\n    mentionableUsers(search: $search, first: 6) {\n      id\n      name\n      username\n      region {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionableUsers($search: String!) {\n    mentionableUsers(search: $search, first: 6) {\n      id\n      name\n      username\n      region {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumSearch(\n    $query: String!\n    $first: Int!\n    $after: String\n    $categoryId: ID\n    $regionCode: String\n    $indicator: Int\n    $tag: String\n    $type: ThreadType\n    $unanswered: Boolean\n  ) {\n    search(\n      query: $query\n      first: $first\n      after: $after\n      categoryId: $categoryId\n      regionCode: $regionCode\n      indicator: $indicator\n      tag: $tag\n      type: $type\n      unanswered: $unanswered\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          snippet\n          rank\n          thread {\n            id\n            title\n            type\n            isAnswered\n            category {\n              id\n              name\n              color\n            }\n          }\n          post {\n            id\n            number\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumSearch(\n    $query: String!\n    $first: Int!\n    $after: String\n    $categoryId: ID\n    $regionCode: String\n    $indicator: Int\n    $tag: String\n    $type: ThreadType\n    $unanswered: Boolean\n  ) {\n    search(\n      query: $query\n      first: $first\n      after: $after\n      categoryId: $categoryId\n      regionCode: $regionCode\n      indicator: $indicator\n      tag: $tag\n      type: $type\n      unanswered: $unanswered\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          snippet\n          rank\n          thread {\n            id\n            title\n            type\n            isAnswered\n            category {\n              id\n              name\n              color\n            }\n          }\n          post {\n            id\n            number\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadHeader\n    }\n  }\n"): (typeof documents)["\n  query ForumThread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPosts($id: ID!, $fromNumber: Int, $first: Int!) {\n    thread(id: $id) {\n      id\n      lastPostNumber\n      posts(fromNumber: $fromNumber, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            ...PostFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumPosts($id: ID!, $fromNumber: Int, $first: Int!) {\n    thread(id: $id) {\n      id\n      lastPostNumber\n      posts(fromNumber: $fromNumber, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            ...PostFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostRevisions($threadId: ID!, $number: Int!) {\n    thread(id: $threadId) {\n      id\n      posts(fromNumber: $number, first: 1) {\n        edges {\n          node {\n            id\n            number\n            revisions {\n              id\n              title\n              bodyMarkdown\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostRevisions($threadId: ID!, $number: Int!) {\n    thread(id: $threadId) {\n      id\n      posts(fromNumber: $number, first: 1) {\n        edges {\n          node {\n            id\n            number\n            revisions {\n              id\n              title\n              bodyMarkdown\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ForumThreadEvents($threadId: ID!) {\n    threadEvents(threadId: $threadId) {\n      kind\n      threadId\n      thread {\n        ...ThreadHeader\n      }\n      post {\n        ...PostFields\n      }\n      viewers {\n        id\n        name\n        username\n      }\n      typing {\n        id\n        name\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ForumThreadEvents($threadId: ID!) {\n    threadEvents(threadId: $threadId) {\n      kind\n      threadId\n      thread {\n        ...ThreadHeader\n      }\n      post {\n        ...PostFields\n      }\n      viewers {\n        id\n        name\n        username\n      }\n      typing {\n        id\n        name\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($threadId: ID!, $postNumber: Int) {\n    markThreadRead(threadId: $threadId, postNumber: $postNumber) {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($threadId: ID!, $postNumber: Int) {\n    markThreadRead(threadId: $threadId, postNumber: $postNumber) {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowThread($threadId: ID!, $level: NotificationLevel!) {\n    followThread(threadId: $threadId, level: $level) {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowThread($threadId: ID!, $level: NotificationLevel!) {\n    followThread(threadId: $threadId, level: $level) {\n      id\n      readState {\n        ...ReadState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePresence($threadId: ID!, $typing: Boolean!, $leaving: Boolean!) {\n    updatePresence(threadId: $threadId, typing: $typing, leaving: $leaving)\n  }\n"): (typeof documents)["\n  mutation UpdatePresence($threadId: ID!, $typing: Boolean!, $leaving: Boolean!) {\n    updatePresence(threadId: $threadId, typing: $typing, leaving: $leaving)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($threadId: ID!, $postId: ID) {\n    acceptAnswer(threadId: $threadId, postId: $postId) {\n      ...ThreadHeader\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($threadId: ID!, $postId: ID) {\n    acceptAnswer(threadId: $threadId, postId: $postId) {\n      ...ThreadHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateThread($input: ModerateThreadInput!) {\n    moderateThread(input: $input) {\n      ...ThreadHeader\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateThread($input: ModerateThreadInput!) {\n    moderateThread(input: $input) {\n      ...ThreadHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateThread($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      ...ThreadHeader\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateThread($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      ...ThreadHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveQuestion on Question {\n    id\n    anonymous\n    text\n    status\n    voteCount\n    pinnedAt\n    answerText\n    answeredAt\n    createdAt\n    askedBy {\n      name\n      regionName\n      isGuest\n    }\n    votedByMe\n    askedByMe\n    isHighlighted\n    isPinned\n    isAnswered\n    freshGuestVoteCount\n  }\n"): (typeof documents)["\n  fragment LiveQuestion on Question {\n    id\n    anonymous\n    text\n    status\n    voteCount\n    pinnedAt\n    answerText\n    answeredAt\n    createdAt\n    askedBy {\n      name\n      regionName\n      isGuest\n    }\n    votedByMe\n    askedByMe\n    isHighlighted\n    isPinned\n    isAnswered\n    freshGuestVoteCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LivePoll on Poll {\n    id\n    title\n    kind\n    options {\n      id\n      label\n    }\n    maxChoices\n    state\n    hideResultsUntilClosed\n    createdAt\n    results {\n      optionId\n      label\n      count\n    }\n    words {\n      word\n      count\n    }\n    wordReview {\n      word\n      status\n      count\n    }\n    totalVotes\n    myChoices\n  }\n"): (typeof documents)["\n  fragment LivePoll on Poll {\n    id\n    title\n    kind\n    options {\n      id\n      label\n    }\n    maxChoices\n    state\n    hideResultsUntilClosed\n    createdAt\n    results {\n      optionId\n      label\n      count\n    }\n    words {\n      word\n      count\n    }\n    wordReview {\n      word\n      status\n      count\n    }\n    totalVotes\n    myChoices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveSessionFields on LiveSession {\n    id\n    code\n    title\n    state\n    allowGuests\n    allowAnonymous\n    preModeration\n    reviewWords\n    blockedWords\n    createdAt\n    closedAt\n    joinPath\n    participantCount\n    viewerIsModerator\n    codeIsGuessable\n    meeting {\n      id\n      title\n    }\n    highlightedQuestion {\n      ...LiveQuestion\n    }\n    questions(includeAnswered: true, sort: RECENT) {\n      ...LiveQuestion\n    }\n    polls {\n      ...LivePoll\n    }\n  }\n"): (typeof documents)["\n  fragment LiveSessionFields on LiveSession {\n    id\n    code\n    title\n    state\n    allowGuests\n    allowAnonymous\n    preModeration\n    reviewWords\n    blockedWords\n    createdAt\n    closedAt\n    joinPath\n    participantCount\n    viewerIsModerator\n    codeIsGuessable\n    meeting {\n      id\n      title\n    }\n    highlightedQuestion {\n      ...LiveQuestion\n    }\n    questions(includeAnswered: true, sort: RECENT) {\n      ...LiveQuestion\n    }\n    polls {\n      ...LivePoll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveVoteCount on Question {\n    id\n    voteCount\n  }\n"): (typeof documents)["\n  fragment LiveVoteCount on Question {\n    id\n    voteCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveMyVote on Question {\n    id\n    voteCount\n    votedByMe\n  }\n"): (typeof documents)["\n  fragment LiveMyVote on Question {\n    id\n    voteCount\n    votedByMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveHighlightFlag on Question {\n    id\n    isHighlighted\n  }\n"): (typeof documents)["\n  fragment LiveHighlightFlag on Question {\n    id\n    isHighlighted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LivePresence on LiveSession {\n    id\n    participantCount\n  }\n"): (typeof documents)["\n  fragment LivePresence on LiveSession {\n    id\n    participantCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSessionGuests($sessionId: ID!) {\n    liveSessionGuests(sessionId: $sessionId) {\n      id\n      name\n      regionName\n      joinedAt\n      removedAt\n      questionCount\n      voteCount\n    }\n  }\n"): (typeof documents)["\n  query LiveSessionGuests($sessionId: ID!) {\n    liveSessionGuests(sessionId: $sessionId) {\n      id\n      name\n      regionName\n      joinedAt\n      removedAt\n      questionCount\n      voteCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGuest($participantId: ID!) {\n    removeGuest(participantId: $participantId)\n  }\n"): (typeof documents)["\n  mutation RemoveGuest($participantId: ID!) {\n    removeGuest(participantId: $participantId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSession on LiveSession {\n    id\n    code\n    title\n    state\n    allowGuests\n    allowAnonymous\n    preModeration\n    joinPath\n    createdAt\n    closedAt\n  }\n"): (typeof documents)["\n  fragment MeetingSession on LiveSession {\n    id\n    code\n    title\n    state\n    allowGuests\n    allowAnonymous\n    preModeration\n    joinPath\n    createdAt\n    closedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($upcoming: Boolean!) {\n    meetings(upcoming: $upcoming) {\n      id\n      title\n      startsAt\n      endsAt\n      organiser\n      sessions {\n        id\n        code\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meetings($upcoming: Boolean!) {\n    meetings(upcoming: $upcoming) {\n      id\n      title\n      startsAt\n      endsAt\n      organiser\n      sessions {\n        id\n        code\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      organiser\n      cohortSlug\n      regionCodes\n      createdAt\n      agenda {\n        title\n        startsAt\n      }\n      sessions {\n        ...MeetingSession\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      organiser\n      cohortSlug\n      regionCodes\n      createdAt\n      agenda {\n        title\n        startsAt\n      }\n      sessions {\n        ...MeetingSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCohorts {\n    cohorts {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query MeetingCohorts {\n    cohorts {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenLiveSession($input: OpenLiveSessionInput!) {\n    openLiveSession(input: $input) {\n      ...MeetingSession\n    }\n  }\n"): (typeof documents)["\n  mutation OpenLiveSession($input: OpenLiveSessionInput!) {\n    openLiveSession(input: $input) {\n      ...MeetingSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLiveSessionState($sessionId: ID!, $state: LiveSessionState!) {\n    setLiveSessionState(sessionId: $sessionId, state: $state) {\n      id\n      state\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetLiveSessionState($sessionId: ID!, $state: LiveSessionState!) {\n    setLiveSessionState(sessionId: $sessionId, state: $state) {\n      id\n      state\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSessionExport($sessionId: ID!, $format: ExportFormat!) {\n    liveSessionExport(sessionId: $sessionId, format: $format)\n  }\n"): (typeof documents)["\n  query LiveSessionExport($sessionId: ID!, $format: ExportFormat!) {\n    liveSessionExport(sessionId: $sessionId, format: $format)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertQuestionsToThreads($sessionId: ID!, $categoryId: ID!) {\n    convertQuestionsToThreads(sessionId: $sessionId, categoryId: $categoryId)\n  }\n"): (typeof documents)["\n  mutation ConvertQuestionsToThreads($sessionId: ID!, $categoryId: ID!) {\n    convertQuestionsToThreads(sessionId: $sessionId, categoryId: $categoryId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkHallScreen($sessionId: ID!) {\n    linkHallScreen(sessionId: $sessionId) {\n      path\n    }\n  }\n"): (typeof documents)["\n  mutation LinkHallScreen($sessionId: ID!) {\n    linkHallScreen(sessionId: $sessionId) {\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...LivePoll\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      ...LivePoll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPollState($pollId: ID!, $state: PollState!) {\n    setPollState(pollId: $pollId, state: $state) {\n      ...LivePoll\n    }\n  }\n"): (typeof documents)["\n  mutation SetPollState($pollId: ID!, $state: PollState!) {\n    setPollState(pollId: $pollId, state: $state) {\n      ...LivePoll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VotePoll($input: VotePollInput!) {\n    votePoll(input: $input) {\n      ...LivePoll\n    }\n  }\n"): (typeof documents)["\n  mutation VotePoll($input: VotePollInput!) {\n    votePoll(input: $input) {\n      ...LivePoll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($sessionId: ID!, $text: String!, $anonymous: Boolean!) {\n    askQuestion(sessionId: $sessionId, text: $text, anonymous: $anonymous) {\n      ...LiveQuestion\n    }\n  }\n"): (typeof documents)["\n  mutation AskQuestion($sessionId: ID!, $text: String!, $anonymous: Boolean!) {\n    askQuestion(sessionId: $sessionId, text: $text, anonymous: $anonymous) {\n      ...LiveQuestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditQuestion($questionId: ID!, $text: String!) {\n    editQuestion(questionId: $questionId, text: $text) {\n      ...LiveQuestion\n    }\n  }\n"): (typeof documents)["\n  mutation EditQuestion($questionId: ID!, $text: String!) {\n    editQuestion(questionId: $questionId, text: $text) {\n      ...LiveQuestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawQuestion($questionId: ID!) {\n    withdrawQuestion(questionId: $questionId) {\n      ...LiveQuestion\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawQuestion($questionId: ID!) {\n    withdrawQuestion(questionId: $questionId) {\n      ...LiveQuestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleQuestionVote($questionId: ID!) {\n    toggleQuestionVote(questionId: $questionId) {\n      id\n      voteCount\n      votedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation ToggleQuestionVote($questionId: ID!) {\n    toggleQuestionVote(questionId: $questionId) {\n      id\n      voteCount\n      votedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateQuestion($input: ModerateQuestionInput!) {\n    moderateQuestion(input: $input) {\n      ...LiveQuestion\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateQuestion($input: ModerateQuestionInput!) {\n    moderateQuestion(input: $input) {\n      ...LiveQuestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSession($code: String!) {\n    liveSession(code: $code) {\n      ...LiveSessionFields\n    }\n  }\n"): (typeof documents)["\n  query LiveSession($code: String!) {\n    liveSession(code: $code) {\n      ...LiveSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveSessionEvents($sessionId: ID!) {\n    liveSessionEvents(sessionId: $sessionId) {\n      kind\n      sessionId\n      question {\n        ...LiveQuestion\n      }\n      votes {\n        questionId\n        voteCount\n      }\n      poll {\n        ...LivePoll\n      }\n      participantCount\n      highlightedQuestionId\n    }\n  }\n"): (typeof documents)["\n  subscription LiveSessionEvents($sessionId: ID!) {\n    liveSessionEvents(sessionId: $sessionId) {\n      kind\n      sessionId\n      question {\n        ...LiveQuestion\n      }\n      votes {\n        questionId\n        voteCount\n      }\n      poll {\n        ...LivePoll\n      }\n      participantCount\n      highlightedQuestionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinLiveSession($input: JoinLiveSessionInput!) {\n    joinLiveSession(input: $input) {\n      guestToken\n      session {\n        id\n        code\n        title\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinLiveSession($input: JoinLiveSessionInput!) {\n    joinLiveSession(input: $input) {\n      guestToken\n      session {\n        id\n        code\n        title\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSessionPreview($code: String!) {\n    liveSessionPreview(code: $code) {\n      code\n      title\n      meetingTitle\n      state\n      allowGuests\n    }\n  }\n"): (typeof documents)["\n  query LiveSessionPreview($code: String!) {\n    liveSessionPreview(code: $code) {\n      code\n      title\n      meetingTitle\n      state\n      allowGuests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateWord($input: ModerateWordInput!) {\n    moderateWord(input: $input) {\n      ...LivePoll\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateWord($input: ModerateWordInput!) {\n    moderateWord(input: $input) {\n      ...LivePoll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWordReview($sessionId: ID!, $reviewWords: Boolean!) {\n    setWordReview(sessionId: $sessionId, reviewWords: $reviewWords) {\n      id\n      reviewWords\n    }\n  }\n"): (typeof documents)["\n  mutation SetWordReview($sessionId: ID!, $reviewWords: Boolean!) {\n    setWordReview(sessionId: $sessionId, reviewWords: $reviewWords) {\n      id\n      reviewWords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBlockedWords($input: SetBlockedWordsInput!) {\n    setBlockedWords(input: $input) {\n      id\n      blockedWords\n    }\n  }\n"): (typeof documents)["\n  mutation SetBlockedWords($input: SetBlockedWordsInput!) {\n    setBlockedWords(input: $input) {\n      id\n      blockedWords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    link\n    text\n    actor {\n      id\n      name\n      username\n    }\n    thread {\n      id\n      title\n    }\n    post {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    link\n    text\n    actor {\n      id\n      name\n      username\n    }\n    thread {\n      id\n      title\n    }\n    post {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreNotifications($first: Int!, $after: String!) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoreNotifications($first: Int!, $after: String!) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyNotifications {\n    myNotifications {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription MyNotifications {\n    myNotifications {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationRead on Notification {\n    id\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationRead on Notification {\n    id\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      state\n      isDemo\n      updatedAt\n      myRole\n      region {\n        code\n        name\n      }\n      framework {\n        code\n        title\n      }\n      sourcePlan {\n        id\n        title\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          username\n        }\n      }\n      items {\n        id\n        currentLevel\n        targetLevel\n        actions\n        dueOn\n        status\n        indicator {\n          id\n          number\n          name\n        }\n        owner {\n          id\n          name\n        }\n        challenge {\n          id\n          title\n        }\n        solution {\n          id\n          title\n        }\n        changes {\n          field\n          at\n          by {\n            id\n            name\n          }\n        }\n      }\n      projection {\n        baseYear\n        currentIndex\n        currentPredicate\n        index\n        predicate\n        completeness\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          current\n          projected\n        }\n      }\n      priorities(first: 5) {\n        indicator {\n          id\n          number\n          name\n        }\n        fromLevel\n        toLevel\n        gain\n        regionCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      year\n      state\n      isDemo\n      updatedAt\n      myRole\n      region {\n        code\n        name\n      }\n      framework {\n        code\n        title\n      }\n      sourcePlan {\n        id\n        title\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          username\n        }\n      }\n      items {\n        id\n        currentLevel\n        targetLevel\n        actions\n        dueOn\n        status\n        indicator {\n          id\n          number\n          name\n        }\n        owner {\n          id\n          name\n        }\n        challenge {\n          id\n          title\n        }\n        solution {\n          id\n          title\n        }\n        changes {\n          field\n          at\n          by {\n            id\n            name\n          }\n        }\n      }\n      projection {\n        baseYear\n        currentIndex\n        currentPredicate\n        index\n        predicate\n        completeness\n        domainScores {\n          domain {\n            id\n            number\n            name\n          }\n          current\n          projected\n        }\n      }\n      priorities(first: 5) {\n        indicator {\n          id\n          number\n          name\n        }\n        fromLevel\n        toLevel\n        gain\n        regionCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlanEvents($planId: ID!) {\n    planEvents(planId: $planId) {\n      kind\n      planId\n      by {\n        id\n        name\n      }\n      fields\n    }\n  }\n"): (typeof documents)["\n  subscription PlanEvents($planId: ID!) {\n    planEvents(planId: $planId) {\n      kind\n      planId\n      by {\n        id\n        name\n      }\n      fields\n    }\n  }\n"];
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
export function graphql(source: "\n  query RegionStudiTiru($code: String!) {\n    region(code: $code) {\n      code\n      challengesOpened\n      solutionsShared\n      solutionsReplicatedHere\n      replications(first: 10) {\n        id\n        status\n        solution {\n          id\n          title\n          region {\n            code\n            name\n          }\n          challenge {\n            id\n          }\n        }\n      }\n      challenges(first: 10) {\n        id\n        title\n        stage\n        solutionCount\n        teamCount\n        lastActivityAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionStudiTiru($code: String!) {\n    region(code: $code) {\n      code\n      challengesOpened\n      solutionsShared\n      solutionsReplicatedHere\n      replications(first: 10) {\n        id\n        status\n        solution {\n          id\n          title\n          region {\n            code\n            name\n          }\n          challenge {\n            id\n          }\n        }\n      }\n      challenges(first: 10) {\n        id\n        title\n        stage\n        solutionCount\n        teamCount\n        lastActivityAt\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MemberProfile($username: String!) {\n    user(username: $username) {\n      id\n      name\n      username\n      role\n      organisation\n      createdAt\n      region {\n        code\n        name\n      }\n    }\n    threads(first: 20, authorUsername: $username, sort: NEWEST) {\n      totalCount\n      edges {\n        node {\n          ...ThreadRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($username: String!) {\n    user(username: $username) {\n      id\n      name\n      username\n      role\n      organisation\n      createdAt\n      region {\n        code\n        name\n      }\n    }\n    threads(first: 20, authorUsername: $username, sort: NEWEST) {\n      totalCount\n      edges {\n        node {\n          ...ThreadRow\n        }\n      }\n    }\n  }\n"];
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