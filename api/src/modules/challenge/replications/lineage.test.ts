import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { REPLICATE, expectReplicationRefused, insertAssessment, regionAdmin, replicableSolution, replicate, updateReplication, LINEAGE } from '../../../../test/replication-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

// Kabupaten Pandeglang, Lebak, Tangerang, Serang and Kota Tangerang (Banten).
const [A, B, C, D, E] = ['36.01', '36.02', '36.03', '36.04', '36.71'];

interface Lineage {
  solution: {
    replicationCount: number;
    replications: { id: string; region: { code: string } }[];
    lineage: {
      replicatingRegions: number;
      done: number;
      nodes: { id: string; parentId: string | null; depth: number; region: { code: string }; replication: { id: string; status: string } | null; levels: { number: number; before: number | null; beforeYear: number | null; after: number | null; afterYear: number | null; change: number | null }[] }[];
      indicators: { frameworkCode: string; number: number; name: string; averageChange: number | null; measured: number }[];
    };
  };
}
const lineage = async (id: string, token?: string) => {
  const res = await app.gql<Lineage>(LINEAGE, { id }, { token });
  if (!res.data?.solution) throw new Error(JSON.stringify(res.errors));
  return res.data.solution;
};

/** Planned, then under way, then done: what a region reports as it goes. */
async function finish(token: string, replicationId: string) {
  await updateReplication(app, token, { replicationId, status: 'IN_PROGRESS' });
  await updateReplication(app, token, { replicationId, status: 'DONE' });
}

