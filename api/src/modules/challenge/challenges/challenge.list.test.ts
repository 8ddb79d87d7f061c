import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { MOVE, SIAK, SUMEDANG, openChallenge } from '../../../../test/challenge-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const LIST = `query($first: Int!, $after: String, $stage: ChallengeStage, $indicator: IndicatorRefInput, $regionCode: String, $province: String, $cohort: String, $openToJoin: Boolean,
  $hasReplications: Boolean, $mine: Boolean, $sort: ChallengeSort) {
  challenges(first: $first, after: $after, stage: $stage, indicator: $indicator, regionCode: $regionCode, province: $province, cohort: $cohort, openToJoin: $openToJoin,
    hasReplications: $hasReplications, mine: $mine, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title stage openToJoin teamCount supportCount replicationCount cohort { slug } createdBy { name } regions { code province { name } } indicators { frameworkCode number } } }
  } }`;
interface List {
  challenges: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string; teamCount: number; supportCount: number; replicationCount: number; regions: unknown[]; indicators: unknown[] } }[];
  };
}
const list = (vars: Record<string, unknown>, token?: string) => app.gql<List>(LIST, { first: 20, ...vars }, { token }).then((r) => {
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.challenges;
});

/** Challenges written straight to the tables: reading a list of 50 needs 50 of them, more than a person may open in an hour. */
async function seed(count: number, cohort: string, userId: number): Promise<void> {
  await app.orm.em.fork().execute(
    `with c as (
       insert into challenge (title, problem_markdown, problem_html, cohort_slug, created_by_id)
       select 'Tantangan massal ' || i, 'Masalah', '<p>Masalah</p>', ?, ? from generate_series(1, ?) as i returning id
     ), r as (
       insert into challenge_region (challenge_id, region_code) select c.id, code from c cross join unnest(array['32.11', '14.08', '19.01']) as code returning 1
     ), ind as (
       insert into challenge_indicator (challenge_id, indicator_id)
       select c.id, i.id from c cross join spbe_indicator i join spbe_framework f on f.id = i.framework_id where f.code = 'SPBE-2020' and i.number in (20, 26) returning 1
     ), m as (
       insert into challenge_member (challenge_id, user_id, role, status) select c.id, ?, 'LEAD', 'ACTIVE' from c returning 1
     )
     insert into challenge_solution (challenge_id, title, description_markdown, description_html, author_id, region_code, status, support_count, replication_count)
     select c.id, 'Solusi ' || n, 'Uraian', '<p>Uraian</p>', ?, '32.11', 'SELECTED', n, n - 1 from c cross join generate_series(1, 2) as n`,
    [cohort, userId, count, userId, userId],
  );
}

/** Solutions with these counters on a challenge (the commands that keep them are tested beside them). */
async function counters(challengeId: string, supports: number, replications: number): Promise<void> {
  await app.orm.em.fork().execute(
    `insert into challenge_solution (challenge_id, title, description_markdown, description_html, author_id, region_code, status, support_count, replication_count)
     select c.id, 'Solusi', 'Uraian', '<p>Uraian</p>', c.created_by_id, '32.11', 'SELECTED', ?, ? from challenge c where c.id = ?`,
    [supports, replications, Number(challengeId)],
  );
}

describe('the challenge list', () => {
  it('filters by stage, indicator, region, province, cohort and openness, with totals and pages', async () => {
    const staff = await app.user(Role.FACILITATOR);
    const a = await openChallenge(app, staff.token, { title: 'Satu data kependudukan', regionCodes: [SUMEDANG], indicators: [{ framework: 'SPBE-2020', number: 26 }] });
    const b = await openChallenge(app, staff.token, { title: 'Perizinan daring Siak', regionCodes: [SIAK], cohort: null });
    await app.gql(MOVE, { i: { challengeId: b, to: 'ARCHIVED' } }, { token: staff.token });
    const ids = async (vars: Record<string, unknown>) => (await list(vars)).edges.map((e) => e.node.id);
    expect(await ids({})).toEqual([b, a]);
    expect(await ids({ stage: 'ARCHIVED' })).toEqual([b]);
    expect(await ids({ indicator: { framework: 'SPBE-2020', number: 26 } })).toEqual([a]);
    expect(await ids({ indicator: { framework: 'PEMDI-2025', number: 26 } })).toEqual([]);
    expect(await ids({ regionCode: SIAK })).toEqual([b]);
    expect(await ids({ province: '32' })).toEqual([a]);
    expect(await ids({ cohort: 'living-lab-2022' })).toEqual([a]);
    expect(await ids({ openToJoin: true })).toEqual([a]);
    expect(await ids({ openToJoin: false })).toEqual([b]);
    const first = await list({ first: 1 });
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await list({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual([a]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const bad = await app.gql(LIST, { first: 1, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters on replications and sorts by latest activity, the supports or the replications of all its solutions', async () => {
    const staff = await app.user(Role.FACILITATOR);
    await app.orm.em.fork().execute(`insert into cohort (slug, name) values ('sorted', 'Urut')`);
    const open = (title: string) => openChallenge(app, staff.token, { title, cohort: 'sorted' });
    const quiet = await open('Tanpa solusi sama sekali');
    const supported = await open('Paling banyak didukung');
    const replicated = await open('Paling banyak ditiru');
    const latest = await open('Aktivitas paling baru');
    await counters(supported, 40, 0);
    await counters(supported, 2, 1);
    await counters(replicated, 5, 3);
    await counters(replicated, 1, 2);
    await counters(latest, 1, 0);
    const ids = async (vars: Record<string, unknown>) => (await list({ cohort: 'sorted', ...vars })).edges.map((e) => e.node.id);
    expect(await ids({})).toEqual([latest, replicated, supported, quiet]);
    expect(await ids({ sort: 'LATEST_ACTIVITY' })).toEqual([latest, replicated, supported, quiet]);
    expect(await ids({ sort: 'MOST_SUPPORTED' })).toEqual([supported, replicated, latest, quiet]);
    expect(await ids({ sort: 'MOST_REPLICATED' })).toEqual([replicated, supported, latest, quiet]);
    expect(await ids({ hasReplications: true, sort: 'MOST_REPLICATED' })).toEqual([replicated, supported]);
    expect(await ids({ hasReplications: false })).toEqual([latest, quiet]);
    const page = await list({ cohort: 'sorted', sort: 'MOST_SUPPORTED', first: 1 });
    expect(page.edges[0]!.node).toMatchObject({ id: supported, supportCount: 42, replicationCount: 1 });
    expect(page.totalCount).toBe(4);
    const next = await list({ cohort: 'sorted', sort: 'MOST_SUPPORTED', first: 1, after: page.pageInfo.endCursor });
    expect(next.edges[0]!.node).toMatchObject({ id: replicated, supportCount: 6, replicationCount: 5 });
    const bad = await app.gql(LIST, { first: 1, sort: 'MOST_LOVED' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("gives each person the challenges they are in or follow (mine), and none when signed out", async () => {
    await app.orm.em.fork().execute(`insert into cohort (slug, name) values ('mine', 'Milik saya')`);
    const lead = await app.user(Role.REGION_ADMIN, SUMEDANG);
    const other = await app.user(Role.REGION_ADMIN, SIAK);
    const led = await openChallenge(app, lead.token, { title: 'Dipimpin Sumedang', cohort: 'mine', regionCodes: [SUMEDANG] });
    const followed = await openChallenge(app, other.token, { title: 'Diikuti Sumedang', cohort: 'mine', regionCodes: [SIAK] });
    await openChallenge(app, other.token, { title: 'Tidak terkait', cohort: 'mine', regionCodes: [SIAK] });
    const follow = await app.gql(`mutation($id: ID!) { followChallenge(challengeId: $id, follow: true) { id } }`, { id: followed }, { token: lead.token });
    expect(follow.errors).toBeUndefined();
    const ids = async (token?: string) => (await list({ cohort: 'mine', mine: true }, token)).edges.map((e) => e.node.id).sort();
    expect(await ids(lead.token)).toEqual([led, followed].sort());
    expect((await list({ cohort: 'mine', mine: true }, lead.token)).totalCount).toBe(2);
    expect(await ids(other.token)).toHaveLength(2);
    expect(await ids()).toEqual([]);
    expect((await list({ cohort: 'mine' })).edges).toHaveLength(3);
  });

  it('reads 5 or 50 challenges with regions, indicators, team and solution counts and creators in the same number of statements, in every order', async () => {
    const staff = await app.user(Role.FACILITATOR);
    await app.orm.em.fork().execute(`insert into cohort (slug, name) values ('n1-list', 'N+1')`);
    const count = async (n: number, vars: Record<string, unknown> = {}) => {
      app.queries.reset();
      const page = await list({ first: 50, cohort: 'n1-list', ...vars });
      expect(page.edges).toHaveLength(n);
      expect(page.edges.every((e) => e.node.regions.length === 3 && e.node.indicators.length === 2 && e.node.teamCount === 1 && e.node.supportCount === 3 && e.node.replicationCount === 1)).toBe(true);
      return app.queries.count();
    };
    const SORTS = [{}, { sort: 'MOST_SUPPORTED' }, { sort: 'MOST_REPLICATED', hasReplications: true }];
    await seed(5, 'n1-list', staff.user.id);
    const few = [];
    for (const vars of SORTS) few.push(await count(5, vars));
    await seed(45, 'n1-list', staff.user.id);
    for (const [i, vars] of SORTS.entries()) expect(await count(50, vars)).toBe(few[i]);
  });

  it('gives each region its challenges, latest activity first, in the same number of statements for 5 or 35 regions', async () => {
    const staff = await app.user(Role.FACILITATOR);
    const older = await openChallenge(app, staff.token, { regionCodes: ['33.01'], cohort: null });
    const newer = await openChallenge(app, staff.token, { regionCodes: ['33.01', '33.02'], cohort: null });
    const REGION = `{ region(code: "33.01") { challenges { id } } }`;
    expect((await app.gql<{ region: { challenges: { id: string }[] } }>(REGION)).data?.region.challenges.map((c) => c.id)).toEqual([newer, older]);
    const REGIONS = `query($first: Int!) { regions(first: $first, provinceCode: "33") { edges { node { code challenges(first: 5) { id teamCount regions { code } } } } } }`;
    const count = async (first: number) => {
      app.queries.reset();
      const res = await app.gql<{ regions: { edges: { node: { challenges: unknown[] } }[] } }>(REGIONS, { first });
      expect(res.data?.regions.edges).toHaveLength(first);
      return app.queries.count();
    };
    // The directory caches its totals per process: only the first read counts them.
    await count(5);
    const few = await count(5);
    expect(await count(35)).toBe(few);
  });
});
