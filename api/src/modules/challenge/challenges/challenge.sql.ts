import { intArray, sql, textArray, whereAll, type Sql } from '../../../core/db/sql.js';
import { REGION_COLUMNS } from '../../region/index.js';
import { CHALLENGE_COLUMNS, MEMBER_ROW, TRANSITION_ROW } from './challenge.rows.js';
import { WORKING_STAGES, type ChallengeStage } from '../stages/challenge.stages.js';
import { ChallengeSort } from '../challenge.types.js';

export interface ChallengeFilter {
  stage?: ChallengeStage;
  indicator?: { framework: string; number: number };
  regionCode?: string;
  province?: string;
  cohort?: string;
  openToJoin?: boolean;
  hasReplications?: boolean;
  /** Only challenges this person is in (an active team member) or follows; null when asked signed out: none. */
  participantId?: number | null;
}

/** Conditions on `challenge c` for the list's filters. */
export function challengeConditions(f: ChallengeFilter): Sql[] {
  const where: Sql[] = [];
  if (f.stage) where.push(sql`c.stage = ${f.stage}`);
  if (f.cohort) where.push(sql`c.cohort_slug = ${f.cohort}`);
  if (f.regionCode) where.push(sql`exists (select 1 from challenge_region cr where cr.challenge_id = c.id and cr.region_code = ${f.regionCode})`);
  if (f.province) {
    where.push(sql`exists (select 1 from challenge_region cr join region r on r.code = cr.region_code where cr.challenge_id = c.id and r.province_code = ${f.province})`);
  }
  if (f.indicator) {
    where.push(sql`exists (select 1 from challenge_indicator ci join spbe_indicator i on i.id = ci.indicator_id join spbe_framework f on f.id = i.framework_id
                           where ci.challenge_id = c.id and f.code = ${f.indicator.framework} and i.number = ${f.indicator.number})`);
  }
  if (f.openToJoin !== undefined && f.openToJoin !== null) {
    const open = sql`c.stage::text = any(${textArray([...WORKING_STAGES])})`;
    where.push(f.openToJoin ? open : sql`not (${open})`);
  }
  if (f.hasReplications !== undefined && f.hasReplications !== null) {
    const replicated = sql`exists (select 1 from challenge_solution s where s.challenge_id = c.id and s.replication_count > 0)`;
    where.push(f.hasReplications ? replicated : sql`not ${replicated}`);
  }
  if (f.participantId === null) where.push(sql`false`);
  else if (f.participantId !== undefined) {
    where.push(sql`(exists (select 1 from challenge_member cm where cm.challenge_id = c.id and cm.user_id = ${f.participantId} and cm.status = 'ACTIVE')
                    or exists (select 1 from challenge_follower cf where cf.challenge_id = c.id and cf.user_id = ${f.participantId}))`);
  }
  return where;
}

/** The list's orders: the sums are read from the solutions' counters (kept by the commands), one subquery per row of the page. */
const ORDERS: Record<ChallengeSort, Sql> = {
  LATEST_ACTIVITY: sql`c.last_activity_at desc, c.id desc`,
  MOST_SUPPORTED: sql`(select coalesce(sum(s.support_count), 0) from challenge_solution s where s.challenge_id = c.id) desc, c.last_activity_at desc, c.id desc`,
  MOST_REPLICATED: sql`(select coalesce(sum(s.replication_count), 0) from challenge_solution s where s.challenge_id = c.id) desc, c.last_activity_at desc, c.id desc`,
};

/** A page in the chosen order; offset paging, as activity reorders the list while someone reads it. */
export const challengePageSql = (conditions: Sql[], offset: number, limit: number, sort: ChallengeSort = ChallengeSort.LATEST_ACTIVITY) =>
  sql`select ${CHALLENGE_COLUMNS} from challenge c ${whereAll(conditions)}
      order by ${ORDERS[sort]} limit ${limit} offset ${offset}`;

export interface ChallengeTotalsRow {
  challenge_id: number;
  support_count: string;
  replication_count: string;
}

/** The supports and replications of each challenge's solutions together (what the list sorts on). */
export const challengeTotalsSql = (ids: readonly number[]) =>
  sql`select s.challenge_id, sum(s.support_count) as support_count, sum(s.replication_count) as replication_count
      from challenge_solution s where s.challenge_id = any(${intArray(ids)}) group by s.challenge_id`;

export const challengeCountSql = (conditions: Sql[]) => sql`select count(*) as n from challenge c ${whereAll(conditions)}`;

export const challengesByIdSql = (ids: readonly number[]) => sql`select ${CHALLENGE_COLUMNS} from challenge c where c.id = any(${intArray(ids)})`;

/** The latest challenges each region owns, at most `limit` per region. */
export const challengesOfRegionsSql = (codes: readonly string[], limit: number) =>
  sql`select * from (
        select cr.region_code, ${CHALLENGE_COLUMNS}, row_number() over (partition by cr.region_code order by c.last_activity_at desc, c.id desc) as rank
        from challenge_region cr join challenge c on c.id = cr.challenge_id where cr.region_code = any(${textArray(codes)})
      ) x where x.rank <= ${limit} order by x.region_code, x.rank`;

export const challengeRegionsSql = (ids: readonly number[]) =>
  sql`select cr.challenge_id, ${REGION_COLUMNS} from challenge_region cr join region r on r.code = cr.region_code join province p on p.code = r.province_code
      where cr.challenge_id = any(${intArray(ids)}) order by r.code`;

export interface IndicatorRow {
  challenge_id: number;
  framework_code: string;
  number: number;
  name: string;
}

export const challengeIndicatorsSql = (ids: readonly number[]) =>
  sql`select ci.challenge_id, f.code as framework_code, i.number, i.name from challenge_indicator ci
      join spbe_indicator i on i.id = ci.indicator_id join spbe_framework f on f.id = i.framework_id
      where ci.challenge_id = any(${intArray(ids)}) order by f.code, i.number`;

/** Team rows of challenges, leads first, then by when they came. */
export const challengeMembersSql = (ids: readonly number[]) =>
  sql`select ${MEMBER_ROW.select} from challenge_member cm where cm.challenge_id = any(${intArray(ids)})
      order by cm.challenge_id, (cm.role = 'LEAD') desc, cm.created_at, cm.id`;

export const activeTeamCountsSql = (ids: readonly number[]) =>
  sql`select cm.challenge_id, count(*) as n from challenge_member cm where cm.challenge_id = any(${intArray(ids)}) and cm.status = 'ACTIVE' group by cm.challenge_id`;

export const transitionsSql = (ids: readonly number[]) =>
  sql`select ${TRANSITION_ROW.select} from challenge_transition ct where ct.challenge_id = any(${intArray(ids)}) order by ct.at, ct.id`;
