import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  // Kalimantan Utara (65): five regions. Three with two complete years, one with one, one with none.
  const rows: [string, number, number][] = [
    ['65.01', 2021, 2.1], ['65.01', 2022, 2.9],
    ['65.02', 2021, 3.4], ['65.02', 2022, 3.3],
    ['65.03', 2021, 1.9], ['65.03', 2022, 2.0],
    ['65.04', 2022, 3.6],
  ];
  for (const [code, year, index] of rows) {
    await app.orm.em.fork().execute(
      `insert into assessment (region_code, framework_id, year, levels, index, level_count)
       select ?, f.id, ?, '{}'::jsonb, ?, 47 from spbe_framework f where f.code = 'SPBE-2020'`,
      [code, year, index],
    );
  }
  // A draft (no index) for 2023 does not count as the latest complete year.
  await app.orm.em.fork().execute(`insert into assessment (region_code, framework_id, year, levels, level_count) select '65.01', f.id, 2023, '{}'::jsonb, 3 from spbe_framework f where f.code = 'SPBE-2020'`);
});
afterAll(() => app?.close());

type Page = { regions: { totalCount: number; edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const LIST = `query($sort: RegionSort, $first: Int, $after: String) { regions(provinceCode: "65", sort: $sort, first: $first, after: $after) {
  totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }`;
const codes = async (vars: Record<string, unknown>) => {
  const res = await app.gql<Page>(LIST, vars);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.regions;
};

describe('the directory in other orders', () => {
  it('puts the highest latest index first, regions without one last', async () => {
    const page = await codes({ sort: 'INDEX', first: 10 });
    expect(page.edges.map((e) => e.node.code)).toEqual(['65.04', '65.02', '65.01', '65.03', '65.71']);
    expect(page.totalCount).toBe(5);
  });

  it('puts the largest change between the two latest complete years first', async () => {
    const page = await codes({ sort: 'CHANGE', first: 10 });
    // +0.8, +0.1, -0.1; then the one with a single year (by index), then none.
    expect(page.edges.map((e) => e.node.code)).toEqual(['65.01', '65.03', '65.02', '65.04', '65.71']);
  });

  it('sorts by name and pages without gaps or repeats', async () => {
    const first = await codes({ sort: 'NAME', first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await codes({ sort: 'NAME', first: 10, after: first.pageInfo.endCursor });
    const all = [...first.edges, ...rest.edges].map((e) => e.node.code);
    expect(new Set(all).size).toBe(5);
    const byCode = await codes({ first: 10 });
    expect(byCode.edges.map((e) => e.node.code)).toEqual(['65.01', '65.02', '65.03', '65.04', '65.71']);
  });

  it('refuses an unknown order', async () => {
    const res = await app.gql(LIST, { sort: 'POPULAR' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
