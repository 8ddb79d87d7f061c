import { describe, expect, it } from 'vitest';
import type { RegionView } from '../../region/index.js';
import { REPLICATION_ROW, type ReplicationRow } from './replication.rows.js';
import { ReplicationStatus as S } from './replication.entity.js';
import { buildLineage, type LineageInput } from './replication.lineage.js';
import type { StoredLevels } from './replication.rows.js';

const regions = new Map<string, RegionView>(['32.11', '14.08', '19.02', '33.01'].map((code) => [code, { code, name: code, kind: 'KABUPATEN', province: { code: code.slice(0, 2), name: 'P' } } as RegionView]));

const level = (number: number, before: number | null, after: number | null): StoredLevels => ({ frameworkCode: 'SPBE-2020', number, name: `Indikator ${number}`, before, beforeYear: before === null ? null : 2020, after, afterYear: after === null ? null : 2022 });

function replication(id: number, parent: number | null, regionCode: string, status: S) {
  const row = {
    id, solution_id: 7, parent_id: parent, region_code: regionCode, status, status_reason: null, starts_on: null, ends_on: null,
    adaptation_markdown: null, adaptation_html: null, outcome: null, created_by_id: 1, created_at: new Date(), updated_at: new Date(),
  };
  // The row type names relations by their entity types; a row as the driver gives it is plain ids.
  return REPLICATION_ROW.view(row as unknown as ReplicationRow);
}

const node = (depth: number, regionCode: string, r: ReturnType<typeof replication> | null, levels: StoredLevels[]): LineageInput => ({ rootId: 7, depth, regionCode, replication: r, levels });

describe('buildLineage', () => {
  it('links nodes to their parents and averages the level change over DONE replications only', () => {
    const lineage = buildLineage(
      [
        node(0, '32.11', null, [level(20, 3, 4), level(26, 2, 2)]),
        node(1, '14.08', replication(1, null, '14.08', S.DONE), [level(20, 1, 3), level(26, 1, null)]),
        node(2, '19.02', replication(2, 1, '19.02', S.DONE), [level(20, 2, 2), level(26, 1, 2)]),
        node(1, '33.01', replication(3, null, '33.01', S.IN_PROGRESS), [level(20, 1, 5), level(26, 1, 5)]),
      ],
      regions,
    );
    expect(lineage.nodes.map((n) => [n.id, n.parentId, n.depth, n.region?.code])).toEqual([
      ['solution-7', null, 0, '32.11'],
      ['replication-1', 'solution-7', 1, '14.08'],
      ['replication-2', 'replication-1', 2, '19.02'],
      ['replication-3', 'solution-7', 1, '33.01'],
    ]);
    expect(lineage.nodes[1]!.levels.map((l) => l.change)).toEqual([2, null]);
    expect(lineage).toMatchObject({
      replicatingRegions: 3,
      done: 2,
      indicators: [
        { number: 20, name: 'Indikator 20', averageChange: 1, measured: 2 },
        { number: 26, averageChange: 1, measured: 1 },
      ],
    });
  });

  it('rounds averages to two decimals, leaves out abandoned regions, and has no average without evidence', () => {
    const lineage = buildLineage(
      [
        node(0, '32.11', null, [level(20, null, null)]),
        node(1, '14.08', replication(1, null, '14.08', S.DONE), [level(20, 1, 2)]),
        node(1, '19.02', replication(2, null, '19.02', S.DONE), [level(20, 1, 2)]),
        node(1, '33.01', replication(3, null, '33.01', S.DONE), [level(20, 2, 2)]),
      ],
      regions,
    );
    expect(lineage.indicators[0]).toMatchObject({ averageChange: 0.67, measured: 3 });
    const lonely = buildLineage([node(0, '32.11', null, [level(20, 1, 2)]), node(1, '14.08', replication(1, null, '14.08', S.ABANDONED), [level(20, 1, 4)])], regions);
    expect(lonely).toMatchObject({ replicatingRegions: 0, done: 0, indicators: [{ averageChange: null, measured: 0 }] });
  });
});
