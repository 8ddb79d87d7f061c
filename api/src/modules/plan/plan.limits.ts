import type { RateLimitRule } from '../../core/rate-limit.js';

/** Every input limit of plans, in one place (they reach the web through the schema). */
export const PLAN_LIMITS = {
  planTitleMin: 5,
  planTitleMax: 200,
  planYearMin: 2000,
  planYearMax: 2100,
  /** A plan's actions per item: a page or two of plain text. */
  planActionsMax: 5000,
  /** Members of one plan (the region's staff, mentors, facilitators). */
  planMembersMax: 100,
  /** Priorities listed at most (one per indicator of the framework). */
  planPrioritiesMax: 50,
  /** Regions and solutions shown beside each priority. */
  planPriorityRegionsMax: 10,
  planPrioritySolutionsMax: 5,
} as const;

/**
 * Per-user write limits: creating plans is rare; item edits come in bursts while a team fills
 * the table together (one save per field change), so their limit is generous.
 */
export const PLAN_WRITE_LIMITS = {
  create: { name: 'plan:create', limit: 20, windowSeconds: 3600 },
  update: { name: 'plan:update', limit: 60, windowSeconds: 600 },
  member: { name: 'plan:member', limit: 120, windowSeconds: 600 },
  item: { name: 'plan:item', limit: 600, windowSeconds: 600 },
} satisfies Record<string, RateLimitRule>;
