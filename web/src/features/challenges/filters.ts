import type { ChallengeSort, ChallengeStage } from '../../gql/graphql';
import { ALL_STAGES } from './stages';

/** The list's filters and sort as URL parameters (Indonesian names), so links and Back keep them. */
export type ChallengeParams = {
  tahap?: string;
  indikator?: string;
  wilayah?: string;
  provinsi?: string;
  kohort?: string;
  terbuka?: string;
  ditiru?: string;
  urut?: string;
};

export type { ChallengeSort };
export const SORTS: ChallengeSort[] = ['LATEST_ACTIVITY', 'MOST_SUPPORTED', 'MOST_REPLICATED'];
const SORT_PARAM: Record<ChallengeSort, string> = { LATEST_ACTIVITY: 'aktivitas', MOST_SUPPORTED: 'dukungan', MOST_REPLICATED: 'ditiru' };

export interface ChallengeFilters {
  stage: ChallengeStage | null;
  indicator: number | null;
  regionCode: string | null;
  province: string | null;
  cohort: string | null;
  openToJoin: boolean | null;
  hasReplications: boolean | null;
}

type Raw = Partial<Record<keyof ChallengeParams, string | string[]>>;
const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

const REGION = /^\d{2}\.\d{2}$/;
const PROVINCE = /^\d{2}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Reads the filters from the URL; a value that cannot be right is dropped rather than sent. */
export function filtersFrom(params: Raw): ChallengeFilters {
  const stage = one(params.tahap).toUpperCase() as ChallengeStage;
  const indicator = Number(one(params.indikator));
  const region = one(params.wilayah);
  const province = one(params.provinsi);
  const cohort = one(params.kohort).toLowerCase();
  const open = one(params.terbuka);
  return {
    stage: ALL_STAGES.includes(stage) ? stage : null,
    indicator: Number.isInteger(indicator) && indicator > 0 && indicator < 1000 ? indicator : null,
    regionCode: REGION.test(region) ? region : null,
    province: PROVINCE.test(province) ? province : null,
    cohort: SLUG.test(cohort) ? cohort : null,
    openToJoin: open === '1' ? true : open === '0' ? false : null,
    hasReplications: one(params.ditiru) === '1' ? true : null,
  };
}

export function sortFrom(params: Raw): ChallengeSort {
  const value = one(params.urut);
  return SORTS.find((s) => SORT_PARAM[s] === value) ?? 'LATEST_ACTIVITY';
}

/** The URL value of a sort; the default leaves the parameter out. */
export const sortParam = (sort: ChallengeSort): string | undefined => (sort === 'LATEST_ACTIVITY' ? undefined : SORT_PARAM[sort]);

export const activeFilterCount = (f: ChallengeFilters): number => Object.values(f).filter((v) => v !== null).length;

/** The query's variables for these filters (the SPBE 2020 framework for indicators). */
export function filterVariables(f: ChallengeFilters) {
  return {
    stage: f.stage,
    indicator: f.indicator ? { framework: 'SPBE-2020', number: f.indicator } : null,
    regionCode: f.regionCode,
    province: f.province,
    cohort: f.cohort,
    openToJoin: f.openToJoin,
    hasReplications: f.hasReplications,
  };
}
