import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../core/loaders.js';
import { Assessment } from './assessment.entity.js';

type AssessmentsLoader = DataLoader<string, Assessment[]>;

declare module '../../core/loaders.js' {
  interface Loaders {
    /** Key `${frameworkId}:${regionCode}`: all of that region's assessments, oldest year first. */
    assessments: AssessmentsLoader;
  }
}

function groupPairs(keys: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const [fw, region] of keys.map((k) => k.split(':') as [string, string])) groups.set(fw, [...(groups.get(fw) ?? []), region]);
  return [...groups.entries()];
}

export const assessmentsLoaderFactory: LoaderFactory<AssessmentsLoader> = {
  create: (em) =>
    new DataLoader(async (keys) => {
      const rows = await em.find(
        Assessment,
        { $or: groupPairs(keys).map(([frameworkId, regions]) => ({ framework: Number(frameworkId), region: { $in: regions } })) },
        { orderBy: { year: 'asc' } },
      );
      const grouped = new Map<string, Assessment[]>();
      for (const a of rows) {
        const key = `${a.framework.id}:${a.region.code}`;
        grouped.set(key, [...(grouped.get(key) ?? []), a]);
      }
      return keys.map((k) => grouped.get(k) ?? []);
    }),
};
