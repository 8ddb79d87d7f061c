import type { ChallengeCardFieldsFragment, ChallengeChoicesQuery, ChallengesQuery } from '../gql/graphql';
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
