import { REGION_CODE, TAG } from '../filters';
import { INDICATOR_COUNT } from '../types';

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

export function parseIndicators(text: string): ParsedList<number> {
  const values: number[] = [];
  const invalid: string[] = [];
  for (const part of split(text)) {
    const n = Number(part);
    if (Number.isInteger(n) && n >= 1 && n <= INDICATOR_COUNT) {
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
