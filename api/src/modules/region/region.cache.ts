import type { EntityManager } from '@mikro-orm/postgresql';
import { REGION_COLUMNS, regionView, type RegionSqlRow, type RegionView } from './region.view.js';

// Per ORM (one database): tests run several apps in one process.
const cache = new WeakMap<object, Promise<Map<string, RegionView>>>();
const loaded = new WeakMap<object, Map<string, RegionView>>();

/** The regions if they have been read already (lets resolvers answer without a promise). */
export const regionsIfLoaded = (em: EntityManager): Map<string, RegionView> | undefined => loaded.get(em.config);

/**
 * Every region with its province, read once per process and database: regions are reference
 * data written only at start-up (boot seeds them before serving), and 514 rows are smaller
 * than the queries they save — pages of posts and questions name a region per author.
 */
export function allRegions(em: EntityManager): Promise<Map<string, RegionView>> {
  const key = em.config;
  let regions = cache.get(key);
  if (!regions) {
    regions = em
      .execute<RegionSqlRow[]>(`select ${REGION_COLUMNS} from region r join province p on p.code = r.province_code`)
      .then((rows) => {
        const map = new Map(rows.map((r) => [r.code, regionView(r)]));
        loaded.set(key, map);
        return map;
      });
    // A failed read is not remembered.
    regions.catch(() => cache.delete(key));
    cache.set(key, regions);
  }
  return regions;
}
