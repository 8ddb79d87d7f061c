import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

type Page = { regions: { totalCount: number; edges: { cursor: string; node: { code: string; name: string; kind: string; province: { name: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const REGIONS = `query($first: Int, $after: String, $search: String, $provinceCode: String, $cohort: String) {
  regions(first: $first, after: $after, search: $search, provinceCode: $provinceCode, cohort: $cohort) {
    totalCount edges { cursor node { code name kind province { name } } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('regions', () => {
  it('holds the 514 kabupaten/kota and 38 provinces', async () => {
    const res = await app.gql<Page & { provinces: unknown[] }>(`{ regions(first: 1) { totalCount } provinces { code } }`);
    expect(res.data?.regions.totalCount).toBe(514);
    expect(res.data?.provinces).toHaveLength(38);
  });

  it('derives the kind from the name', async () => {
    const res = await app.gql<{ a: { kind: string }; b: { kind: string } }>(`{ a: region(code: "32.11") { kind } b: region(code: "32.73") { kind name } }`);
    expect(res.data).toEqual({ a: { kind: 'KABUPATEN' }, b: { kind: 'KOTA', name: 'Kota Bandung' } });
  });

  it('pages through a province without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const res: { data?: Page } = await app.gql<Page>(REGIONS, { first: 10, after, provinceCode: '32' });
      const page: Page['regions'] = res.data!.regions;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe(27);
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
    expect([...seen].sort()).toEqual(seen);
  });

  it('searches by part of the name, case-insensitively, and by code prefix', async () => {
    const byName = await app.gql<Page>(REGIONS, { search: 'SUMEDANG' });
    expect(byName.data?.regions.edges.map((e) => e.node.code)).toEqual(['32.11']);
    const byCode = await app.gql<Page>(REGIONS, { search: '32.1', first: 100 });
    expect(byCode.data?.regions.edges.every((e) => e.node.code.startsWith('32.1'))).toBe(true);
    const wildcard = await app.gql<Page>(REGIONS, { search: '%' });
    expect(wildcard.data?.regions.totalCount).toBe(0);
  });

  it('filters by cohort', async () => {
    const res = await app.gql<Page>(REGIONS, { cohort: 'living-lab-2022', first: 50 });
    expect(res.data?.regions.edges.map((e) => e.node.code)).toEqual(['14.08', '19.02', '32.11', '32.15', '74.05']);
  });

  it('rejects bad arguments with BAD_USER_INPUT', async () => {
    for (const vars of [{ first: 0 }, { first: 101 }, { after: 'not a cursor!' }, { provinceCode: 'Jawa' }]) {
      const res = await app.gql(REGIONS, vars);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
    }
  });

  it('loads a page with provinces and latest assessments in a constant number of queries', async () => {
    const f = await app.user(Role.FACILITATOR);
    const levels = Array.from({ length: 47 }, (_, i) => ({ indicator: i + 1, level: 3 }));
    for (const code of ['11.01', '11.02', '11.03', '11.04', '11.05', '11.06']) {
      await app.gql(`mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`, { i: { regionCode: code, year: 2024, levels } }, { token: f.token });
    }
    const q = `query($first: Int) { regions(first: $first) { edges { node { code province { name } latestAssessment { index predicate domainScores { score domain { name } } } assessments { year } } } } }`;
    await app.gql(q, { first: 1 }); // warms the per-process caches (framework tree, directory totals)
    app.queries.reset();
    const small = await app.gql(q, { first: 5 });
    const smallCount = app.queries.count();
    app.queries.reset();
    const large = await app.gql(q, { first: 50 });
    const largeCount = app.queries.count();
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(largeCount, app.queries.list().join("\n")).toBe(smallCount);
    // the page (the total is cached), framework by code, assessments of the page
    expect(largeCount).toBeLessThanOrEqual(3);
  });
});
