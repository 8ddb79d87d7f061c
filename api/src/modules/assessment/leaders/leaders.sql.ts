import { sql } from '../../../core/db/sql.js';
import { USER_COLUMNS_PREFIXED, type PrefixedUserRow } from '../../user/index.js';

/** A region's row, with its contact in `u_*` columns (all null when it has none). */
export type LeaderRow = { region_code: string; year: number; level: number } & { [K in keyof PrefixedUserRow]: PrefixedUserRow[K] | null };

/**
 * "Who to learn from", in one statement for any number of regions: each region's latest complete
 * assessment of the framework, the ones whose level on the indicator is above `above`, highest
 * first, each with its contact (the region's longest-standing active region admin, if any).
 */
export const indicatorLeadersSql = (frameworkId: number, indicator: number, above: number, exceptRegion: string | null, first: number) =>
  sql`with latest as (
        select distinct on (a.region_code) a.region_code, a.year, (a.levels ->> ${String(indicator)})::int as level
        from assessment a
        where a.framework_id = ${frameworkId} and a.index is not null
        order by a.region_code, a.year desc
      )
      select l.region_code, l.year, l.level, ${USER_COLUMNS_PREFIXED}
      from latest l
      left join lateral (
        select * from app_user c
        where c.region_code = l.region_code and c.role = 'REGION_ADMIN' and c.deactivated_at is null
        order by c.created_at, c.id limit 1
      ) u on true
      where l.level > ${above} and l.region_code is distinct from ${exceptRegion}
      order by l.level desc, l.year desc, l.region_code
      limit ${first}`;
