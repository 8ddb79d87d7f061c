/**
 * Index arithmetic for any framework: index = sum(weight% x level) / sum(weight%), which is
 * the regulation's sum(weight% x level) / 100 when the weights add up to 100.
 * Weights are summed in thousandths of a percent so 1.3 x 10 is exactly 13.
 */

export interface WeightedIndicator {
  number: number;
  weightPercent: number;
  aspectNumber: number;
  domainNumber: number | null;
}

export interface FrameworkShape {
  indicators: WeightedIndicator[];
  predicates: { name: string; minScore: number }[];
}

export type Levels = Record<number, number>;

export interface GroupScore {
  number: number;
  score: number | null;
  /** The weighted mean over the indicators that have a level so far; null when none has. */
  provisionalScore: number | null;
  weightPercent: number;
  completeness: number;
}

export interface AssessmentScores {
  index: number | null;
  /** What a draft's levels give so far (the weighted mean over indicators with a level); equals index when complete. */
  provisionalIndex: number | null;
  predicate: string | null;
  completeness: number;
  levelCount: number;
  indicatorCount: number;
  domainScores: GroupScore[];
  aspectScores: GroupScore[];
}

const milli = (w: number) => Math.round(w * 1000);
export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

function weightedScore(items: WeightedIndicator[], levels: Levels): { score: number | null; provisional: number | null; completeness: number; weight: number } {
  let weight = 0;
  let answeredWeight = 0;
  let sum = 0;
  let answered = 0;
  for (const it of items) {
    const w = milli(it.weightPercent);
    weight += w;
    const level = levels[it.number];
    if (level !== undefined) {
      answered++;
      answeredWeight += w;
      sum += w * level;
    }
  }
  const complete = items.length > 0 && answered === items.length;
  return {
    score: complete && weight > 0 ? round2(sum / weight) : null,
    provisional: answeredWeight > 0 ? round2(sum / answeredWeight) : null,
    completeness: items.length ? answered / items.length : 0,
    weight: weight / 1000,
  };
}

export function predicateFor(index: number | null, predicates: FrameworkShape['predicates']): string | null {
  if (index === null) return null;
  const sorted = [...predicates].sort((a, b) => b.minScore - a.minScore);
  return sorted.find((p) => index >= p.minScore)?.name ?? null;
}

function groupBy(items: WeightedIndicator[], key: (i: WeightedIndicator) => number | null): Map<number, WeightedIndicator[]> {
  const groups = new Map<number, WeightedIndicator[]>();
  for (const it of items) {
    const k = key(it);
    if (k === null) continue;
    const list = groups.get(k) ?? [];
    list.push(it);
    groups.set(k, list);
  }
  return new Map([...groups.entries()].sort((a, b) => a[0] - b[0]));
}

function groupScores(groups: Map<number, WeightedIndicator[]>, levels: Levels): GroupScore[] {
  return [...groups.entries()].map(([number, items]) => {
    const s = weightedScore(items, levels);
    return { number, score: s.score, provisionalScore: s.provisional, weightPercent: s.weight, completeness: s.completeness };
  });
}

/** Scores an assessment; a partial (draft) assessment has a null index but still reports completeness. */
export function scoreAssessment(shape: FrameworkShape, levels: Levels): AssessmentScores {
  const total = weightedScore(shape.indicators, levels);
  const levelCount = shape.indicators.filter((i) => levels[i.number] !== undefined).length;
  return {
    index: total.score,
    provisionalIndex: total.provisional,
    predicate: predicateFor(total.score, shape.predicates),
    completeness: round2(total.completeness),
    levelCount,
    indicatorCount: shape.indicators.length,
    domainScores: groupScores(groupBy(shape.indicators, (i) => i.domainNumber), levels),
    aspectScores: groupScores(groupBy(shape.indicators, (i) => i.aspectNumber), levels),
  };
}
