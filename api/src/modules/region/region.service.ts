import type { Context } from '../../core/context.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { REGION_COLUMNS, regionView, type RegionSqlRow, type RegionView } from './region.view.js';
import type { RegionsArgs } from './region.types.js';


const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// Regions and provinces are reference data, written only by the seed at start-up, so totals for
// a search or province never change while the process runs. Cohort membership does change
// (admins edit it), so those totals are always counted.
const totals = new Map<string, number>();
const MAX_CACHED_TOTALS = 2000;

async function countRegions(read: Context['read'], filter: string, params: unknown[], cacheable: boolean): Promise<number> {
  const key = cacheable ? `${filter}|${JSON.stringify(params)}` : null;
  const hit = key === null ? undefined : totals.get(key);
  if (hit !== undefined) return hit;
  const [row] = await read<{ n: string }[]>(`select count(*) as n from region r ${filter}`, params);
  const n = Number(row.n);
  if (key !== null && totals.size < MAX_CACHED_TOTALS) totals.set(key, n);
  return n;
}

/** The region directory: keyset-paginated by code, with the province joined. */
export async function listRegions(read: Context['read'], args: RegionsArgs): Promise<Connection<RegionView>> {
  const after = decodeCursor(args.after);
  const where: string[] = [];
  const params: unknown[] = [];
  const search = args.search?.trim().toLowerCase();
  if (search) {
    where.push(`(r.code like ? or lower(r.name) like ?)`);
    params.push(`${escapeLike(search)}%`, `%${escapeLike(search)}%`);
  }
  if (args.provinceCode) {
    where.push(`r.province_code = ?`);
    params.push(args.provinceCode);
  }
  if (args.cohort) {
    where.push(`exists (select 1 from cohort_member m where m.region_code = r.code and m.cohort_slug = ?)`);
    params.push(args.cohort);
  }
  const filter = where.length ? `where ${where.join(' and ')}` : '';
  // Page and total as two statements in parallel: the page walks the primary key index and
  // stops after first + 1 rows, which a single statement with a window count cannot do.
  const pageSql = `select ${REGION_COLUMNS}
    from region r join province p on p.code = r.province_code
    ${filter ? `${filter}${after !== undefined ? ' and r.code > ?' : ''}` : after !== undefined ? 'where r.code > ?' : ''}
    order by r.code limit ?`;
  const [rows, total] = await Promise.all([
    read<RegionSqlRow[]>(pageSql, [...params, ...(after !== undefined ? [after] : []), args.first + 1]),
    countRegions(read, filter, params, !args.cohort),
  ]);
  const regions = rows.map(regionView);
  return toConnection(regions, args.first, total, (r) => r.code, after !== undefined);
}
