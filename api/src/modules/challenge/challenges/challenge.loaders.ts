import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../core/db/query.js';
import { groupByKeys, type LoaderFactory } from '../../../core/loaders.js';
import { Cohort, regionView, type RegionSqlRow, type RegionView } from '../../region/index.js';
import { CHALLENGE_LIMITS } from '../challenge.limits.js';
import type { ChallengeIndicator } from '../challenge.types.js';
import type { ChallengeMember } from '../team/member.entity.js';
import type { Challenge, ChallengeTransition } from './challenge.entity.js';
import { MEMBER_ROW, TRANSITION_ROW, challengeFromRow, type ChallengeSqlRow, type MemberRow, type TransitionRow } from './challenge.rows.js';
import {
  activeTeamCountsSql,
  challengeIndicatorsSql,
  challengeMembersSql,
  challengeRegionsSql,
  challengesByIdSql,
  challengesOfRegionsSql,
  challengeTotalsSql,
  transitionsSql,
  type ChallengeTotalsRow,
  type IndicatorRow,
} from './challenge.sql.js';

export interface ChallengeLoaders {
  challenge: DataLoader<number, Challenge | null>;
  regions: DataLoader<number, RegionView[]>;
  indicators: DataLoader<number, ChallengeIndicator[]>;
  /** Every team row (any status): the public team, the viewer's own row and the pending ones come from it. */
  members: DataLoader<number, ChallengeMember[]>;
  activeCount: DataLoader<number, number>;
  timeline: DataLoader<number, ChallengeTransition[]>;
  /** A region's latest challenges (see CHALLENGE_LIMITS.regionChallengesMax). */
  ofRegion: DataLoader<string, Challenge[]>;
  cohort: DataLoader<string, Cohort | null>;
  /** Supports and replications of all its solutions together. */
  totals: DataLoader<number, { supportCount: number; replicationCount: number }>;
}

declare module '../../../core/loaders.js' {
  interface Loaders {
    challenge: ChallengeLoaders;
  }
}


function createChallengeLoaders(em: EntityManager): ChallengeLoaders {
  return {
    challenge: new DataLoader(async (ids) => {
      const rows = await query<ChallengeSqlRow>(em, challengesByIdSql(ids));
      const byId = new Map(rows.map((r) => [r.id, challengeFromRow(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    regions: new DataLoader(async (ids) => {
      const rows = await query<RegionSqlRow & { challenge_id: number }>(em, challengeRegionsSql(ids));
      return groupByKeys(ids, rows, (r) => r.challenge_id, regionView);
    }),
    indicators: new DataLoader(async (ids) => {
      const rows = await query<IndicatorRow>(em, challengeIndicatorsSql(ids));
      return groupByKeys(ids, rows, (r) => r.challenge_id, (r) => ({ frameworkCode: r.framework_code, number: r.number, name: r.name }));
    }),
    members: new DataLoader(async (ids) => {
      const rows = await query<MemberRow>(em, challengeMembersSql(ids));
      return groupByKeys(ids, rows, (r) => Number(r.challenge_id), (r) => MEMBER_ROW.view(r));
    }),
    activeCount: new DataLoader(async (ids) => {
      const rows = await query<{ challenge_id: number; n: string }>(em, activeTeamCountsSql(ids));
      const byId = new Map(rows.map((r) => [r.challenge_id, Number(r.n)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    timeline: new DataLoader(async (ids) => {
      const rows = await query<TransitionRow>(em, transitionsSql(ids));
      return groupByKeys(ids, rows, (r) => Number(r.challenge_id), (r) => TRANSITION_ROW.view(r));
    }),
    ofRegion: new DataLoader(async (codes) => {
      const rows = await query<ChallengeSqlRow & { region_code: string }>(em, challengesOfRegionsSql(codes, CHALLENGE_LIMITS.regionChallengesMax));
      return groupByKeys(codes, rows, (r) => r.region_code, challengeFromRow);
    }),
    cohort: new DataLoader(async (slugs) => {
      const cohorts = await em.find(Cohort, { slug: { $in: [...slugs] } });
      return slugs.map((s) => cohorts.find((c) => c.slug === s) ?? null);
    }),
    totals: new DataLoader(async (ids) => {
      const rows = await query<ChallengeTotalsRow>(em, challengeTotalsSql(ids));
      const byId = new Map(rows.map((r) => [r.challenge_id, { supportCount: Number(r.support_count), replicationCount: Number(r.replication_count) }]));
      return ids.map((id) => byId.get(id) ?? { supportCount: 0, replicationCount: 0 });
    }),
  };
}

export const challengeLoaderFactory: LoaderFactory<ChallengeLoaders> = { create: createChallengeLoaders };
