import { ref, rowShape, type RowOf } from '../../../core/db/row-shape.js';
import { sql, textArray } from '../../../core/db/sql.js';
import { Region } from './region.entity.js';
import type { RegionView } from './region.view.js';

/** A region row (alias `r`); the GraphQL Region is a view of it with its province's name joined (`p`). */
export const REGION_ROW = rowShape(Region, 'r', { code: 'code', name: 'name', kind: 'kind', province_code: ref('province', 'code') }, { omit: ['cohorts'] });

/** Select list for `region r join province p`, matching RegionSqlRow. */
export const REGION_COLUMNS = sql`${REGION_ROW.select}, p.name as province_name`;

export type RegionSqlRow = RowOf<typeof REGION_ROW> & { province_name: string };

export const regionView = (r: RegionSqlRow): RegionView => ({ code: r.code, name: r.name, kind: r.kind, province: { code: r.province_code, name: r.province_name } });

/** Every region with its province (514 rows: read once per process, see region.cache.ts). */
export const allRegionsSql = () => sql`select ${REGION_COLUMNS} from region r join province p on p.code = r.province_code`;

/** Member regions of cohorts, ordered by code. */
export const cohortMembersSql = (slugs: readonly string[]) =>
  sql`select m.cohort_slug, ${REGION_COLUMNS} from cohort_member m join region r on r.code = m.region_code join province p on p.code = r.province_code
      where m.cohort_slug = any(${textArray(slugs)}) order by r.code`;
