import { scoreAssessment, type FrameworkShape, type Levels } from '../spbe/index.js';

/** A small deterministic generator, so demo data is the same on every machine. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Invents plausible levels whose index is close to `target`: every indicator starts at the
 * level below the target and indicators are raised one step, in a seeded order, while that
 * brings the index closer.
 */
export function levelsForIndex(shape: FrameworkShape, target: number, seed: number): Levels {
  // Some raising orders land exactly on the target; try a few before settling for the closest.
  let best: { levels: Levels; miss: number } | undefined;
  for (let attempt = 0; attempt < 200; attempt++) {
    const levels = greedyLevels(shape, target, seed * 1000 + attempt);
    const index = scoreAssessment(shape, levels).index ?? 0;
    const miss = Math.abs(index - target);
    if (!best || miss < best.miss) best = { levels, miss };
    if (miss < 0.005) break;
  }
  return best!.levels;
}

function greedyLevels(shape: FrameworkShape, target: number, seed: number): Levels {
  const rnd = mulberry32(seed);
  const base = Math.max(1, Math.min(4, Math.floor(target)));
  const levels: Levels = Object.fromEntries(shape.indicators.map((i) => [i.number, base]));
  const order = shape.indicators.map((i) => ({ i, k: rnd() })).sort((a, b) => a.k - b.k).map((x) => x.i);
  const totalWeight = shape.indicators.reduce((s, i) => s + i.weightPercent, 0);
  let current = base;
  for (const ind of order) {
    const next = current + ind.weightPercent / totalWeight;
    if (Math.abs(next - target) < Math.abs(current - target)) {
      levels[ind.number] = base + 1;
      current = next;
    }
  }
  return levels;
}
