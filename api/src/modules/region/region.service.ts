import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, toConnection, type Connection } from '../../core/connection.js';
import { Region } from './region.entity.js';
import type { RegionsArgs } from './region.types.js';

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The region directory: keyset-paginated by code, with the province joined in the same query. */
export async function listRegions(em: EntityManager, args: RegionsArgs): Promise<Connection<Region>> {
  const after = decodeCursor(args.after);
  const qb = em.createQueryBuilder(Region, 'r').leftJoinAndSelect('r.province', 'p');
  const search = args.search?.trim().toLowerCase();
  if (search) {
    const like = `%${escapeLike(search)}%`;
    qb.andWhere({ $or: [{ code: { $like: `${escapeLike(search)}%` } }, { name: { $ilike: like } }] });
  }
  if (args.provinceCode) qb.andWhere({ province: args.provinceCode });
  if (args.cohort) qb.andWhere({ cohorts: { slug: args.cohort } });
  const count = qb.clone().count('r.code', true);
  if (after) qb.andWhere({ code: { $gt: after } });
  qb.orderBy({ code: 'asc' }).limit(args.first + 1);
  const [rows, totalCount] = await Promise.all([qb.getResultList(), count.execute('get').then((r: { count: string | number }) => Number(r.count))]);
  return toConnection(rows, args.first, totalCount, (r) => r.code, after !== undefined);
}