describe('a lineage A → B → C and A → D', () => {
  it('is one tree, root first then depth first, with levels before and after and averages over the finished replications', async () => {
    const { solutionId } = await replicableSolution(app, A, { indicators: [{ framework: 'SPBE-2020', number: 20 }, { framework: 'SPBE-2020', number: 26 }] });
    const [b, c, d] = await Promise.all([B, C, D].map((code) => regionAdmin(app, code)));
    // B tried it in 2021 (20: 2 → 4, 26: 1 → 3); a later draft is no evidence and is left out.
    await insertAssessment(app, B, 2020, { 20: 2, 26: 1 });
    await insertAssessment(app, B, 2021, { 20: 3, 26: 3 });
    await insertAssessment(app, B, 2022, { 20: 4, 26: 3 });
    await app.orm.em.fork().execute(`insert into assessment (region_code, framework_id, year, levels) select ?, f.id, 2023, '{"20": 1}'::jsonb from spbe_framework f where f.code = 'SPBE-2020'`, [B]);
    // C copied B's adaptation in 2022 (20: 1 → 2; no level for 26).
    await insertAssessment(app, C, 2021, { 20: 1 });
    await insertAssessment(app, C, 2023, { 20: 2 });
    // D is still at it: its rise (2 → 5) shows on its node but is not in the averages.
    await insertAssessment(app, D, 2021, { 20: 2 });
    await insertAssessment(app, D, 2022, { 20: 5 });
    await insertAssessment(app, A, 2025, { 20: 3, 26: 2 });

    const rb = await replicate(app, b.token, { solutionId, startsOn: '2021-01-04', endsOn: '2021-12-31' });
    const rd = await replicate(app, d.token, { solutionId, startsOn: '2022-02-01' });
    const rc = await replicate(app, c.token, { solutionId, parentReplicationId: rb.id, startsOn: '2022-01-03', endsOn: '2022-06-30' });
    expect(rc).toMatchObject({ parent: { id: rb.id }, solution: { replicationCount: 3 } });
    await finish(b.token, rb.id);
    await finish(c.token, rc.id);
    await updateReplication(app, d.token, { replicationId: rd.id, status: 'IN_PROGRESS' });

    const s = await lineage(solutionId);
    expect(s.replicationCount).toBe(3);
    expect(s.replications.map((r) => r.region.code)).toEqual([B, D]);
    const levels = (before: number | null, beforeYear: number | null, after: number | null, afterYear: number | null, number = 20) => ({
      number, before, beforeYear, after, afterYear, change: before !== null && after !== null ? after - before : null,
    });
    expect(s.lineage.nodes).toMatchObject([
      { id: `solution-${solutionId}`, parentId: null, depth: 0, region: { code: A }, replication: null, levels: [levels(3, 2025, null, null), levels(2, 2025, null, null, 26)] },
      { id: `replication-${rb.id}`, parentId: `solution-${solutionId}`, depth: 1, region: { code: B }, replication: { id: rb.id, status: 'DONE' }, levels: [levels(2, 2020, 4, 2022), levels(1, 2020, 3, 2022, 26)] },
      { id: `replication-${rc.id}`, parentId: `replication-${rb.id}`, depth: 2, region: { code: C }, replication: { id: rc.id, status: 'DONE' }, levels: [levels(1, 2021, 2, 2023), levels(null, null, null, null, 26)] },
      { id: `replication-${rd.id}`, parentId: `solution-${solutionId}`, depth: 1, region: { code: D }, replication: { id: rd.id, status: 'IN_PROGRESS' }, levels: [levels(2, 2021, 5, 2022), levels(null, null, null, null, 26)] },
    ]);
    expect(s.lineage).toMatchObject({
      replicatingRegions: 3,
      done: 2,
      indicators: [
        { frameworkCode: 'SPBE-2020', number: 20, averageChange: 1.5, measured: 2 },
        { frameworkCode: 'SPBE-2020', number: 26, averageChange: 2, measured: 1 },
      ],
    });

    // An abandoned replication no longer counts as a region replicating it, nor in the averages.
    await updateReplication(app, c.token, { replicationId: rc.id, status: 'ABANDONED', statusReason: 'Anggaran dialihkan' });
    expect((await lineage(solutionId)).lineage).toMatchObject({ replicatingRegions: 2, done: 1, indicators: [{ number: 20, averageChange: 2, measured: 1 }, { number: 26, averageChange: 2, measured: 1 }] });
  });

  it('cannot be made to loop or to mix lineages: a region is in a tree once, the root region never, a parent only from the same tree', async () => {
    const { solutionId } = await replicableSolution(app, A);
    const other = await replicableSolution(app, E);
    const [a, b, c] = await Promise.all([A, B, C].map((code) => regionAdmin(app, code)));
    const rb = await replicate(app, b.token, { solutionId });
    const rc = await replicate(app, c.token, { solutionId, parentReplicationId: rb.id });
    // C again, under A or under its own copy's parent: one region, one node.
    await expectReplicationRefused(app, 'CONFLICT', () => app.gql(REPLICATE, { i: { solutionId } }, { token: c.token }));
    await expectReplicationRefused(app, 'CONFLICT', () => app.gql(REPLICATE, { i: { solutionId, parentReplicationId: rc.id } }, { token: c.token }));
    // B copying C's copy of B's copy would close a loop: refused the same way.
    await expectReplicationRefused(app, 'CONFLICT', () => app.gql(REPLICATE, { i: { solutionId, parentReplicationId: rc.id } }, { token: b.token }));
    // A's own region under C: the root's region is never a node.
    const own = await expectReplicationRefused(app, 'BAD_USER_INPUT', () => app.gql(REPLICATE, { i: { solutionId, parentReplicationId: rc.id } }, { token: a.token }));
    expect(own.errors![0]!.extensions).toMatchObject({ fields: [{ field: 'regionCode', message: 'own solution' }] });
    // A parent from another solution's tree.
    const foreign = await replicate(app, b.token, { solutionId: other.solutionId });
    const d = await regionAdmin(app, D);
    const mixed = await expectReplicationRefused(app, 'BAD_USER_INPUT', () => app.gql(REPLICATE, { i: { solutionId, parentReplicationId: foreign.id } }, { token: d.token }));
    expect(mixed.errors![0]!.extensions).toMatchObject({ i18n: { en: 'The replication copied must be one of this solution' } });
    // Nor is an abandoned copy copied.
    await updateReplication(app, c.token, { replicationId: rc.id, status: 'ABANDONED', statusReason: 'Tidak dilanjutkan' });
    await expectReplicationRefused(app, 'BAD_USER_INPUT', () => app.gql(REPLICATE, { i: { solutionId, parentReplicationId: rc.id } }, { token: d.token }));
    const tree = (await lineage(solutionId)).lineage.nodes.map((n) => [n.region.code, n.depth]);
    expect(tree).toEqual([[A, 0], [B, 1], [C, 2]]);
  });

  it('tells each viewer whether they may replicate it', async () => {
    const { solutionId } = await replicableSolution(app, A);
    const [a, b, e] = await Promise.all([A, B, E].map((code) => regionAdmin(app, code)));
    await replicate(app, b.token, { solutionId });
    const staff = await app.user(Role.FACILITATOR);
    const member = await app.user(Role.MEMBER, E);
    const can = async (token?: string) => (await app.gql<{ solution: { viewerCanReplicate: boolean } }>(`query($id: ID!) { solution(id: $id) { viewerCanReplicate } }`, { id: solutionId }, { token })).data!.solution.viewerCanReplicate;
    expect(await Promise.all([a, b, e, staff, member].map((p) => can(p.token)))).toEqual([false, false, true, true, false]);
    expect(await can()).toBe(false);
  });
});

