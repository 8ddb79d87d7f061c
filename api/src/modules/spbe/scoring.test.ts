import { describe, expect, it } from 'vitest';
import { predicateFor, scoreAssessment, type FrameworkShape, type Levels } from './scoring.js';

// SPBE 2020's shape, written out by hand from PermenPANRB 59/2020 rather than read from the data file,
// so a wrong data file or a wrong formula both fail here.
function spbe2020(): FrameworkShape {
  const aspects: [aspect: number, domain: number, weight: number, from: number, to: number][] = [
    [1, 1, 1.3, 1, 10],
    [2, 2, 2.5, 11, 14],
    [3, 2, 2.5, 15, 18],
    [4, 2, 2.5, 19, 20],
    [5, 3, 1.5, 21, 28],
    [6, 3, 1.5, 29, 31],
    [7, 4, 2.75, 32, 41],
    [8, 4, 3.0, 42, 47],
  ];
  const indicators = aspects.flatMap(([aspectNumber, domainNumber, weightPercent, from, to]) =>
    Array.from({ length: to - from + 1 }, (_, k) => ({ number: from + k, weightPercent, aspectNumber, domainNumber })),
  );
  return {
    indicators,
    predicates: [
      { name: 'Memuaskan', minScore: 4.2 },
      { name: 'Sangat Baik', minScore: 3.5 },
      { name: 'Baik', minScore: 2.6 },
      { name: 'Cukup', minScore: 1.8 },
      { name: 'Kurang', minScore: 0 },
    ],
  };
}

const all = (level: number): Levels => Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, level]));

describe('scoreAssessment', () => {
  const shape = spbe2020();

  it('weights add up to 100%', () => {
    expect(shape.indicators.reduce((s, i) => s + i.weightPercent, 0)).toBeCloseTo(100, 9);
  });

  it('gives 1.00 when every indicator is at level 1', () => {
    const s = scoreAssessment(shape, all(1));
    expect(s.index).toBe(1);
    expect(s.predicate).toBe('Kurang');
    expect(s.completeness).toBe(1);
    expect(s.domainScores.map((d) => d.score)).toEqual([1, 1, 1, 1]);
  });

  it('gives 5.00 when every indicator is at level 5', () => {
    const s = scoreAssessment(shape, all(5));
    expect(s.index).toBe(5);
    expect(s.predicate).toBe('Memuaskan');
  });

  it('computes a mixed case exactly as by hand', () => {
    // Policy (1-10) at 2, governance (11-20) at 3, management (21-31) at 4, services (32-47) at 3,
    // except public services 42-47 at 5.
    // By hand: 13.0x2 + 25.0x3 + 16.5x4 + 27.5x3 + 18.0x5 = 26 + 75 + 66 + 82.5 + 90 = 339.5 -> 3.395 -> 3.40
    const levels: Levels = {};
    for (let n = 1; n <= 47; n++) levels[n] = n <= 10 ? 2 : n <= 20 ? 3 : n <= 31 ? 4 : n <= 41 ? 3 : 5;
    const s = scoreAssessment(shape, levels);
    expect(s.index).toBe(3.4);
    expect(s.predicate).toBe('Baik');
    // Domain 4: (27.5x3 + 18x5) / 45.5 = 172.5 / 45.5 = 3.7912... -> 3.79
    expect(s.domainScores).toEqual([
      { number: 1, score: 2, provisionalScore: 2, weightPercent: 13, completeness: 1 },
      { number: 2, score: 3, provisionalScore: 3, weightPercent: 25, completeness: 1 },
      { number: 3, score: 4, provisionalScore: 4, weightPercent: 16.5, completeness: 1 },
      { number: 4, score: 3.79, provisionalScore: 3.79, weightPercent: 45.5, completeness: 1 },
    ]);
    expect(s.aspectScores.find((a) => a.number === 8)?.score).toBe(5);
  });

  it('leaves a partial assessment without an index but reports completeness', () => {
    const levels: Levels = { 1: 3, 2: 3, 42: 4 };
    const s = scoreAssessment(shape, levels);
    expect(s.index).toBeNull();
    expect(s.predicate).toBeNull();
    expect(s.levelCount).toBe(3);
    expect(s.completeness).toBe(0.06);
    expect(s.domainScores[0]).toMatchObject({ score: null, completeness: 0.2 });
  });

  it('gives a draft a provisional index over the levels it has, which becomes the index once complete', () => {
    // (1.3x3 + 1.3x3 + 3.0x4) / (1.3 + 1.3 + 3.0) = 19.8 / 5.6 = 3.5357... -> 3.54
    const s = scoreAssessment(shape, { 1: 3, 2: 3, 42: 4 });
    expect(s.provisionalIndex).toBe(3.54);
    expect(s.domainScores.map((d) => d.provisionalScore)).toEqual([3, null, null, 4]);
    expect(scoreAssessment(shape, {}).provisionalIndex).toBeNull();
    const full = scoreAssessment(shape, all(4));
    expect(full.provisionalIndex).toBe(full.index);
  });

  it('ignores levels for indicators the framework does not have', () => {
    expect(scoreAssessment(shape, { ...all(2), 99: 5 }).index).toBe(2);
  });
});

describe('predicateFor', () => {
  const { predicates } = spbe2020();
  it.each([
    [4.2, 'Memuaskan'],
    [4.19, 'Sangat Baik'],
    [3.5, 'Sangat Baik'],
    [3.49, 'Baik'],
    [2.6, 'Baik'],
    [2.59, 'Cukup'],
    [1.8, 'Cukup'],
    [1.79, 'Kurang'],
  ])('%s is %s', (index, name) => {
    expect(predicateFor(index, predicates)).toBe(name);
  });
});
