import type { RateLimitRule } from '../../core/rate-limit.js';

/** Every limit of assessments and their import, in one place (they reach the web through the schema). */
export const ASSESSMENT_LIMITS = {
  csvMaxBytes: 1_000_000,
  csvMaxRows: 2_000,
  yearMin: 2000,
  yearMax: 2100,
  /** Regions listed per indicator under "who to learn from". */
  leadersMax: 50,
} as const;

/** Per-user write limits: a coordinator saves levels often while filling a form; imports are rare and heavy. */
export const ASSESSMENT_WRITE_LIMITS = {
  record: { name: 'assessment:record', limit: 60, windowSeconds: 60 },
  import: { name: 'assessment:import', limit: 10, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;
