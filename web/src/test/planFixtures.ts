import type { PlanQuery } from '../gql/graphql';
import type { ResultData } from './withTypenames';

type Plan = NonNullable<ResultData<PlanQuery>['plan']>;

const siti = { __typename: 'User', id: '4', name: 'Siti', username: 'sumedang' };

/** A Sumedang plan with one item changed by Siti, typed against the generated query. */
export function planFull(extra: Partial<Plan> = {}): ResultData<PlanQuery> {
  return {
    plan: {
      __typename: 'Plan',
      id: '5',
      title: 'Rencana Aksi SPBE Sumedang 2027',
      year: 2027,
      state: 'DRAFT',
      isDemo: false,
      updatedAt: '2026-12-03T08:00:00.000Z',
      myRole: 'EDITOR',
      region: { __typename: 'Region', code: '32.11', name: 'Kabupaten Sumedang' },
      framework: { __typename: 'SpbeFramework', code: 'SPBE-2020', title: 'Indeks SPBE' },
      sourcePlan: null,
      members: [{ __typename: 'PlanMember', id: '1', role: 'EDITOR', user: siti }],
      items: [
        {
          __typename: 'PlanItem',
          id: '11',
          currentLevel: 3,
          targetLevel: 4,
          actions: 'Bangun portal layanan terpadu',
          dueOn: '2027-06-30',
          status: 'IN_PROGRESS',
          indicator: { __typename: 'SpbeIndicator', id: '20', number: 20, name: 'Layanan Publik' },
          owner: siti,
          challenge: null,
          solution: null,
          changes: [{ __typename: 'PlanItemChange', field: 'TARGET_LEVEL', at: '2026-12-03T08:00:00.000Z', by: siti }],
        },
      ],
      projection: {
        __typename: 'PlanProjection',
        baseYear: 2025,
        currentIndex: 2.1,
        currentPredicate: 'Cukup',
        index: 2.14,
        predicate: 'Cukup',
        completeness: 1,
        domainScores: [{ __typename: 'PlanDomainProjection', domain: { __typename: 'SpbeDomain', id: '1', number: 1, name: 'Kebijakan Internal SPBE' }, current: 2, projected: 2 }],
      },
      priorities: [{ __typename: 'PlanPriority', indicator: { __typename: 'SpbeIndicator', id: '1', number: 1, name: 'Kebijakan Internal Arsitektur SPBE' }, fromLevel: 2, toLevel: 3, gain: 0.013, regionCount: 2 }],
      ...extra,
    },
  };
}
