import type { Context } from '../../../core/context.js';
import { decodeCursor, decodeOffsetCursor, toConnection, toOffsetConnection, type Connection } from '../../../core/graphql/connection.js';
import { compile } from '../../../core/db/sql.js';
import type { RegionView } from './region.view.js';
import { regionView, type RegionSqlRow } from './region.rows.js';
import { regionConditions, regionCountSql, regionPageSql, regionRankedPageSql } from './region.sql.js';
import { RegionSort, type RegionsArgs } from '../region.types.js';

// Regions and provinces are reference data, written only by the seed at start-up, so totals for
// a search or province never change while the process runs. Cohort membership does change
// (admins edit it), so those totals are always counted.
const totals = new Map<string, number>();
const MAX_CACHED_TOTALS = 2000;

async function countRegions(read: Context['read'], args: RegionsArgs): Promise<number> {
  const statement = regionCountSql(regionConditions(args));
  const compiled = compile(statement);
  const key = args.cohort ? null : `${compiled.text}|${JSON.stringify(compiled.values)}`;
  const hit = key === null ? undefined : totals.get(key);
  if (hit !== undefined) return hit;
  const [row] = await read<{ n: string }>(statement);
  const n = Number(row!.n);
  if (key !== null && totals.size < MAX_CACHED_TOTALS) totals.set(key, n);
  return n;
}

/** The region directory: keyset-paginated by code, with the province joined. */
export async function listRegions(read: Context['read'], args: RegionsArgs): Promise<Connection<RegionView>> {
  if (args.sort && args.sort !== RegionSort.CODE) return listRanked(read, args, args.sort);
  const after = decodeCursor(args.after);
  // Page and total as two statements in parallel: the page stops after first + 1 rows, which a
  // single statement with a window count cannot do.
  const [rows, total] = await Promise.all([read<RegionSqlRow>(regionPageSql(regionConditions(args), after, args.first + 1)), countRegions(read, args)]);
  return toConnection(rows.map(regionView), args.first, total, (r) => r.code, after !== undefined);
}

/** The directory by name, index or change: offset-paged (a ranking has no stable key to continue from). */
async function listRanked(read: Context['read'], args: RegionsArgs, sort: Exclude<RegionSort, RegionSort.CODE>): Promise<Connection<RegionView>> {
  const offset = decodeOffsetCursor(args.after);
  const [rows, totalCount] = await Promise.all([read<RegionSqlRow>(regionRankedPageSql(regionConditions(args), sort, offset, args.first + 1)), countRegions(read, args)]);
  return toOffsetConnection(rows.map(regionView), args.first, offset, totalCount);
}
