import type { UpdateResolver } from '@urql/exchange-graphcache';
import type { CacheConfig } from '../../lib/cache/cacheConfig';
import { invalidateQueryFields } from '../../lib/cache/invalidate';
import { embedded } from '../../lib/cache/embedded';

/** New scores change every region list and profile: they are fetched again. */
const forgetRegions: UpdateResolver = (_result, _args, cache) => invalidateQueryFields(cache, ['regions', 'region']);

/** Cohorts are keyed by slug; the lists the admin pages change are fetched again after each change. */
export const adminCache: CacheConfig = {
  keys: {
    Cohort: (data) => data.slug as string,
    CreateInvitePayload: embedded,
    PasswordResetLink: embedded,
    ImportRowError: embedded,
    ImportAssessmentsPayload: embedded,
  },
  updates: {
    Mutation: {
      createCohort: (_result, _args, cache) => cache.invalidate('Query', 'cohorts'),
      createInvite: (_result, _args, cache) => cache.invalidate('Query', 'invites'),
      addCohortMembers: (_result, _args, cache) => invalidateQueryFields(cache, ['regions']),
      removeCohortMembers: (_result, _args, cache) => invalidateQueryFields(cache, ['regions']),
      importAssessments: forgetRegions,
    },
  },
};
