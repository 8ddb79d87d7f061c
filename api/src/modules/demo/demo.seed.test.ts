import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { DEMO_INDICES, DEMO_PASSWORD, DEMO_USERS, seedDemoData } from './demo.seed.js';
import { ensureAdminFromEnv } from '../user/index.js';
import { Role, User } from '../user/index.js';
import { Challenge, Replication, Solution } from '../challenge/index.js';
import { seedDemoChallenges } from './challenges.demo.js';
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
