import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../../core/loaders.js';
import { allRegions } from './region.cache.js';
import { query } from '../../../core/db/query.js';
import { cohortMembersSql, regionView, type RegionSqlRow } from './region.rows.js';
import type { RegionView } from './region.view.js';

declare module '../../../core/loaders.js' {
  interface Loaders {
    region: DataLoader<string, RegionView | null>;
    /** A cohort's member regions by code (a list of cohorts shows each one's). */
    cohortMembers: DataLoader<string, RegionView[]>;
  }
}

export const cohortMembersLoaderFactory: LoaderFactory<DataLoader<string, RegionView[]>> = {
  create: (em) =>
    new DataLoader(async (slugs) => {
      const rows = await query<RegionSqlRow & { cohort_slug: string }>(em, cohortMembersSql(slugs));
      return slugs.map((slug) => rows.filter((r) => r.cohort_slug === slug).map(regionView));
    }),
};

/** Regions by code, from the process-wide copy of all 514 (see region.cache.ts). */
export const regionLoaderFactory: LoaderFactory<DataLoader<string, RegionView | null>> = {
  create: (em) =>
    new DataLoader(async (codes) => {
      const regions = await allRegions(em);
      return codes.map((c) => regions.get(c) ?? null);
    }),
};
