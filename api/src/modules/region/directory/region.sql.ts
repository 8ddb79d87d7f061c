import { escapeLike, sql, whereAll, type Sql } from '../../../core/db/sql.js';
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
