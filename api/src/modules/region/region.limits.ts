import type { RateLimitRule } from '../../core/rate-limit.js';

/** Every limit of regions and cohorts, in one place (they reach the web through the schema). */
export const REGION_LIMITS = {
  cohortSlugMin: 2,
  cohortSlugMax: 64,
  cohortNameMin: 2,
  cohortNameMax: 120,
  cohortDescriptionMax: 1000,
  regionsPerChange: 600,
} as const;

/** Per-user write limits: curating cohorts is staff work in bursts, never thousands a minute. */
export const REGION_WRITE_LIMITS = {
  cohort: { name: 'region:cohort', limit: 60, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;
