import { escapeLike, sql, whereAll, type Sql } from '../../../core/db/sql.js';
import type { RegionSort } from '../region.types.js';
import { REGION_COLUMNS } from './region.rows.js';


export interface RegionFilter {
  search?: string;
  provinceCode?: string;
  cohort?: string;
}

/** Conditions on `region r` for the directory's filters. */
export function regionConditions(f: RegionFilter): Sql[] {
  const where: Sql[] = [];
  const search = f.search?.trim().toLowerCase();
  if (search) where.push(sql`(r.code like ${`${escapeLike(search)}%`} or lower(r.name) like ${`%${escapeLike(search)}%`})`);
  if (f.provinceCode) where.push(sql`r.province_code = ${f.provinceCode}`);
  if (f.cohort) where.push(sql`exists (select 1 from cohort_member m where m.region_code = r.code and m.cohort_slug = ${f.cohort})`);
  return where;
}

/** A page of the directory by code (keyset): walks the primary key index and stops after `limit` rows. */
export const regionPageSql = (conditions: Sql[], afterCode: string | undefined, limit: number) =>
  sql`select ${REGION_COLUMNS} from region r join province p on p.code = r.province_code
      ${whereAll(afterCode === undefined ? conditions : [...conditions, sql`r.code > ${afterCode}`])}
      order by r.code limit ${limit}`;

export const regionCountSql = (conditions: Sql[]) => sql`select count(*) as n from region r ${whereAll(conditions)}`;

/**
 * The directory in another order than by code, offset-paged. Index and change read the
 * assessment table's latest complete SPBE-2020 rows (the directory's ranking; the index itself is
 * computed by the assessment module on write), through its unique (region, framework, year) index.
 */
export function regionRankedPageSql(conditions: Sql[], sort: Exclude<RegionSort, 'CODE'>, offset: number, limit: number): Sql {
  const order: Record<typeof sort, Sql> = {
    NAME: sql`r.name, r.code`,
    INDEX: sql`latest.index desc nulls last, r.code`,
    CHANGE: sql`(latest.index - previous.index) desc nulls last, latest.index desc nulls last, r.code`,
  };
  return sql`select ${REGION_COLUMNS} from region r join province p on p.code = r.province_code
      left join lateral (
        select a.index, a.year from assessment a join spbe_framework f on f.id = a.framework_id
        where a.region_code = r.code and f.code = 'SPBE-2020' and a.index is not null order by a.year desc limit 1
      ) latest on true
      left join lateral (
        select a.index from assessment a join spbe_framework f on f.id = a.framework_id
        where a.region_code = r.code and f.code = 'SPBE-2020' and a.index is not null and a.year < latest.year order by a.year desc limit 1
      ) previous on true
      ${whereAll(conditions)}
      order by ${order[sort]} limit ${limit} offset ${offset}`;
}
