import type { ChallengeCardFieldsFragment, ChallengeChoicesQuery, ChallengeQuery, ChallengesQuery } from '../gql/graphql';
import type { ResultData, WithTypenames } from './withTypenames';

export type ChallengeCardData = WithTypenames<ChallengeCardFieldsFragment>;

export function challengeCard(id: string, title: string, extra: Partial<ChallengeCardData> = {}): ChallengeCardData {
  return {
    __typename: 'Challenge',
    id,
    title,
    stage: 'EXPLORATION',
    lastActivityAt: '2026-12-01T08:00:00.000Z',
    openToJoin: true,
    teamCount: 3,
    solutionCount: 2,
    supportCount: 5,
    replicationCount: 0,
    regions: [{ __typename: 'Region', code: '32.11', name: 'Kabupaten Sumedang' }],
    indicators: [{ __typename: 'ChallengeIndicator', frameworkCode: 'SPBE-2020', number: 20, name: 'Layanan Publik' }],
    cohort: { __typename: 'Cohort', slug: 'living-lab-2022', name: 'Living Lab 2022' },
    ...extra,
  };
}

export function challengesPage(nodes: ChallengeCardData[], totalCount = nodes.length, hasNextPage = false): ResultData<ChallengesQuery> {
  return {
    challenges: {
      __typename: 'ChallengeConnection',
      totalCount,
      edges: nodes.map((node) => ({ __typename: 'ChallengeEdge', cursor: node.id, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
    },
  };
}

export const challengeChoices: ResultData<ChallengeChoicesQuery> = {
  provinces: [
    { __typename: 'Province', code: '14', name: 'Riau' },
    { __typename: 'Province', code: '32', name: 'Jawa Barat' },
  ],
  cohorts: [{ __typename: 'Cohort', slug: 'living-lab-2022', name: 'Living Lab 2022' }],
  spbeFramework: {
    __typename: 'SpbeFramework',
    id: '1',
    code: 'SPBE-2020',
    indicators: [
      { __typename: 'SpbeIndicator', id: '20', number: 20, name: 'Layanan Publik' },
      { __typename: 'SpbeIndicator', id: '26', number: 26, name: 'Layanan Terintegrasi' },
    ],
  },
};

type ChallengeFull = NonNullable<ResultData<ChallengeQuery>['challenge']>;
export type SolutionFull = ChallengeFull['solutions'][number];

const sumedangRegion = { __typename: 'Region', code: '32.11', name: 'Kabupaten Sumedang' };
const leadUser = { __typename: 'User', id: '4', name: 'Diskominfo Sumedang', username: 'sumedang', role: 'REGION_ADMIN' as const, region: sumedangRegion };

export function solutionFull(id: string, title: string, extra: Partial<SolutionFull> = {}): SolutionFull {
  return {
    __typename: 'Solution',
    id,
    title,
    descriptionHtml: '<p>Uraian</p>',
    status: 'PROPOSED',
    budgetRange: 'NONE',
    needsTraining: null,
    needsRegulation: null,
    decisionReason: null,
    trialStartsOn: null,
    trialEndsOn: null,
    trialPlan: null,
    supportCount: 0,
    endorsementCount: 0,
    replicationCount: 0,
    supportedByMe: false,
    createdAt: '2026-12-01T08:00:00.000Z',
    editedAt: null,
    author: { __typename: 'User', id: '7', name: 'Staf Belitung', username: 'anggota_belitung' },
    region: { __typename: 'Region', code: '19.02', name: 'Kabupaten Belitung' },
    links: [],
    indicators: [],
    endorsements: [],
    trialRegions: [],
    results: [],
    thread: null,
    ...extra,
  };
}

export function challengeFull(extra: Partial<ChallengeFull> = {}): ResultData<ChallengeQuery> {
  const lead = { __typename: 'ChallengeMember', id: '1', role: 'LEAD' as const, status: 'ACTIVE' as const, createdAt: '2026-12-01T08:00:00.000Z', decidedAt: null, user: leadUser };
  return {
    challenge: {
      __typename: 'Challenge',
      id: '9',
      title: 'Antrean layanan adminduk',
      problemMarkdown: 'Antrean panjang',
      problemHtml: '<p>Antrean panjang</p>',
      tags: [],
      createdAt: '2026-12-01T08:00:00.000Z',
      cohort: null,
      regions: [{ ...sumedangRegion, province: { __typename: 'Province', code: '32', name: 'Jawa Barat' } }],
      indicators: [{ __typename: 'ChallengeIndicator', frameworkCode: 'SPBE-2020', number: 20, name: 'Layanan Publik' }],
      deadlines: [],
      createdBy: { __typename: 'User', id: '4', name: 'Diskominfo Sumedang' },
      solutionCount: 0,
      followerCount: 0,
      followedByMe: false,
      thread: null,
      solutions: [],
      stage: 'CO_CREATION',
      lastActivityAt: '2026-12-01T08:00:00.000Z',
      openToJoin: true,
      timeline: [],
      teamCount: 1,
      team: [lead],
      myMembership: lead,
      myPendingMembers: [],
      ...extra,
    },
  };
}
