import { date, ref, rowShape, type RowOf } from '../../../core/db/row-shape.js';
import { Replication } from './replication.entity.js';

/** A replication as plain SQL reads it (alias `r`). */
export const REPLICATION_ROW = rowShape(Replication, 'r', {
  id: 'id',
  solution_id: ref('solution'),
  parent_id: ref('parent'),
  region_code: ref('region', 'code'),
  status: 'status',
  status_reason: 'statusReason',
  starts_on: 'startsOn',
  ends_on: 'endsOn',
  adaptation_markdown: 'adaptationMarkdown',
  adaptation_html: 'adaptationHtml',
  outcome: 'outcome',
  created_by_id: ref('createdBy'),
  created_at: date('createdAt'),
  updated_at: date('updatedAt'),
});
export type ReplicationRow = RowOf<typeof REPLICATION_ROW>;

/** One indicator's levels in a node's region, as the lineage statement builds them (jsonb). */
export interface StoredLevels {
  frameworkCode: string;
  number: number;
  name: string;
  before: number | null;
  beforeYear: number | null;
  after: number | null;
  afterYear: number | null;
}

/** A row of the lineage statement: the root (no replication columns) or a replication, with its levels. */
export type LineageRow = { root_id: number; depth: number; node_region_code: string; levels: StoredLevels[] } & { [K in keyof ReplicationRow as `r_${K & string}`]: ReplicationRow[K] | null };
