/** Every limit of assessments and their import, in one place (they reach the web through the schema). */
export const ASSESSMENT_LIMITS = {
  csvMaxBytes: 1_000_000,
  csvMaxRows: 2_000,
  yearMin: 2000,
  yearMax: 2100,
} as const;
