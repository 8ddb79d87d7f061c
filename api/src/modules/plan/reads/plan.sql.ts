import { intArray, sql, textArray, whereAll, type Sql } from '../../../core/db/sql.js';
import { PLAN_ROW } from './plan.rows.js';
import type { PlanState } from '../plans/plan.entity.js';

export interface PlanFilter {
  regionCode?: string;
  frameworkCode?: string;
  year?: number;
  state?: PlanState;
}

/** Who reads which plans, in SQL (the same rule as canReadPlan): staff all; others their region's, their own and approved ones. */
export interface PlanReader {
  userId: number;
  regionCode: string | null;
  staff: boolean;
}

export function planConditions(f: PlanFilter, reader: PlanReader): Sql[] {
  const where: Sql[] = [];
  if (f.regionCode) where.push(sql`p.region_code = ${f.regionCode}`);
  if (f.frameworkCode) where.push(sql`p.framework_id = (select f.id from spbe_framework f where f.code = ${f.frameworkCode})`);
  if (f.year !== undefined && f.year !== null) where.push(sql`p.year = ${f.year}`);
  if (f.state) where.push(sql`p.state = ${f.state}`);
  if (!reader.staff) {
    where.push(sql`(p.state = 'APPROVED' or p.region_code = ${reader.regionCode ?? ''}
                    or exists (select 1 from plan_member pm where pm.plan_id = p.id and pm.user_id = ${reader.userId}))`);
  }
  return where;
}

export const planPageSql = (conditions: Sql[], offset: number, limit: number) =>
  sql`select ${PLAN_ROW.select} from plan p ${whereAll(conditions)} order by p.updated_at desc, p.id desc limit ${limit} offset ${offset}`;

export const planCountSql = (conditions: Sql[]) => sql`select count(*) as n from plan p ${whereAll(conditions)}`;

export const plansByIdSql = (ids: readonly number[]) => sql`select ${PLAN_ROW.select} from plan p where p.id = any(${intArray(ids)})`;

/** A region's latest complete assessment of a framework: the levels a plan starts from. */
export interface BaseLevelsRow {
  region_code: string;
  framework_id: number;
  year: number;
  levels: Record<string, number>;
  index: string | number;
  predicate: string | null;
}

export const latestCompleteSql = (regionCodes: readonly string[], frameworkIds: readonly number[]) =>
  sql`select distinct on (a.region_code, a.framework_id) a.region_code, a.framework_id, a.year, a.levels, a.index, a.predicate
      from assessment a join unnest(${textArray(regionCodes)}, ${intArray(frameworkIds)}) as k(region_code, framework_id)
        on a.region_code = k.region_code and a.framework_id = k.framework_id
      where a.index is not null
      order by a.region_code, a.framework_id, a.year desc`;

/**
 * For each (indicator number, level): the regions whose latest complete assessment of the
 * framework has that level or more, at most `limit` each (highest level first), with the count.
 */
export const regionsReachingSql = (frameworkId: number, numbers: readonly number[], levels: readonly number[], limit: number) =>
  sql`with latest as (
        select distinct on (a.region_code) a.region_code, a.levels from assessment a
        where a.framework_id = ${frameworkId} and a.index is not null order by a.region_code, a.year desc
      ), reached as (
        select t.number, l.region_code, (l.levels ->> t.number::text)::int as level,
               row_number() over (partition by t.number order by (l.levels ->> t.number::text)::int desc, l.region_code) as rank,
               count(*) over (partition by t.number) as total
        from unnest(${intArray(numbers)}, ${intArray(levels)}) as t(number, level)
        join latest l on (l.levels ->> t.number::text)::int >= t.level
      )
      select number, region_code, total from reached where rank <= ${limit} order by number, rank`;

/** Solutions that targeted these indicators, selected first, then most replicated, at most `limit` per indicator. */
export const solutionsForIndicatorsSql = (indicatorIds: readonly number[], limit: number) =>
  sql`select indicator_id, solution_id from (
        select si.indicator_id, s.id as solution_id,
               row_number() over (partition by si.indicator_id order by (s.status = 'SELECTED') desc, s.replication_count desc, s.id desc) as rank
        from challenge_solution_indicator si join challenge_solution s on s.id = si.solution_id
        where si.indicator_id = any(${intArray(indicatorIds)}) and s.status <> 'DECLINED'
      ) x where x.rank <= ${limit} order by indicator_id, rank`;

/** A solution's indicators, to start a plan from it. */
export const solutionIndicatorIdsSql = (solutionId: number) =>
  sql`select si.indicator_id from challenge_solution_indicator si where si.solution_id = ${solutionId} order by si.indicator_id`;
