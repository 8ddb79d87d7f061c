import { round2 } from '../../spbe/index.js';
import type { RegionView } from '../../region/index.js';
import type { Replication } from './replication.entity.js';
import { ReplicationStatus } from './replication.entity.js';
import type { StoredLevels } from './replication.rows.js';
import type { IndicatorLevels, LineageIndicator, LineageNode, SolutionLineage } from './replication.types.js';

/** A node as the lineage statement gives it: the root has no replication. */
export interface LineageInput {
  rootId: number;
  depth: number;
  regionCode: string;
  replication: Replication | null;
  levels: StoredLevels[];
}

const rootKey = (solutionId: number) => `solution-${solutionId}`;
const replicationKey = (replicationId: number) => `replication-${replicationId}`;

const withChange = (l: StoredLevels): IndicatorLevels => ({ ...l, change: l.before !== null && l.after !== null ? l.after - l.before : null });

/**
 * One solution's lineage from its nodes (root first): the tree as the client draws it, and the
 * summary computed here rather than typed in by anyone: how many regions replicate it, and per
 * indicator the average level change over the replications that are DONE and have an assessment
 * before and after (the root's own trial is shown on its node but is not a replication).
 */
export function buildLineage(nodes: readonly LineageInput[], regions: ReadonlyMap<string, RegionView>): SolutionLineage {
  const out: LineageNode[] = nodes.map((n) => ({
    id: n.replication ? replicationKey(n.replication.id) : rootKey(n.rootId),
    parentId: !n.replication ? null : n.replication.parent?.id ? replicationKey(n.replication.parent.id) : rootKey(n.rootId),
    depth: n.depth,
    region: regions.get(n.regionCode) ?? null,
    replication: n.replication,
    levels: n.levels.map(withChange),
  }));
  const replications = out.filter((n) => n.replication !== null);
  const done = replications.filter((n) => n.replication!.status === ReplicationStatus.DONE);
  const root = out.find((n) => n.replication === null);
  const indicators: LineageIndicator[] = (root?.levels ?? []).map(({ frameworkCode, number, name }) => {
    const changes = done
      .map((n) => n.levels.find((l) => l.frameworkCode === frameworkCode && l.number === number)?.change)
      .filter((c): c is number => c !== null && c !== undefined);
    return { frameworkCode, number, name, measured: changes.length, averageChange: changes.length ? round2(changes.reduce((a, b) => a + b, 0) / changes.length) : null };
  });
  return {
    nodes: out,
    replicatingRegions: new Set(replications.filter((n) => n.replication!.status !== ReplicationStatus.ABANDONED).map((n) => n.replication!.region.code)).size,
    done: done.length,
    indicators,
  };
}
