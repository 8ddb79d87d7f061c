export const REGION_CODE = /^\d{2}\.\d{2}$/;
export const COHORT_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Splits "32.11, 32.73\n33.01" into codes; `invalid` lists what does not look like a region code. */
export function parseRegionCodes(text: string): { codes: string[]; invalid: string[] } {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const unique = [...new Set(parts)];
  return { codes: unique.filter((c) => REGION_CODE.test(c)), invalid: unique.filter((c) => !REGION_CODE.test(c)) };
}
