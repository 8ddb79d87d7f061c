import { scoreAssessment, type FrameworkStructure, type Levels } from '../../spbe/index.js';
import type { PlanItem } from '../items/item.entity.js';
import type { BaseLevels } from '../reads/plan.loaders.js';

/**
 * The levels if every target is met: the region's current levels (its latest complete
 * assessment), each item's indicator raised to its target. A target never lowers a level the
 * region has reached since the item was written.
 */
export function projectedLevels(base: Levels, items: readonly Pick<PlanItem, 'targetLevel' | 'indicator'>[], structure: FrameworkStructure): Levels {
  const numberOf = new Map(structure.indicators.map((i) => [i.id, i.number]));
  const levels: Levels = { ...base };
  for (const item of items) {
    const n = numberOf.get(item.indicator.id);
    if (n !== undefined) levels[n] = Math.max(levels[n] ?? item.targetLevel, item.targetLevel);
  }
  return levels;
}

/** The projection beside the current index, both from the assessment scoring (spbe/scoring.ts): one implementation. */
export function projectPlan(structure: FrameworkStructure, base: BaseLevels | null, items: readonly Pick<PlanItem, 'targetLevel' | 'indicator'>[]) {
  const current = scoreAssessment(structure.shape, base?.levels ?? {});
  const projected = scoreAssessment(structure.shape, projectedLevels(base?.levels ?? {}, items, structure));
  const currentByDomain = new Map(current.domainScores.map((d) => [d.number, d.score]));
  const domains = new Map(structure.domains.map((d) => [d.number, d]));
  return {
    baseYear: base?.year ?? null,
    currentIndex: current.index,
    currentPredicate: current.predicate,
    index: projected.index,
    predicate: projected.predicate,
    completeness: projected.completeness,
    domainScores: projected.domainScores.map((d) => ({ domain: domains.get(d.number)!, weightPercent: d.weightPercent, current: currentByDomain.get(d.number) ?? null, projected: d.score })),
  };
}

export interface PriorityCandidate {
  indicatorId: number;
  number: number;
  fromLevel: number;
  toLevel: number;
  gain: number;
}

/**
 * Which indicator raised by one level moves the index most, from the levels the plan projects:
 * one level of an indicator adds weight / (sum of weights) to the index, weight / 100 for
 * frameworks whose weights add up to 100. Indicators at the top level, and those with neither a
 * current level nor a target, are left out. Highest gain first; ties by indicator number.
 */
export function rankPriorities(structure: FrameworkStructure, levels: Levels, limit: number): PriorityCandidate[] {
  const totalWeight = structure.indicators.reduce((sum, i) => sum + Math.round(i.weightPercent * 1000), 0) / 1000;
  const { maxLevel } = structure.framework;
  return structure.indicators
    .filter((i) => levels[i.number] !== undefined && levels[i.number]! < maxLevel)
    .map((i) => ({ indicatorId: i.id, number: i.number, fromLevel: levels[i.number]!, toLevel: levels[i.number]! + 1, gain: Math.round((i.weightPercent / totalWeight) * 10000) / 10000 }))
    .sort((a, b) => b.gain - a.gain || a.number - b.number)
    .slice(0, limit);
}
