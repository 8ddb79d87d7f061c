import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../core/db/query.js';
import { groupByKeys, type LoaderFactory } from '../../../core/loaders.js';
import { allRegions } from '../../region/index.js';
import { REPLICATION_LIMITS } from '../challenge.limits.js';
import type { Replication } from './replication.entity.js';
import { buildLineage, type LineageInput } from './replication.lineage.js';
import { REPLICATION_ROW, type LineageRow, type ReplicationRow } from './replication.rows.js';
import { lineagesSql, regionProfilesSql, replicationsByIdSql, replicationsOfParentsSql, replicationsOfRegionsSql, replicationsOfSolutionsSql, type RegionProfileRow } from './replication.sql.js';
import type { SolutionLineage } from './replication.types.js';

export interface RegionProfile {
  challengesOpened: number;
  solutionsShared: number;
  solutionsReplicatedHere: number;
}

export interface ReplicationLoaders {
  replication: DataLoader<number, Replication | null>;
  /** Replications of a solution itself (not of another replication). */
  ofSolution: DataLoader<number, Replication[]>;
  /** Replications copying a replication. */
  children: DataLoader<number, Replication[]>;
  /** A region's newest replications (REPLICATION_LIMITS.regionReplicationsMax). */
  ofRegion: DataLoader<string, Replication[]>;
  /** A solution's whole lineage: one statement for any number of solutions and nodes. */
  lineage: DataLoader<number, SolutionLineage>;
  profile: DataLoader<string, RegionProfile>;
}

declare module '../../../core/loaders.js' {
  interface Loaders {
    replication: ReplicationLoaders;
  }
}


const view = (r: ReplicationRow) => REPLICATION_ROW.view(r);

function lineageNode(row: LineageRow): LineageInput {
  return {
    rootId: row.root_id,
    depth: row.depth,
    regionCode: row.node_region_code,
    replication: row.r_id === null ? null : REPLICATION_ROW.fromPrefixed(row, 'r_'),
    levels: row.levels,
  };
}

function createReplicationLoaders(em: EntityManager): ReplicationLoaders {
  return {
    replication: new DataLoader(async (ids) => {
      const rows = await query<ReplicationRow>(em, replicationsByIdSql(ids));
      const byId = new Map(rows.map((r) => [r.id, view(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    ofSolution: new DataLoader(async (ids) => groupByKeys(ids, await query<ReplicationRow>(em, replicationsOfSolutionsSql(ids)), (r) => Number(r.solution_id), view)),
    children: new DataLoader(async (ids) => groupByKeys(ids, await query<ReplicationRow>(em, replicationsOfParentsSql(ids)), (r) => Number(r.parent_id), view)),
    ofRegion: new DataLoader(async (codes) =>
      groupByKeys(codes, await query<ReplicationRow>(em, replicationsOfRegionsSql(codes, REPLICATION_LIMITS.regionReplicationsMax)), (r) => String(r.region_code), view),
    ),
    lineage: new DataLoader(async (ids) => {
      const [rows, regions] = await Promise.all([query<LineageRow>(em, lineagesSql(ids)), allRegions(em)]);
      return groupByKeys(ids, rows, (r) => r.root_id, lineageNode).map((nodes) => buildLineage(nodes, regions));
    }),
    profile: new DataLoader(async (codes) => {
      const rows = await query<RegionProfileRow>(em, regionProfilesSql(codes));
      const byCode = new Map(rows.map((r) => [r.code, r]));
      return codes.map((c) => {
        const r = byCode.get(c);
        return { challengesOpened: Number(r?.challenges_opened ?? 0), solutionsShared: Number(r?.solutions_shared ?? 0), solutionsReplicatedHere: Number(r?.solutions_replicated_here ?? 0) };
      });
    }),
  };
}

export const replicationLoaderFactory: LoaderFactory<ReplicationLoaders> = { create: createReplicationLoaders };
