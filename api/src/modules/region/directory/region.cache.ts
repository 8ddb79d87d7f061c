import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../core/db/query.js';
import type { RegionView } from './region.view.js';
import { allRegionsSql, regionView, type RegionSqlRow } from './region.rows.js';

type Regions = Map<string, RegionView>;

/** The read in flight, then its result (which resolvers can use without a promise). */
interface Entry {
  reading: Promise<Regions>;
  regions?: Regions;
}

// Per ORM (one database): tests run several apps in one process.
const cache = new WeakMap<object, Entry>();

/** The regions if they have been read already (lets resolvers answer without a promise). */
export const regionsIfLoaded = (em: EntityManager): Regions | undefined => cache.get(em.config)?.regions;

/**
 * Every region with its province, read once per process and database: regions are reference
 * data written only at start-up (boot seeds them before serving), and 514 rows are smaller
 * than the queries they save — pages of posts and questions name a region per author.
 */
export function allRegions(em: EntityManager): Promise<Regions> {
  const key = em.config;
  let entry = cache.get(key);
  if (!entry) {
    const created: Entry = {
      reading: query<RegionSqlRow>(em, allRegionsSql()).then((rows) => {
        created.regions = new Map(rows.map((r) => [r.code, regionView(r)]));
        return created.regions;
      }),
    };
    // A failed read is not remembered.
    created.reading.catch(() => cache.delete(key));
    cache.set(key, (entry = created));
  }
  return entry.reading;
}
