import type { AssessmentScreenFieldsFragment, AssessmentScreenQuery } from '../gql/graphql';
import type { ResultData, WithTypenames } from './withTypenames';

export type AssessmentData = WithTypenames<AssessmentScreenFieldsFragment>;
type FrameworkData = NonNullable<ResultData<AssessmentScreenQuery>['spbeFramework']>;

const NAMES = ['Rintisan', 'Terkelola', 'Terstandarisasi', 'Terintegrasi dan Terukur', 'Optimum'];

/** A small framework: one domain, two aspects, three indicators (weights 50, 25, 25). */
export const miniFramework: FrameworkData = {
  __typename: 'SpbeFramework',
  id: '1',
  code: 'SPBE-2020',
  title: 'Indeks SPBE',
  minLevel: 1,
  maxLevel: 5,
  levels: NAMES.map((name, i) => ({ __typename: 'FrameworkLevel', level: i + 1, name })),
  domains: [
    {
      __typename: 'SpbeDomain',
      id: '1',
      number: 1,
      name: 'Kebijakan Internal SPBE',
      weightPercent: 100,
      aspects: [
        {
          __typename: 'SpbeAspect',
          id: '1',
          number: 1,
          name: 'Kebijakan Tata Kelola',
          weightPercent: 50,
          indicators: [{ __typename: 'SpbeIndicator', id: '1', number: 1, name: 'Arsitektur SPBE', weightPercent: 50 }],
        },
        {
          __typename: 'SpbeAspect',
          id: '2',
          number: 2,
          name: 'Perencanaan',
          weightPercent: 50,
          indicators: [
            { __typename: 'SpbeIndicator', id: '2', number: 2, name: 'Peta Rencana SPBE', weightPercent: 25 },
            { __typename: 'SpbeIndicator', id: '3', number: 3, name: 'Manajemen Data', weightPercent: 25 },
          ],
        },
      ],
    },
  ],
};

/** An assessment with these levels and the scores the server would answer (given here, not computed). */
export function assessmentOf(levels: Record<number, number>, scores: { provisionalIndex: number | null; index?: number | null }, year = 2023): AssessmentData {
  const entries = Object.entries(levels).map(([indicator, level]) => ({ __typename: 'IndicatorLevel', indicator: Number(indicator), level }));
  const completeness = entries.length / 3;
  return {
    __typename: 'Assessment',
    id: '40',
    year,
    index: scores.index ?? null,
    provisionalIndex: scores.provisionalIndex,
    predicate: scores.index ? 'Baik' : null,
    completeness,
    levelCount: entries.length,
    indicatorCount: 3,
    updatedAt: '2026-12-01T08:00:00.000Z',
    levels: entries,
    domainScores: [{ __typename: 'DomainScore', domain: { __typename: 'SpbeDomain', id: '1', number: 1 }, score: scores.index ?? null, provisionalScore: scores.provisionalIndex, completeness }],
    aspectScores: [
      { __typename: 'AspectScore', aspect: { __typename: 'SpbeAspect', id: '1', number: 1 }, score: null, provisionalScore: null, completeness: levels[1] ? 1 : 0 },
      { __typename: 'AspectScore', aspect: { __typename: 'SpbeAspect', id: '2', number: 2 }, score: null, provisionalScore: null, completeness: 0 },
    ],
  };
}

export function assessmentScreen(assessments: AssessmentData[], viewerCanRecordAssessment: boolean): ResultData<AssessmentScreenQuery> {
  return {
    region: { __typename: 'Region', code: '32.11', name: 'Kabupaten Sumedang', viewerCanRecordAssessment, assessments },
    spbeFramework: miniFramework,
  };
}
