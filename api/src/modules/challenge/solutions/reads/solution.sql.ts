import { intArray, sql, textArray } from '../../../../core/db/sql.js';
import { ENDORSEMENT_ROW, RESULT_ROW, REVISION_ROW, SOLUTION_ROW } from './solution.rows.js';

export const solutionsByIdSql = (ids: readonly number[]) => sql`select ${SOLUTION_ROW.select} from challenge_solution s where s.id = any(${intArray(ids)})`;

/** Selected first (what the challenge works on), then proposed, then declined; within each the most supported, then the newest. */
export const solutionsOfChallengesSql = (challengeIds: readonly number[], limit: number) =>
  sql`select * from (
        select ${SOLUTION_ROW.select}, row_number() over (
          partition by s.challenge_id
          order by case s.status when 'SELECTED' then 0 when 'PROPOSED' then 1 else 2 end, s.support_count desc, s.created_at desc, s.id desc
        ) as rank
        from challenge_solution s where s.challenge_id = any(${intArray(challengeIds)})
      ) x where x.rank <= ${limit} order by x.challenge_id, x.rank`;

/** The solutions a region shares (proposed by its people), most replicated first, then the newest; declined ones left out. */
export const solutionsOfRegionsSql = (codes: readonly string[], limit: number) =>
  sql`select * from (
        select ${SOLUTION_ROW.select}, row_number() over (
          partition by s.region_code order by s.replication_count desc, s.created_at desc, s.id desc
        ) as rank
        from challenge_solution s where s.region_code = any(${textArray(codes)}) and s.status <> 'DECLINED'
      ) x where x.rank <= ${limit} order by x.region_code, x.rank`;

export const solutionCountsSql = (challengeIds: readonly number[]) =>
  sql`select s.challenge_id, count(*) as n from challenge_solution s where s.challenge_id = any(${intArray(challengeIds)}) group by s.challenge_id`;

export const solutionIndicatorsSql = (ids: readonly number[]) =>
  sql`select si.solution_id, f.code as framework_code, i.number, i.name from challenge_solution_indicator si
      join spbe_indicator i on i.id = si.indicator_id join spbe_framework f on f.id = i.framework_id
      where si.solution_id = any(${intArray(ids)}) order by f.code, i.number`;

export const trialRegionsSql = (ids: readonly number[]) =>
  sql`select t.solution_id, t.region_code from challenge_solution_trial_region t where t.solution_id = any(${intArray(ids)}) order by t.region_code`;

export const supportedBySql = (ids: readonly number[], userId: number) =>
  sql`select sp.solution_id from challenge_solution_support sp where sp.solution_id = any(${intArray(ids)}) and sp.user_id = ${userId}`;

export const endorsementsSql = (ids: readonly number[]) =>
  sql`select ${ENDORSEMENT_ROW.select} from challenge_solution_endorsement se where se.solution_id = any(${intArray(ids)}) order by se.created_at, se.id`;

/** The newest `limit` earlier versions of each solution. */
export const revisionsSql = (ids: readonly number[], limit: number) =>
  sql`select * from (
        select ${REVISION_ROW.select}, row_number() over (partition by sr.solution_id order by sr.id desc) as rank
        from challenge_solution_revision sr where sr.solution_id = any(${intArray(ids)})
      ) x where x.rank <= ${limit} order by x.solution_id, x.rank`;

export const resultsSql = (ids: readonly number[]) =>
  sql`select ${RESULT_ROW.select} from challenge_solution_result res where res.solution_id = any(${intArray(ids)}) order by res.recorded_at, res.id`;

/**
 * One support toggled in one statement: inserted if absent, else deleted, and the counter moved
 * by what happened. The counter's row lock orders concurrent toggles; no support is lost or
 * counted twice. Returns the solution row as the statement left it.
 */
export const toggleSupportSql = (solutionId: number, userId: number) =>
  sql`with ins as (
        insert into challenge_solution_support (solution_id, user_id) values (${solutionId}, ${userId})
        on conflict do nothing returning 1
      ), del as (
        delete from challenge_solution_support where solution_id = ${solutionId} and user_id = ${userId} and not exists (select 1 from ins) returning 1
      )
      update challenge_solution s set support_count = s.support_count + (select count(*) from ins) - (select count(*) from del)
      where s.id = ${solutionId} returning ${SOLUTION_ROW.select}`;
