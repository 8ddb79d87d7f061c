import { jsonb, sql } from '../../core/db/sql.js';

/** Creates the row if missing, so two first-time editors never trip the unique constraint. */
export const ensureAssessmentSql = (regionCode: string, frameworkId: number, year: number) =>
  sql`insert into assessment (region_code, framework_id, year, levels) values (${regionCode}, ${frameworkId}, ${year}, '{}'::jsonb)
      on conflict (region_code, framework_id, year) do nothing`;

export interface ImportedAssessmentRow {
  region_code: string;
  levels: Record<string, number>;
  index: number | null;
  predicate: string | null;
  level_count: number;
}

/**
 * A whole import in one statement: each region's levels for the year are replaced (or the row
 * created) with the index already computed. Returns the ids, for the events.
 */
export const upsertAssessmentsSql = (frameworkId: number, year: number, updatedBy: number, rows: readonly ImportedAssessmentRow[]) =>
  sql`insert into assessment (region_code, framework_id, year, levels, index, predicate, level_count, updated_by_id, updated_at)
      select r.region_code, ${frameworkId}, ${year}, r.levels, r.index, r.predicate, r.level_count, ${updatedBy}, now()
      from jsonb_to_recordset(${jsonb(rows)}) as r(region_code text, levels jsonb, index numeric, predicate text, level_count smallint)
      on conflict (region_code, framework_id, year) do update set levels = excluded.levels, index = excluded.index, predicate = excluded.predicate,
        level_count = excluded.level_count, updated_by_id = excluded.updated_by_id, updated_at = now()
      returning id, region_code, index`;
