import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

type Fw = {
  code: string;
  isDraft: boolean;
  levels: { level: number; name: string }[];
  predicates: { name: string; minScore: number }[];
  domains: { number: number; weightPercent: number; aspects: { number: number; indicators: { number: number; weightPercent: number }[] }[] }[];
  aspects: { number: number; name: string; weightPercent: number }[];
  indicators: { number: number; weightPercent: number }[];
};
const FW = `query($c: String!) { spbeFramework(code: $c) { code isDraft levels { level name } predicates { name minScore }
  domains { number weightPercent aspects { number indicators { number weightPercent } } } aspects { number name weightPercent } indicators { number weightPercent } } }`;

describe('SPBE frameworks as data', () => {
  it('loads SPBE 2020: 4 domains, 8 aspects, 47 indicators whose weights sum to 100%', async () => {
    const fw = (await app.gql<{ spbeFramework: Fw }>(FW, { c: 'SPBE-2020' })).data!.spbeFramework;
    expect(fw.isDraft).toBe(false);
    expect(fw.domains).toHaveLength(4);
    expect(fw.domains.flatMap((d) => d.aspects)).toHaveLength(8);
    expect(fw.indicators).toHaveLength(47);
    expect(fw.indicators.map((i) => i.number)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(fw.indicators.reduce((s, i) => s + i.weightPercent, 0)).toBeCloseTo(100, 6);
    expect(fw.domains.map((d) => d.weightPercent)).toEqual([13, 25, 16.5, 45.5]);
    expect(fw.indicators.find((i) => i.number === 42)?.weightPercent).toBe(3);
    expect(fw.levels.map((l) => l.name)).toEqual(['Rintisan', 'Terkelola', 'Terstandarisasi', 'Terintegrasi dan Terukur', 'Optimum']);
    expect(fw.predicates[0]).toEqual({ name: 'Memuaskan', minScore: 4.2 });
  });

  it('fits Indeks Pemdi 2025 in the same tables as a draft with 9 weighted aspects', async () => {
    const fw = (await app.gql<{ spbeFramework: Fw }>(FW, { c: 'PEMDI-2025' })).data!.spbeFramework;
    expect(fw.isDraft).toBe(true);
    expect(fw.domains).toEqual([]);
    expect(fw.aspects).toHaveLength(9);
    expect(fw.aspects.reduce((s, a) => s + a.weightPercent, 0)).toBe(100);
    expect(fw.aspects.find((a) => a.name === 'Kepuasan Pengguna')?.weightPercent).toBe(20);
  });

  it('lists frameworks and answers null for an unknown code', async () => {
    const res = await app.gql<{ spbeFrameworks: { code: string }[]; spbeFramework: null }>(`{ spbeFrameworks { code } spbeFramework(code: "NOPE") { code } }`);
    expect(res.data?.spbeFrameworks.map((f) => f.code).sort()).toEqual(['PEMDI-2025', 'SPBE-2020']);
    expect(res.data?.spbeFramework).toBeNull();
  });

  it('reads the whole tree in a constant number of queries', async () => {
    app.queries.reset();
    await app.gql(FW, { c: 'SPBE-2020' });
    expect(app.queries.count()).toBeLessThanOrEqual(5);
  });
});
