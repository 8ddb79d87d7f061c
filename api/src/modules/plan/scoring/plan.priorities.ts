import type { Context } from '../../../core/context.js';
import type { FrameworkStructure } from '../../spbe/index.js';
import type { RegionView } from '../../region/index.js';
import type { Solution } from '../../challenge/index.js';
import { PLAN_LIMITS as L } from '../plan.limits.js';
import type { PlanPriority } from '../plan.types.js';
import type { PriorityCandidate } from './plan.projection.js';
import { regionsReachingSql, solutionsForIndicatorsSql } from '../reads/plan.sql.js';

const present = <T>(x: T | null | undefined | Error): x is T => x !== null && x !== undefined && !(x instanceof Error);

/** The ranked indicators with who reached each level already and the solutions that targeted them: two statements for the whole list. */
export async function priorityDetails(ctx: Context, structure: FrameworkStructure, ranked: PriorityCandidate[]): Promise<PlanPriority[]> {
  if (!ranked.length) return [];
  const [reached, solutions] = await Promise.all([
    ctx.read<{ number: number; region_code: string; total: string }>(regionsReachingSql(structure.framework.id, ranked.map((r) => r.number), ranked.map((r) => r.toLevel), L.planPriorityRegionsMax)),
    ctx.read<{ indicator_id: number; solution_id: number }>(solutionsForIndicatorsSql(ranked.map((r) => r.indicatorId), L.planPrioritySolutionsMax)),
  ]);
  const [regions, loaded] = await Promise.all([
    ctx.loaders.region.loadMany([...new Set(reached.map((r) => r.region_code))]),
    ctx.loaders.solution.solution.loadMany([...new Set(solutions.map((s) => s.solution_id))]),
  ]);
  const regionByCode = new Map(regions.filter(present).map((r: RegionView) => [r.code, r]));
  const solutionById = new Map(loaded.filter(present).map((s: Solution) => [s.id, s]));
  const indicatorById = new Map(structure.indicators.map((i) => [i.id, i]));
  return ranked.map((r) => {
    const mine = reached.filter((x) => x.number === r.number);
    return {
      indicator: indicatorById.get(r.indicatorId)!,
      fromLevel: r.fromLevel,
      toLevel: r.toLevel,
      gain: r.gain,
      regionCount: mine.length ? Number(mine[0]!.total) : 0,
      regions: mine.map((x) => regionByCode.get(x.region_code)).filter(present),
      solutions: solutions.filter((s) => s.indicator_id === r.indicatorId).map((s) => solutionById.get(s.solution_id)).filter(present),
    };
  });
}
