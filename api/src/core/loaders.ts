import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Province } from '../modules/region/province.entity.js';
import { Region } from '../modules/region/region.entity.js';
import { SpbeFramework } from '../modules/spbe/framework.entity.js';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import { createForumLoaders, type ForumLoaders } from '../modules/forum/forum.loaders.js';
import { loadFrameworkStructure, type FrameworkStructure } from '../modules/spbe/framework.structure.js';

/** Batches lookups made by field resolvers into one query per kind, per request. */
export interface Loaders {
  province: DataLoader<string, Province | null>;
  region: DataLoader<string, Region | null>;
  frameworkByCode: DataLoader<string, SpbeFramework | null>;
  frameworkStructure: DataLoader<number, FrameworkStructure>;
  /** Key `${frameworkId}:${regionCode}`: all of that region's assessments, oldest year first. */
  assessments: DataLoader<string, Assessment[]>;
  forum: ForumLoaders;
}

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

export function createLoaders(em: EntityManager, userId: number | null = null): Loaders {
  return {
    forum: createForumLoaders(em, userId),
    province: new DataLoader(async (codes) => byKey(codes, await em.find(Province, { code: { $in: [...codes] } }), (p) => p.code)),
    region: new DataLoader(async (codes) => byKey(codes, await em.find(Region, { code: { $in: [...codes] } }), (r) => r.code)),
    frameworkByCode: new DataLoader(async (codes) =>
      byKey(codes, await em.find(SpbeFramework, { code: { $in: [...codes] } }), (f) => f.code),
    ),
    frameworkStructure: new DataLoader((ids) => Promise.all(ids.map((id) => loadFrameworkStructure(em, id)))),
    assessments: new DataLoader(async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows = await em.find(
        Assessment,
        { $or: groupPairs(pairs).map(([frameworkId, regions]) => ({ framework: Number(frameworkId), region: { $in: regions } })) },
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
}

function groupPairs(pairs: string[][]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const [fw, region] of pairs) groups.set(fw, [...(groups.get(fw) ?? []), region]);
  return [...groups.entries()];
}

/**
 * A subscription keeps one context for its whole life; each event must read fresh rows,
 * so it gets a new entity manager and new loaders.
 */
export function freshForEvent(ctx: { em: EntityManager; loaders: Loaders; user: { id: number } | null }): void {
  ctx.em = ctx.em.fork({ clear: true });
  ctx.loaders = createLoaders(ctx.em, ctx.user?.id ?? null);
}
