import { REGION_CODE, TAG } from '../filters';

/** Comma- or space-separated values as typed into the composer's optional fields. */
const split = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export interface ParsedList<T> {
  values: T[];
  invalid: string[];
}

/** Indicator numbers; those `isIndicator` refuses (not in the framework) are invalid. */
export function parseIndicators(text: string, isIndicator: (n: number) => boolean): ParsedList<number> {
  const values: number[] = [];
  const invalid: string[] = [];
  for (const part of split(text)) {
    const n = Number(part);
    if (isIndicator(n)) {
      if (!values.includes(n)) values.push(n);
    } else invalid.push(part);
  }
  return { values, invalid };
}

export function parseRegionCodes(text: string): ParsedList<string> {
  const parts = split(text);
  return { values: [...new Set(parts.filter((p) => REGION_CODE.test(p)))], invalid: parts.filter((p) => !REGION_CODE.test(p)) };
}

export function parseTags(text: string): ParsedList<string> {
  const parts = split(text).map((p) => p.replace(/^#/, '').toLowerCase());
  return { values: [...new Set(parts.filter((p) => TAG.test(p)))], invalid: parts.filter((p) => !TAG.test(p)) };
}
