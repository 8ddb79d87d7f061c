import type { RegionDirectoryQuery, RegionFiltersQuery } from '../gql/graphql';
import type { ResultData, WithTypenames } from './withTypenames';

/** Small answers for component tests, typed by the generated results (with __typename, as graphcache needs). */
export type RegionRowData = WithTypenames<RegionDirectoryQuery['regions']['edges'][number]['node']>;

export const sumedang: RegionRowData = {
  __typename: 'Region',
  code: '32.11',
  name: 'Kabupaten Sumedang',
  kind: 'KABUPATEN',
  province: { __typename: 'Province', code: '32', name: 'Jawa Barat' },
  latestAssessment: { __typename: 'Assessment', id: '3', year: 2022, index: 3.84, predicate: 'Sangat Baik' },
};

export function region(code: string, name: string, index: number | null = null): RegionRowData {
  return {
    __typename: 'Region',
    code,
    name,
    kind: name.startsWith('Kota') ? 'KOTA' : 'KABUPATEN',
    province: { __typename: 'Province', code: code.slice(0, 2), name: 'Provinsi ' + code.slice(0, 2) },
    latestAssessment: index === null ? null : { __typename: 'Assessment', id: `a-${code}`, year: 2022, index, predicate: 'Baik' },
  };
}

export function connection(nodes: RegionRowData[], totalCount: number, hasNextPage: boolean): ResultData<RegionDirectoryQuery> {
  return {
    regions: {
      __typename: 'RegionConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.at(-1)?.code ?? null },
      edges: nodes.map((node) => ({ __typename: 'RegionEdge', cursor: node.code, node })),
    },
  };
}

export const filters: ResultData<RegionFiltersQuery> = {
  provinces: [
    { __typename: 'Province', code: '32', name: 'Jawa Barat' },
    { __typename: 'Province', code: '33', name: 'Jawa Tengah' },
  ],
  cohorts: [{ __typename: 'Cohort', slug: 'living-lab-2022', name: 'Living Lab' }],
};
