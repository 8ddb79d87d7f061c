import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { DEMO_INDICES, DEMO_PASSWORD, DEMO_USERS, seedDemoData } from './demo.seed.js';
import { ensureAdminFromEnv } from '../user/index.js';
import { Role, User } from '../user/index.js';
import { Challenge, Replication, Solution } from '../challenge/index.js';
import { Assessment } from '../assessment/index.js';
import { seedDemoChallenges } from './challenges.demo.js';
import { seedDemoForum } from './forum.demo.js';
import { seedDemoMeetings } from './meetings.demo.js';
import { DEMO_COHORT_MEMBERS, seedDemoCohort } from './cohort.demo.js';
import { seedDemoPlans } from './plans.demo.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe('demo data', () => {
  it('seeds once: users per role and index histories matching the published figures', async () => {
    expect(await seedDemoData(app.orm.em.fork())).toBe(true);
    expect(await seedDemoData(app.orm.em.fork())).toBe(false);
    const res = await app.gql<{ region: { assessments: { year: number; index: number | null; isDemo: boolean }[] } }>(
      `{ region(code: "32.11") { assessments { year index isDemo } } }`,
    );
    const sumedang = DEMO_INDICES.filter((d) => d.region === '32.11');
    for (const d of sumedang) {
      const got = res.data!.region.assessments.find((a) => a.year === d.year)!;
      expect(Math.abs(got.index! - d.index), `year ${d.year}`).toBeLessThanOrEqual(0.01);
      expect(got.isDemo).toBe(true);
    }
    // The 2023 draft is Sumedang's own work in progress: hidden from signed-out visitors, shown to its people.
    expect(res.data!.region.assessments.find((a) => a.year === 2023)).toBeUndefined();
    const own = await app.user(Role.MEMBER, '32.11');
    const asMember = await app.gql<{ region: { assessments: { year: number; index: number | null }[] } }>(`{ region(code: "32.11") { assessments { year index } } }`, {}, { token: own.token });
    expect(asMember.data!.region.assessments.find((a) => a.year === 2023)?.index).toBeNull();
    for (const u of DEMO_USERS.slice(0, 2)) {
      const signIn = await app.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { role } } }`, { e: u.email, p: DEMO_PASSWORD });
      expect(signIn.data).toEqual({ signIn: { user: { role: u.role } } });
    }
  });
});

describe('demo challenges', () => {
  it('seed once, labelled as demo, with a lineage of three replications', async () => {
    // The people seeded above are there; a second run seeds nothing.
    expect(await seedDemoChallenges(app.orm.em.fork())).toBe(true);
    expect(await seedDemoChallenges(app.orm.em.fork())).toBe(false);
    const em = app.orm.em.fork();
    const challenges = await em.find(Challenge, {}, { orderBy: { id: 'asc' } });
    expect(challenges.map((c) => [c.isDemo, c.title.endsWith('(demo)')])).toEqual([[true, true], [true, true], [true, true]]);
    const portal = await em.findOneOrFail(Solution, { title: { $like: 'Portal perizinan%' } });
    expect(portal.replicationCount).toBe(await em.count(Replication, { solution: portal }));
    expect(portal.supportCount).toBe(5);
    const res = await app.gql<{ challenges: { totalCount: number } }>(`{ challenges(first: 10, cohort: "living-lab-2022") { totalCount } }`);
    expect(res.data?.challenges.totalCount).toBe(3);
  });
});

describe('demo forum', () => {
  it('seeds three conversations once, labelled as demo, with an accepted answer, reactions and consistent counters', async () => {
    expect(await seedDemoForum(app.orm.em.fork())).toBe(true);
    expect(await seedDemoForum(app.orm.em.fork())).toBe(false);
    const { token } = await app.user(Role.MEMBER, '32.11');
    type Row = { title: string; type: string; replyCount: number; lastPostNumber: number; acceptedAnswer: { number: number } | null };
    const res = await app.gql<{ threads: { edges: { node: Row }[] } }>(
      `{ threads(first: 10) { edges { node { title type replyCount lastPostNumber acceptedAnswer { number } } } } }`,
      {},
      { token },
    );
    const rows = res.data!.threads.edges.map((e) => e.node);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.title.endsWith('(demo)') && r.replyCount === r.lastPostNumber - 1)).toBe(true);
    const question = rows.find((r) => r.type === 'QUESTION')!;
    expect(question).toMatchObject({ replyCount: 3, acceptedAnswer: { number: 2 } });
    const found = await app.gql<{ search: { totalCount: number } }>(`{ search(query: "antrean") { totalCount } }`, {}, { token });
    expect(found.data?.search.totalCount).toBeGreaterThan(0);
  });
});

describe('demo meetings', () => {
  it("seed a past meeting with answered questions and a poll's results, and tomorrow's with an open session", async () => {
    expect(await seedDemoMeetings(app.orm.em.fork())).toBe(true);
    expect(await seedDemoMeetings(app.orm.em.fork())).toBe(false);
    const { token } = await app.user(Role.MEMBER, '32.11');
    const upcoming = await app.gql<{ meetings: { title: string; sessions: { code: string; state: string }[] }[] }>(`{ meetings(upcoming: true) { title sessions { code state } } }`, {}, { token });
    expect(upcoming.data?.meetings).toEqual([{ title: 'Rapat koordinasi living lab: rencana aksi SPBE 2024 (demo)', sessions: [{ code: 'DEMORAKOR', state: 'OPEN' }] }]);
    type Session = { questions: { text: string; voteCount: number; status: string }[]; polls: { state: string; results: { optionId: number; count: number }[] | null }[] };
    const past = await app.gql<{ liveSession: Session }>(
      `{ liveSession(code: "DEMOEVAL") { questions { text voteCount status } polls { state results { optionId count } } } }`,
      {},
      { token },
    );
    expect(past.errors).toBeUndefined();
    const s = past.data!.liveSession;
    expect(s.questions.map((q) => [q.voteCount, q.status])).toEqual(expect.arrayContaining([[3, 'ANSWERED'], [1, 'ANSWERED'], [2, 'LIVE']]));
    expect(s.polls[0]).toMatchObject({ state: 'CLOSED' });
    expect(s.polls[0]!.results!.find((r) => r.optionId === 2)?.count).toBe(2);
  });
});

describe('demo cohort', () => {
  it('fills the living lab up to 62 regions once, each with demo indices for 2021 and 2022 around the cited 2.4', async () => {
    expect(await seedDemoCohort(app.orm.em.fork())).toBe(true);
    expect(await seedDemoCohort(app.orm.em.fork())).toBe(false);
    const res = await app.gql<{ cohort: { memberCount: number } }>(`{ cohort(slug: "living-lab-2022") { memberCount } }`);
    expect(res.data?.cohort.memberCount).toBe(62);
    const rows = await app.orm.em.fork().find(Assessment, { region: { $in: [...DEMO_COHORT_MEMBERS] } });
    expect(rows).toHaveLength(DEMO_COHORT_MEMBERS.length * 2);
    expect(rows.every((a) => a.isDemo && a.index !== null)).toBe(true);
    const mean = rows.filter((a) => a.year === 2021).reduce((s, a) => s + a.index!, 0) / DEMO_COHORT_MEMBERS.length;
    expect(mean).toBeGreaterThan(2.0);
    expect(mean).toBeLessThan(2.8);
  });
});

describe('demo plan', () => {
  it("seeds once: Sumedang's draft plan, readable by its people, with items from its 2022 levels", async () => {
    expect(await seedDemoPlans(app.orm.em.fork())).toBe(true);
    expect(await seedDemoPlans(app.orm.em.fork())).toBe(false);
    const own = await app.user(Role.MEMBER, '32.11');
    type Listed = { plans: { totalCount: number; edges: { node: { title: string; isDemo: boolean; state: string; members: { role: string }[]; items: { currentLevel: number; targetLevel: number; solution: { title: string } | null }[]; projection: { index: number; currentIndex: number } } }[] } };
    const res = await app.gql<Listed>(`{ plans(regionCode: "32.11") { totalCount edges { node { title isDemo state members { role } items { currentLevel targetLevel solution { title } } projection { index currentIndex } } } } }`, {}, { token: own.token });
    expect(res.errors).toBeUndefined();
    const plan = res.data!.plans.edges[0]!.node;
    expect(plan).toMatchObject({ isDemo: true, state: 'DRAFT', members: [{ role: 'EDITOR' }, { role: 'EDITOR' }, { role: 'COMMENTER' }] });
    expect(plan.title.endsWith('(demo)')).toBe(true);
    expect(plan.items).toHaveLength(4);
    for (const item of plan.items) expect(item.targetLevel).toBeGreaterThanOrEqual(item.currentLevel);
    expect(plan.items.some((i) => i.solution?.title.startsWith('Portal perizinan'))).toBe(true);
    expect(plan.projection.index).toBeGreaterThanOrEqual(plan.projection.currentIndex);
    // Private to the region: another region's people do not see the draft.
    const other = await app.user(Role.MEMBER, '14.08');
    expect((await app.gql<Listed>(`{ plans(regionCode: "32.11") { totalCount } }`, {}, { token: other.token })).data!.plans.totalCount).toBe(0);
  });
});

describe('first admin from the environment', () => {
  it('is created only when no admin exists', async () => {
    const em = app.orm.em.fork();
    const admins = await em.count(User, { role: Role.ADMIN });
    // The demo seed above made one admin already.
    expect(admins).toBeGreaterThan(0);
    expect(await ensureAdminFromEnv(em, 'root@kemendagri.go.id', 'a-long-password')).toBe(false);
    await em.nativeDelete(User, { role: Role.ADMIN });
    expect(await ensureAdminFromEnv(em, 'root@kemendagri.go.id', 'a-long-password')).toBe(true);
    expect(await em.count(User, { role: Role.ADMIN, email: 'root@kemendagri.go.id' })).toBe(1);
  });
});

describe('production', () => {
  it('turns introspection off', async () => {
    const prod = await createTestApp({ nodeEnv: 'production', demoData: false });
    try {
      const res = await prod.gql(`{ __schema { queryType { name } } }`);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await prod.gql(`{ serverInfo { demoData environment } }`)).data).toEqual({ serverInfo: { demoData: false, environment: 'production' } });
    } finally {
      await prod.close();
    }
  });
});
