import { intArray, sql, textArray } from '../../../core/db/sql.js';
import { REPLICATION_ROW } from './replication.rows.js';

export const replicationsByIdSql = (ids: readonly number[]) => sql`select ${REPLICATION_ROW.select} from challenge_replication r where r.id = any(${intArray(ids)})`;

/** Replications copying the solutions themselves (the first level of their trees), oldest first. */
export const replicationsOfSolutionsSql = (solutionIds: readonly number[]) =>
  sql`select ${REPLICATION_ROW.select} from challenge_replication r where r.solution_id = any(${intArray(solutionIds)}) and r.parent_id is null order by r.created_at, r.id`;

/** Replications copying these replications, oldest first. */
export const replicationsOfParentsSql = (parentIds: readonly number[]) =>
  sql`select ${REPLICATION_ROW.select} from challenge_replication r where r.parent_id = any(${intArray(parentIds)}) order by r.created_at, r.id`;

/** The newest `limit` replications done in each region. */
export const replicationsOfRegionsSql = (codes: readonly string[], limit: number) =>
  sql`select * from (
        select ${REPLICATION_ROW.select}, row_number() over (partition by r.region_code order by r.created_at desc, r.id desc) as rank
        from challenge_replication r where r.region_code = any(${textArray(codes)})
      ) x where x.rank <= ${limit} order by x.region_code, x.rank`;

export interface RegionProfileRow {
  code: string;
  challenges_opened: string;
  solutions_shared: string;
  solutions_replicated_here: string;
}

/** A region's part in the living lab: challenges it owns, solutions that come from it, replications under way or done in it. */
export const regionProfilesSql = (codes: readonly string[]) =>
  sql`select g.code,
        (select count(*) from challenge_region cr where cr.region_code = g.code) as challenges_opened,
        (select count(*) from challenge_solution s where s.region_code = g.code) as solutions_shared,
        (select count(*) from challenge_replication r where r.region_code = g.code and r.status <> 'ABANDONED') as solutions_replicated_here
      from unnest(${textArray(codes)}) as g(code)`;

/**
 * Whole lineages of solutions in one statement: every node names its root, so the tree is one
 * recursive walk from the root's direct replications, and each node carries the levels of the
 * solution's indicators in its region. "Before" is the latest complete assessment of a year
 * before the node started; "after" the latest of the year it ended (or started, while it runs)
 * or later. Complete assessments only: drafts are not public (assessment.policy.ts). Rows come
 * root first, then depth first with siblings oldest first (the order a tree is drawn in).
 */
export const lineagesSql = (solutionIds: readonly number[]) =>
  sql`with recursive tree as (
        select r.solution_id, r.id, 1 as depth, array[r.id] as path
        from challenge_replication r where r.solution_id = any(${intArray(solutionIds)}) and r.parent_id is null
        union all
        select c.solution_id, c.id, t.depth + 1, t.path || c.id
        from challenge_replication c join tree t on c.parent_id = t.id and c.solution_id = t.solution_id
      ), nodes as (
        select s.id as root_id, null::int as replication_id, 0 as depth, array[]::int[] as path, s.region_code,
               extract(year from coalesce(s.trial_starts_on::timestamptz, s.created_at))::int as start_year,
               extract(year from coalesce(s.trial_ends_on::timestamptz, s.trial_starts_on::timestamptz, s.created_at))::int as after_year
        from challenge_solution s where s.id = any(${intArray(solutionIds)})
        union all
        select t.solution_id, t.id, t.depth, t.path, n.region_code,
               extract(year from coalesce(n.starts_on::timestamptz, n.created_at))::int,
               extract(year from coalesce(n.ends_on::timestamptz, n.starts_on::timestamptz, n.created_at))::int
        from tree t join challenge_replication n on n.id = t.id
      ), targets as (
        select si.solution_id, i.framework_id, i.number, f.code as framework_code, i.name
        from challenge_solution_indicator si join spbe_indicator i on i.id = si.indicator_id join spbe_framework f on f.id = i.framework_id
        where si.solution_id = any(${intArray(solutionIds)})
      )
      select n.root_id, n.depth, n.region_code as node_region_code, ${REPLICATION_ROW.prefixed('r_')},
        coalesce((
          select jsonb_agg(jsonb_build_object('frameworkCode', tg.framework_code, 'number', tg.number, 'name', tg.name,
                   'before', b.level, 'beforeYear', b.year, 'after', a.level, 'afterYear', a.year) order by tg.framework_code, tg.number)
          from targets tg
          left join lateral (
            select x.year, (x.levels ->> tg.number::text)::int as level from assessment x
            where x.region_code = n.region_code and x.framework_id = tg.framework_id and x.index is not null
              and x.year < n.start_year and x.levels ? tg.number::text
            order by x.year desc limit 1
          ) b on true
          left join lateral (
            select x.year, (x.levels ->> tg.number::text)::int as level from assessment x
            where x.region_code = n.region_code and x.framework_id = tg.framework_id and x.index is not null
              and x.year >= n.after_year and x.levels ? tg.number::text
            order by x.year desc limit 1
          ) a on true
          where tg.solution_id = n.root_id
        ), '[]'::jsonb) as levels
      from nodes n left join challenge_replication r on r.id = n.replication_id
      order by n.root_id, n.path`;
