import type { ThreadSort, ThreadType } from '../../gql/graphql';
import type { ThreadRow } from './types';

/** Feed and search filters as URL parameters, so links and Back keep them. */
export type FilterParams = {
  q?: string;
  kategori?: string;
  wilayah?: string;
  indikator?: string;
  tag?: string;
  jenis?: string;
  belum?: string;
  urut?: string;
};

export interface ThreadFilters {
  categoryId: string | null;
  regionCode: string | null;
  indicator: number | null;
  tag: string | null;
  type: ThreadType | null;
  unanswered: boolean | null;
}

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

export const REGION_CODE = /^\d{2}\.\d{2}$/;
export const TAG = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,29}$/u;
export const SORTS: ThreadSort[] = ['LATEST_ACTIVITY', 'NEWEST', 'MOST_REPLIES'];

/** `isIndicator` says which numbers the framework has (see useForumIndicators); others are dropped. */
export function filtersFrom(params: Partial<Record<keyof FilterParams, string | string[]>>, isIndicator: (n: number) => boolean, categoryId?: string): ThreadFilters {
  const indicator = Number(one(params.indikator));
  const type = one(params.jenis);
  const region = one(params.wilayah);
  const tag = one(params.tag).toLowerCase();
  return {
    categoryId: categoryId || one(params.kategori) || null,
    regionCode: REGION_CODE.test(region) ? region : null,
    indicator: isIndicator(indicator) ? indicator : null,
    tag: TAG.test(tag) ? tag : null,
    type: type === 'QUESTION' || type === 'DISCUSSION' ? type : null,
    unanswered: one(params.belum) === '1' ? true : null,
  };
}

export function sortFrom(params: Partial<Record<keyof FilterParams, string | string[]>>): ThreadSort {
  const sort = one(params.urut) as ThreadSort;
  return SORTS.includes(sort) ? sort : 'LATEST_ACTIVITY';
}

export const sameFilters = (a: ThreadFilters, b: ThreadFilters): boolean =>
  a.categoryId === b.categoryId && a.regionCode === b.regionCode && a.indicator === b.indicator && a.tag === b.tag && a.type === b.type && a.unanswered === b.unanswered;

/** Whether a thread from a live event belongs in a feed with these filters (the server applies the same rules). */
export function threadMatches(thread: ThreadRow, f: ThreadFilters): boolean {
  if (f.categoryId && thread.category.id !== f.categoryId) return false;
  if (f.regionCode && !thread.regions.some((r) => r.code === f.regionCode)) return false;
  if (f.indicator && !thread.indicatorNumbers.includes(f.indicator)) return false;
  if (f.tag && !thread.tags.includes(f.tag)) return false;
  if (f.type && thread.type !== f.type) return false;
  if (f.unanswered && (thread.type !== 'QUESTION' || thread.isAnswered)) return false;
  return true;
}

export const hasFilters = (f: ThreadFilters): boolean => !!(f.regionCode || f.indicator || f.tag || f.type || f.unanswered);