/** A lineage of `size` nodes written straight to the tables: a chain and a fan under the root, every region with assessments. */
async function seedLineage(solutionId: string, regionCodes: string[], userId: number): Promise<void> {
  const em = app.orm.em.fork();
  let parent: number | null = null;
  for (const [i, code] of regionCodes.entries()) {
    const rows = (await em.execute(
      `insert into challenge_replication (solution_id, parent_id, region_code, status, starts_on, ends_on, created_by_id) values (?, ?, ?, 'DONE', '2021-01-01', '2021-12-31', ?) returning id`,
      [Number(solutionId), i % 3 === 0 ? null : parent, code, userId],
    )) as { id: number }[];
    parent = rows[0]!.id;
    await insertAssessment(app, code, 2020, { 20: 1 });
    await insertAssessment(app, code, 2022, { 20: 1 + (i % 4) });
  }
  await em.execute(`update challenge_solution set replication_count = ? where id = ?`, [regionCodes.length, Number(solutionId)]);
}

describe('reading lineages', () => {
  it('reads a solution with a 3-node or a 30-node lineage in the same number of statements', async () => {
    const small = await replicableSolution(app, '32.01');
    const large = await replicableSolution(app, '32.02');
    const codes = ((await app.orm.em.fork().execute(`select code from region where province_code = '35' order by code limit 31`)) as { code: string }[]).map((r) => r.code);
    await seedLineage(small.solutionId, codes.slice(29), small.staff.user.id);
    await seedLineage(large.solutionId, codes.slice(0, 29), large.staff.user.id);
    // Each loader is reached from one branch only: DataLoader batches per tick, and two branches that
    // resolve at different moments would make two batches, or one, depending on timing alone.
    const DEEP = `query($id: ID!) { solution(id: $id) { replicationCount replications { id status region { name } }
      lineage { replicatingRegions nodes { id parentId depth region { name province { name } } levels { before after change }
        replication { id status createdBy { name } parent { id } solution { id } challenge { title } replications { id } viewerCanUpdate } }
        indicators { averageChange measured } } viewerCanReplicate } }`;
    const count = async (id: string, nodes: number) => {
      app.queries.reset();
      const res = await app.gql<{ solution: { lineage: { nodes: unknown[]; indicators: { measured: number }[] } } }>(DEEP, { id }, { token: small.staff.token });
      expect(res.data?.solution.lineage.nodes).toHaveLength(nodes);
      expect(res.data?.solution.lineage.indicators[0]?.measured).toBe(nodes - 1);
      return app.queries.count();
    };
    await count(small.solutionId, 3);
    const few = await count(small.solutionId, 3);
    expect(await count(large.solutionId, 30)).toBe(few);
  });

  it("gives a region its replications, the solutions it shares and its part in the living lab, in the same number of statements for 5 or 35 regions", async () => {
    const { solutionId, challengeId } = await replicableSolution(app, '34.01', { title: 'Solusi yang ditiru Jawa Tengah' });
    const admin = await regionAdmin(app, '33.01');
    const r = await replicate(app, admin.token, { solutionId });
    const REGION = `query($code: String!) { region(code: $code) { replications { id solution { title } challenge { id title } } solutions { id title replicationCount } challengesOpened solutionsShared solutionsReplicatedHere } }`;
    type RegionData = { region: { replications: { id: string; solution: { title: string }; challenge: { id: string } }[]; solutions: { id: string; title: string; replicationCount: number }[]; challengesOpened: number; solutionsShared: number; solutionsReplicatedHere: number } };
    const here = (await app.gql<RegionData>(REGION, { code: '33.01' })).data!.region;
    expect(here).toMatchObject({ replications: [{ id: r.id, solution: { title: 'Solusi yang ditiru Jawa Tengah' }, challenge: { id: challengeId } }], challengesOpened: 0, solutionsShared: 0, solutionsReplicatedHere: 1 });
    expect(here.solutions).toEqual([]);
    expect((await app.gql<RegionData>(REGION, { code: '34.01' })).data!.region).toMatchObject({
      replications: [],
      solutions: [{ id: solutionId, title: 'Solusi yang ditiru Jawa Tengah', replicationCount: 1 }],
      challengesOpened: 1,
      solutionsShared: 1,
      solutionsReplicatedHere: 0,
    });
    const REGIONS = `query($first: Int!) { regions(first: $first, provinceCode: "33") { edges { node { code challengesOpened solutionsShared solutionsReplicatedHere
      solutions(first: 5) { id title region { code } challenge { title } }
      replications(first: 5) { id status region { code } solution { title } challenge { title } } } } } }`;
    const count = async (first: number) => {
      app.queries.reset();
      const res = await app.gql<{ regions: { edges: unknown[] } }>(REGIONS, { first });
      expect(res.data?.regions.edges).toHaveLength(first);
      return app.queries.count();
    };
    await count(5);
    const few = await count(5);
    expect(await count(35)).toBe(few);
  });
});
