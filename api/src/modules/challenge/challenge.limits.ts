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
  // Following is a toggle people flick while browsing a list.
  follow: { name: 'challenge:follow', limit: 120, windowSeconds: 600 },
} satisfies Record<string, RateLimitRule>;

/**
 * Solutions: a title like a challenge's, a description up to about ten pages, a few links each
 * with a short label, an endorsement statement of a sentence or two ("Kabupaten Siak endorses"),
 * decision reasons and outcome notes of a paragraph, and a trial plan of a page.
 */
export const SOLUTION_LIMITS = {
  solutionTitleMin: 5,
  solutionTitleMax: 200,
  descriptionMin: 20,
  descriptionMax: 20000,
  linksMax: 10,
  linkLabelMax: 100,
  linkUrlMax: 2000,
  needsMax: 2000,
  solutionIndicatorsMax: 20,
  statementMin: 5,
  statementMax: 500,
  reasonMax: 2000,
  trialPlanMax: 5000,
  trialRegionsMax: 20,
  metricMax: 200,
  unitMax: 40,
  outcomeMax: 2000,
  resultsMax: 50,
  /** A challenge's solutions (the page lists them all). */
  solutionsMax: 200,
  /** Earlier versions shown per solution, newest first. */
  revisionsShown: 50,
  /** A region's shared solutions shown on its profile. */
  regionSolutionsMax: 50,
} as const;

/**
 * Per-user write limits of solutions: proposing is considered work; supports come in bursts
 * while a meeting goes through a list; a region admin endorses a few; leads decide and teams
 * record results in sessions.
 */
export const SOLUTION_WRITE_LIMITS = {
  propose: { name: 'solution:propose', limit: 10, windowSeconds: 3600 },
  update: { name: 'solution:update', limit: 60, windowSeconds: 600 },
  support: { name: 'solution:support', limit: 120, windowSeconds: 600 },
  endorse: { name: 'solution:endorse', limit: 30, windowSeconds: 600 },
  decide: { name: 'solution:decide', limit: 60, windowSeconds: 600 },
  result: { name: 'solution:result', limit: 120, windowSeconds: 600 },
} satisfies Record<string, RateLimitRule>;

/**
 * Replications (studi tiru): what a region adapted, of up to about ten pages like a solution's
 * description; its outcome and a reason for abandoning of a paragraph or two.
 */
export const REPLICATION_LIMITS = {
  adaptationMax: 20000,
  replicationOutcomeMax: 5000,
  statusReasonMax: 2000,
  /** A region's replications shown on its profile, newest first. */
  regionReplicationsMax: 50,
} as const;

/** Per-user write limits of replications: a region takes up a few solutions; updates come as the work goes. */
export const REPLICATION_WRITE_LIMITS = {
  replicate: { name: 'replication:create', limit: 20, windowSeconds: 3600 },
  update: { name: 'replication:update', limit: 60, windowSeconds: 600 },
} satisfies Record<string, RateLimitRule>;
