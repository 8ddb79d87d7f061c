/** Every limit of regions and cohorts, in one place (they reach the web through the schema). */
export const REGION_LIMITS = {
  cohortSlugMin: 2,
  cohortSlugMax: 64,
  cohortNameMin: 2,
  cohortNameMax: 120,
  cohortDescriptionMax: 1000,
  regionsPerChange: 600,
} as const;
