import type { RateLimitRule } from '../../core/rate-limit.js';

/** Every input limit of challenges, in one place (they reach the web through the schema). */
export const CHALLENGE_LIMITS = {
  titleMin: 5,
  titleMax: 200,
  problemMin: 20,
  problemMax: 20000,
  regionsMax: 20,
  indicatorsMax: 20,
  tagsMax: 10,
  tagMax: 40,
  noteMax: 1000,
  /** A region's challenges shown on its profile. */
  regionChallengesMax: 50,
} as const;

/** Per-user write limits: opening is rare work, team changes come in bursts after a meeting. */
export const CHALLENGE_WRITE_LIMITS = {
  open: { name: 'challenge:open', limit: 10, windowSeconds: 3600 },
  update: { name: 'challenge:update', limit: 60, windowSeconds: 600 },
  stage: { name: 'challenge:stage', limit: 30, windowSeconds: 600 },
  join: { name: 'challenge:join', limit: 30, windowSeconds: 600 },
  team: { name: 'challenge:team', limit: 200, windowSeconds: 600 },
} satisfies Record<string, RateLimitRule>;
