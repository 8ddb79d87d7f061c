import type { Cache, UpdateResolver } from '@urql/exchange-graphcache';
import type { RecordAssessmentMutationVariables } from '../../gql/graphql';
import type { CacheConfig } from '../../lib/cache/cacheConfig';
import { embedded } from '../../lib/cache/embedded';
import { invalidateQueryFields } from '../../lib/cache/invalidate';

/** A region's lists of assessments (any framework argument) are read again: a save may have created one or completed a draft. */
function regionAssessmentsChanged(cache: Cache, regionCode: string): void {
  const region = { __typename: 'Region' as const, code: regionCode };
  for (const field of cache.inspectFields(region)) {
    if (field.fieldName === 'assessments' || field.fieldName === 'latestAssessment') cache.invalidate(region, field.fieldName, field.arguments ?? undefined);
  }
  // The directory sorts and filters on indices.
  invalidateQueryFields(cache, ['regions']);
}

const updates: Record<string, UpdateResolver> = {
  recordAssessment: (_r, args, cache) => regionAssessmentsChanged(cache, (args as RecordAssessmentMutationVariables).input.regionCode),
};

/** Assessments are keyed by id (the default); a leader is a value inside its list. */
export const assessmentCache: CacheConfig = {
  keys: { IndicatorLeader: embedded },
  updates: { Mutation: updates },
};
