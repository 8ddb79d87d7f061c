import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../core/db/query.js';
import { groupByKeys, type LoaderFactory } from '../../../core/loaders.js';
import type { Levels } from '../../spbe/index.js';
import { PlanMember, type Plan } from '../plans/plan.entity.js';
import { PlanItem } from '../items/item.entity.js';
import { PLAN_ROW, type PlanRow } from './plan.rows.js';
import { latestCompleteSql, plansByIdSql, type BaseLevelsRow } from './plan.sql.js';

/** A region's latest complete assessment of a framework, as a plan's starting point. */
export interface BaseLevels {
  year: number;
  levels: Levels;
  index: number;
  predicate: string | null;
}

export interface PlanLoaders {
  plan: DataLoader<number, Plan | null>;
  /** Members of a plan, editors first, then by when they were added. */
  members: DataLoader<number, PlanMember[]>;
  /** Items of a plan, by indicator. */
  items: DataLoader<number, PlanItem[]>;
  /** Key `${frameworkId}:${regionCode}`. */
  baseLevels: DataLoader<string, BaseLevels | null>;
}

declare module '../../../core/loaders.js' {
  interface Loaders {
    plan: PlanLoaders;
  }
}

export const baseKey = (frameworkId: number, regionCode: string) => `${frameworkId}:${regionCode}`;

const ROLE_ORDER = { EDITOR: 0, COMMENTER: 1, VIEWER: 2 } as const;

function createPlanLoaders(em: EntityManager): PlanLoaders {
  return {
    plan: new DataLoader(async (ids) => {
      const rows = await query<PlanRow>(em, plansByIdSql(ids));
      const byId = new Map(rows.map((r) => [r.id, PLAN_ROW.view(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    members: new DataLoader(async (ids) => {
      const rows = await em.find(PlanMember, { plan: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      const grouped = groupByKeys(ids, rows, (r) => r.plan.id, (r) => r);
      return grouped.map((list) => list.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]));
    }),
    items: new DataLoader(async (ids) => {
      const rows = await em.find(PlanItem, { plan: { $in: [...ids] } }, { orderBy: { indicator: 'asc' } });
      return groupByKeys(ids, rows, (r) => r.plan.id, (r) => r);
    }),
    baseLevels: new DataLoader(async (keys) => {
      const pairs = keys.map((k) => {
        const at = k.indexOf(':');
        return { frameworkId: Number(k.slice(0, at)), regionCode: k.slice(at + 1) };
      });
      const rows = await query<BaseLevelsRow>(em, latestCompleteSql(pairs.map((p) => p.regionCode), pairs.map((p) => p.frameworkId)));
      const byKey = new Map(rows.map((r) => [baseKey(r.framework_id, r.region_code), r]));
      return keys.map((k) => {
        const r = byKey.get(k);
        if (!r) return null;
        const levels: Levels = Object.fromEntries(Object.entries(r.levels).map(([n, l]) => [Number(n), l]));
        return { year: r.year, levels, index: Number(r.index), predicate: r.predicate };
      });
    }),
  };
}

export const planLoaderFactory: LoaderFactory<PlanLoaders> = { create: createPlanLoaders };
