import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../../core/db/query.js';
import { groupByKeys, type LoaderFactory, type Viewer } from '../../../../core/loaders.js';
import { SOLUTION_LIMITS } from '../../challenge.limits.js';
import type { ChallengeIndicator } from '../../challenge.types.js';
import type { IndicatorRow } from '../../challenges/challenge.sql.js';
import type { Solution, SolutionEndorsement, SolutionRevision } from '../solution.entity.js';
import type { SolutionResult } from '../result.entity.js';
import { ENDORSEMENT_ROW, RESULT_ROW, REVISION_ROW, SOLUTION_ROW, type EndorsementRow, type ResultRow, type RevisionRow, type SolutionRow } from './solution.rows.js';
import {
  endorsementsSql,
  resultsSql,
  revisionsSql,
  solutionCountsSql,
  solutionIndicatorsSql,
  solutionsByIdSql,
  solutionsOfChallengesSql,
  solutionsOfRegionsSql,
  supportedBySql,
  trialRegionsSql,
} from './solution.sql.js';

export interface SolutionLoaders {
  solution: DataLoader<number, Solution | null>;
  /** A challenge's solutions in page order (see solutionsOfChallengesSql), at most SOLUTION_LIMITS.solutionsMax. */
  ofChallenge: DataLoader<number, Solution[]>;
  countOfChallenge: DataLoader<number, number>;
  /** The solutions a region shares, most replicated first (SOLUTION_LIMITS.regionSolutionsMax). */
  ofRegion: DataLoader<string, Solution[]>;
  indicators: DataLoader<number, ChallengeIndicator[]>;
  trialRegionCodes: DataLoader<number, string[]>;
  endorsements: DataLoader<number, SolutionEndorsement[]>;
  revisions: DataLoader<number, SolutionRevision[]>;
  results: DataLoader<number, SolutionResult[]>;
  /** Whether the viewer supports each solution (false for no viewer). */
  supportedByMe: DataLoader<number, boolean>;
}

declare module '../../../../core/loaders.js' {
  interface Loaders {
    solution: SolutionLoaders;
  }
}


const supportedBy = (em: EntityManager, viewer: Viewer) =>
  new DataLoader<number, boolean>(async (ids) => {
    if (viewer.userId === null) return ids.map(() => false);
    const mine = new Set((await query<{ solution_id: number }>(em, supportedBySql(ids, viewer.userId))).map((r) => r.solution_id));
    return ids.map((id) => mine.has(id));
  });

function createSolutionLoaders(em: EntityManager, viewer: Viewer): SolutionLoaders {
  return {
    solution: new DataLoader(async (ids) => {
      const rows = await query<SolutionRow>(em, solutionsByIdSql(ids));
      const byId = new Map(rows.map((r) => [r.id, SOLUTION_ROW.view(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    ofChallenge: new DataLoader(async (ids) => {
      const rows = await query<SolutionRow>(em, solutionsOfChallengesSql(ids, SOLUTION_LIMITS.solutionsMax));
      return groupByKeys(ids, rows, (r) => Number(r.challenge_id), (r) => SOLUTION_ROW.view(r));
    }),
    ofRegion: new DataLoader(async (codes) => {
      const rows = await query<SolutionRow>(em, solutionsOfRegionsSql(codes, SOLUTION_LIMITS.regionSolutionsMax));
      return groupByKeys(codes, rows, (r) => String(r.region_code), (r) => SOLUTION_ROW.view(r));
    }),
    countOfChallenge: new DataLoader(async (ids) => {
      const rows = await query<{ challenge_id: number; n: string }>(em, solutionCountsSql(ids));
      const byId = new Map(rows.map((r) => [r.challenge_id, Number(r.n)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    indicators: new DataLoader(async (ids) => {
      const rows = await query<Omit<IndicatorRow, 'challenge_id'> & { solution_id: number }>(em, solutionIndicatorsSql(ids));
      return groupByKeys(ids, rows, (r) => r.solution_id, (r) => ({ frameworkCode: r.framework_code, number: r.number, name: r.name }));
    }),
    trialRegionCodes: new DataLoader(async (ids) => {
      const rows = await query<{ solution_id: number; region_code: string }>(em, trialRegionsSql(ids));
      return groupByKeys(ids, rows, (r) => r.solution_id, (r) => r.region_code);
    }),
    endorsements: new DataLoader(async (ids) => {
      const rows = await query<EndorsementRow>(em, endorsementsSql(ids));
      return groupByKeys(ids, rows, (r) => Number(r.solution_id), (r) => ENDORSEMENT_ROW.view(r));
    }),
    revisions: new DataLoader(async (ids) => {
      const rows = await query<RevisionRow>(em, revisionsSql(ids, SOLUTION_LIMITS.revisionsShown));
      return groupByKeys(ids, rows, (r) => Number(r.solution_id), (r) => REVISION_ROW.view(r));
    }),
    results: new DataLoader(async (ids) => {
      const rows = await query<ResultRow>(em, resultsSql(ids));
      return groupByKeys(ids, rows, (r) => Number(r.solution_id), (r) => RESULT_ROW.view(r));
    }),
    supportedByMe: supportedBy(em, viewer),
  };
}

/** The shared loaders with this viewer's own support marks (see LoaderRegistry.forViewer). */
function withViewer(shared: SolutionLoaders, em: EntityManager, viewer: Viewer): SolutionLoaders {
  let own: DataLoader<number, boolean> | undefined;
  return Object.create(shared, { supportedByMe: { get: () => (own ??= supportedBy(em, viewer)) } }) as SolutionLoaders;
}

export const solutionLoaderFactory: LoaderFactory<SolutionLoaders> = { create: createSolutionLoaders, forViewer: withViewer };
