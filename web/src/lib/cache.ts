import { cacheExchange, type Cache, type CacheExchangeOpts } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { forumKeys, forumMutationUpdates, forumSubscriptionUpdates } from './cache.forum';
import { liveKeys, liveMutationUpdates, liveOptimistic, liveSubscriptionUpdates } from './cache.live';

const embedded = () => null;

function invalidateQueryFields(cache: Cache, names: string[]): void {
  for (const field of cache.inspectFields('Query')) {
    if (names.includes(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

/** Forgets every cached region list and region lookup so they are fetched again. */
export function invalidateRegions(cache: Cache): void {
  invalidateQueryFields(cache, ['regions', 'region']);
}

/**
 * Normalised cache. Types without an `id` are keyed by their natural key; value objects
 * (scores, page info, payloads) are embedded in their parent with a `null` key.
 */
export const cacheConfig: CacheExchangeOpts = {
  keys: {
    Region: (data) => data.code as string,
    Province: (data) => data.code as string,
    Cohort: (data) => data.slug as string,
    SpbeFramework: (data) => data.code as string,
    ServerInfo: embedded,
    PageInfo: embedded,
    DomainScore: embedded,
    AspectScore: embedded,
    IndicatorLevel: embedded,
    ImportRowError: embedded,
    ImportAssessmentsPayload: embedded,
    AuthPayload: embedded,
    CreateInvitePayload: embedded,
    RegionConnection: embedded,
    RegionEdge: embedded,
    FrameworkLevel: embedded,
    PredicateBand: embedded,
    ...forumKeys,
    ...liveKeys,
  },
  resolvers: {
    Query: {
      regions: relayPagination(),
    },
  },
  updates: {
    Mutation: {
      createCohort: (_result, _args, cache) => {
        cache.invalidate('Query', 'cohorts');
      },
      createInvite: (_result, _args, cache) => {
        cache.invalidate('Query', 'invites');
      },
      addCohortMembers: (_result, _args, cache) => {
        invalidateQueryFields(cache, ['regions']);
      },
      removeCohortMembers: (_result, _args, cache) => {
        invalidateQueryFields(cache, ['regions']);
      },
      importAssessments: (_result, _args, cache) => {
        invalidateRegions(cache);
      },
      recordAssessment: (_result, _args, cache) => {
        invalidateRegions(cache);
      },
      ...forumMutationUpdates,
      ...liveMutationUpdates,
    },
    Subscription: {
      ...forumSubscriptionUpdates,
      ...liveSubscriptionUpdates,
    },
  },
  optimistic: {
    ...liveOptimistic,
  },
};

export const appCacheExchange = () => cacheExchange(cacheConfig);
