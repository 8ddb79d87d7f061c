import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../core/loaders.js';
import { Assessment } from './assessment.entity.js';

type AssessmentsLoader = DataLoader<string, Assessment[]>;

declare module '../../core/loaders.js' {
  interface Loaders {
    /**
     * Key `${frameworkId}:${regionCode}:${drafts}`: that region's assessments, oldest year first;
     * drafts only when `drafts` is 1. Who may see them is the caller's decision (canSeeDrafts), so
     * the set depends on no viewer and drafts are never loaded for those who may not see them.
     */
    assessments: AssessmentsLoader;
  }
}

export const assessmentsKey = (frameworkId: number, regionCode: string, drafts: boolean) => `${frameworkId}:${regionCode}:${drafts ? 1 : 0}`;

/** Keys grouped by framework and draft visibility: one condition each, all in one statement. */
function groups(keys: readonly string[]) {
  const byGroup = new Map<string, { frameworkId: number; drafts: boolean; regions: string[] }>();
  for (const [fw, region, drafts] of keys.map((k) => k.split(':') as [string, string, string])) {
    const group = byGroup.get(`${fw}:${drafts}`) ?? { frameworkId: Number(fw), drafts: drafts === '1', regions: [] };
    group.regions.push(region);
    byGroup.set(`${fw}:${drafts}`, group);
  }
  return [...byGroup.values()];
}

export const assessmentsLoaderFactory: LoaderFactory<AssessmentsLoader> = {
  create: (em) =>
    new DataLoader(async (keys) => {
      const rows = await em.find(
        Assessment,
        { $or: groups(keys).map((g) => ({ framework: g.frameworkId, region: { $in: g.regions }, ...(g.drafts ? {} : { index: { $ne: null } }) })) },
        { orderBy: { year: 'asc' } },
      );
      const byRegion = new Map<string, Assessment[]>();
      for (const a of rows) {
        const key = `${a.framework.id}:${a.region.code}`;
        byRegion.set(key, [...(byRegion.get(key) ?? []), a]);
      }
      // A region asked for with and without drafts in one batch gets the right share of each.
      return keys.map((k) => {
        const [fw, region, drafts] = k.split(':');
        const all = byRegion.get(`${fw}:${region}`) ?? [];
        return drafts === '1' ? all : all.filter((a) => a.index !== null);
      });
    }),
};
