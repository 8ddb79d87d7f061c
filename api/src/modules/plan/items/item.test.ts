import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { CREATE, SET_MEMBER, SIAK, SUMEDANG, UPSERT, createPlan, expectRefused, indicatorIds, planInput, recordLevels } from '../../../../test/plan-helpers.js';
import { openChallenge, proposeSolution } from '../../../../test/challenge-helpers.js';

let app: TestApp;
let facilitator: string;
let ids: Map<number, string>;
beforeAll(async () => {
  app = await createTestApp();
  facilitator = (await app.user(Role.FACILITATOR)).token;
  ids = await indicatorIds(app, facilitator);
  // Sumedang's latest complete assessment: indicator 20 at 3, 47 at 5, the rest at 2 (an older year differs).
  await recordLevels(app, facilitator, SUMEDANG, 2024, {}, 1);
  await recordLevels(app, facilitator, SUMEDANG, 2025, { 20: 3, 47: 5 });
});
afterAll(() => app?.close());

interface Item {
  currentLevel: number | null;
  targetLevel: number;
  actions: string;
  status: string;
  dueOn: string | null;
  owner: { id: string } | null;
  indicator: { number: number };
  challenge: { id: string } | null;
  solution: { id: string } | null;
  changes: { field: string; by: { id: string; name: string } }[];
}
const upsert = (token: string, i: Record<string, unknown>) => app.gql<{ upsertPlanItem: Item }>(UPSERT, { i }, { token });

async function twoEditors() {
  const siti = await app.user(Role.REGION_ADMIN, SUMEDANG, 'Siti');
  const budi = await app.user(Role.MEMBER, SUMEDANG, 'Budi');
  const planId = await createPlan(app, siti.token);
  await app.gql(SET_MEMBER, { i: { planId, userId: String(budi.user.id), role: 'EDITOR' } }, { token: siti.token });
  return { siti, budi, planId };
}

describe('items', () => {
  it("pre-fill the current level from the region's latest complete assessment and refuse a target below it", async () => {
    const { siti, planId } = await twoEditors();
    const item = (await upsert(siti.token, { planId, indicatorId: ids.get(20), targetLevel: 4 })).data!.upsertPlanItem;
    expect(item).toMatchObject({ currentLevel: 3, targetLevel: 4, status: 'PLANNED', changes: [{ field: 'TARGET_LEVEL', by: { name: 'Siti' } }] });
    await expectRefused(app, 'BAD_USER_INPUT', () => upsert(siti.token, { planId, indicatorId: ids.get(1), targetLevel: 1 }), { field: 'targetLevel', message: 'below current' });
    await expectRefused(app, 'BAD_USER_INPUT', () => upsert(siti.token, { planId, indicatorId: ids.get(20), targetLevel: 2 }), { field: 'targetLevel', message: 'below current' });
  });

  it('merge concurrent edits of different fields, and the last writer wins a field, saying who', async () => {
    const { siti, budi, planId } = await twoEditors();
    const indicatorId = ids.get(20);
    await upsert(siti.token, { planId, indicatorId, targetLevel: 4 });
    // Different fields at the same moment: both land, each stamped with its author.
    const [a, b] = await Promise.all([
      upsert(siti.token, { planId, indicatorId, actions: 'Susun arsitektur SPBE daerah' }),
      upsert(budi.token, { planId, indicatorId, status: 'IN_PROGRESS', dueOn: '2027-06-30', ownerId: String(budi.user.id) }),
    ]);
    expect(a.errors ?? b.errors).toBeUndefined();
    const PLAN_ITEMS = `query($id: ID!) { plan(id: $id) { items { targetLevel actions status dueOn owner { id } changes { field by { name } } } } }`;
    const read = async () => (await app.gql<{ plan: { items: Item[] } }>(PLAN_ITEMS, { id: planId }, { token: siti.token })).data!.plan.items[0]!;
    const merged = await read();
    expect(merged).toMatchObject({ targetLevel: 4, actions: 'Susun arsitektur SPBE daerah', status: 'IN_PROGRESS', dueOn: '2027-06-30', owner: { id: String(budi.user.id) } });
    expect(Object.fromEntries(merged.changes.map((c) => [c.field, c.by.name]))).toEqual({ TARGET_LEVEL: 'Siti', ACTIONS: 'Siti', OWNER: 'Budi', DUE_ON: 'Budi', STATUS: 'Budi' });
    // The same field: the later write wins and names its author; the other fields keep theirs.
    await upsert(siti.token, { planId, indicatorId, actions: 'Versi Siti' });
    const last = (await upsert(budi.token, { planId, indicatorId, actions: 'Versi Budi' })).data!.upsertPlanItem;
    expect(last.actions).toBe('Versi Budi');
    expect(Object.fromEntries(last.changes.map((c) => [c.field, c.by.name]))).toEqual({ TARGET_LEVEL: 'Siti', ACTIONS: 'Budi', OWNER: 'Budi', DUE_ON: 'Budi', STATUS: 'Budi' });
    // Racing on one field: whichever commits last is both the value and the stamp.
    await Promise.all([upsert(siti.token, { planId, indicatorId, targetLevel: 5 }), upsert(budi.token, { planId, indicatorId, targetLevel: 3 })]);
    const raced = await read();
    const winner = raced.changes.find((c) => c.field === 'TARGET_LEVEL')!.by.name;
    expect(raced.targetLevel).toBe(winner === 'Siti' ? 5 : 3);
    // A write that changes nothing steals no attribution.
    const same = (await upsert(siti.token, { planId, indicatorId, status: 'IN_PROGRESS' })).data!.upsertPlanItem;
    expect(same.changes.find((c) => c.field === 'STATUS')!.by.name).toBe('Budi');
  });

  it('start from a solution: one item per indicator it targets, linked to it and its challenge', async () => {
    const siti = await app.user(Role.REGION_ADMIN, SUMEDANG, 'Siti');
    const challengeId = await openChallenge(app, siti.token);
    const solutionId = await proposeSolution(app, siti.token, challengeId, { indicators: [{ framework: 'SPBE-2020', number: 20 }, { framework: 'SPBE-2020', number: 47 }] });
    const res = await app.gql<{ createPlan: { sourceSolution: { id: string }; items: Item[] } }>(CREATE, { i: planInput({ sourceSolutionId: solutionId }) }, { token: siti.token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPlan.sourceSolution.id).toBe(solutionId);
    expect(res.data!.createPlan.items.map((i) => [i.indicator.number, i.currentLevel, i.targetLevel, i.solution?.id, i.challenge?.id])).toEqual([
      [20, 3, 4, solutionId, challengeId],
      [47, 5, 5, solutionId, challengeId],
    ]);
  });
});

const PROJECTION = `query($id: ID!) { plan(id: $id) { projection { baseYear currentIndex currentPredicate index predicate completeness domainScores { domain { number } current projected weightPercent } }
  priorities(first: 50) { indicator { number weightPercent } fromLevel toLevel gain regionCount regions { code } solutions { id } } } }`;
interface Projection {
  baseYear: number;
  currentIndex: number;
  currentPredicate: string;
  index: number;
  predicate: string;
  completeness: number;
  domainScores: { domain: { number: number }; current: number; projected: number; weightPercent: number }[];
}
interface Priority {
  indicator: { number: number; weightPercent: number };
  fromLevel: number;
  toLevel: number;
  gain: number;
  regionCount: number;
  regions: { code: string }[];
  solutions: { id: string }[];
}
const ASSESSED = `query($c: String!) { region(code: $c) { latestAssessment { year index predicate domainScores { domain { number } score } } } }`;

describe('projection and priorities', () => {
  it('equal the assessment scoring of the same levels', async () => {
    const { siti, planId } = await twoEditors();
    const targets = { 1: 4, 2: 3, 20: 5, 30: 4, 47: 5 };
    for (const [n, t] of Object.entries(targets)) expect((await upsert(siti.token, { planId, indicatorId: ids.get(Number(n)), targetLevel: t })).errors).toBeUndefined();
    const { projection } = (await app.gql<{ plan: { projection: Projection } }>(PROJECTION, { id: planId }, { token: siti.token })).data!.plan;
    // The same levels recorded as an assessment of a region with none (11.01): the assessment module scores them.
    await recordLevels(app, facilitator, '11.01', 2025, targets);
    type Assessed = { region: { latestAssessment: { year: number; index: number; predicate: string; domainScores: { domain: { number: number }; score: number }[] } } };
    const expected = (await app.gql<Assessed>(ASSESSED, { c: '11.01' }, { token: facilitator })).data!.region.latestAssessment;
    const current = (await app.gql<Assessed>(ASSESSED, { c: SUMEDANG }, { token: facilitator })).data!.region.latestAssessment;
    expect(projection).toMatchObject({ baseYear: 2025, currentIndex: current.index, currentPredicate: current.predicate, index: expected.index, predicate: expected.predicate, completeness: 1 });
    expect(projection.domainScores.map((d) => [d.domain.number, d.projected])).toEqual(expected.domainScores.map((d) => [d.domain.number, d.score]));
    expect(projection.domainScores.map((d) => [d.domain.number, d.current])).toEqual(current.domainScores.map((d) => [d.domain.number, d.score]));
  });

  it('rank indicators by weight / 100 per level, with the regions already there and the solutions that targeted them', async () => {
    const { siti, planId } = await twoEditors();
    await upsert(siti.token, { planId, indicatorId: ids.get(20), targetLevel: 4 });
    // Siak already reached level 3 on indicator 1, and a solution targeted it.
    await recordLevels(app, facilitator, SIAK, 2025, { 1: 3 });
    const challengeId = await openChallenge(app, siti.token);
    const solutionId = await proposeSolution(app, siti.token, challengeId, { indicators: [{ framework: 'SPBE-2020', number: 1 }] });
    const priorities = (await app.gql<{ plan: { priorities: Priority[] } }>(PROJECTION, { id: planId }, { token: siti.token })).data!.plan.priorities;
    // Indicator 47 is at the top level already: left out. Everything else is ranked, highest gain first.
    expect(priorities.map((p) => p.indicator.number)).not.toContain(47);
    expect(priorities).toHaveLength(46);
    for (const p of priorities) expect(p.gain).toBeCloseTo(p.indicator.weightPercent / 100, 4);
    const gains = priorities.map((p) => p.gain);
    expect(gains).toEqual([...gains].sort((x, y) => y - x));
    const byNumber = new Map(priorities.map((p) => [p.indicator.number, p]));
    // From the level the plan projects: 20 goes from its target 4 to 5.
    expect(byNumber.get(20)).toMatchObject({ fromLevel: 4, toLevel: 5 });
    const first = byNumber.get(1)!;
    expect(first).toMatchObject({ fromLevel: 2, toLevel: 3 });
    expect(first.regions.map((r) => r.code)).toContain(SIAK);
    expect(first.regionCount).toBeGreaterThanOrEqual(1);
    expect(first.solutions.map((s) => s.id)).toContain(solutionId);
    const limited = await app.gql<{ plan: { priorities: Priority[] } }>(`query($id: ID!) { plan(id: $id) { priorities(first: 3) { indicator { number } } } }`, { id: planId }, { token: siti.token });
    expect(limited.data!.plan.priorities.map((p) => p.indicator.number)).toEqual(priorities.slice(0, 3).map((p) => p.indicator.number));
  });
});

describe('statement counts', () => {
  it('reads a plan with 5 or 40 items, members, projection and priorities in the same number of statements', async () => {
    const PAGE = `query($id: ID!) { plan(id: $id) { title region { code } framework { code } createdBy { id } myRole viewerCanEdit members { role user { id name } addedBy { id } }
      items { targetLevel currentLevel indicator { number name } owner { name } challenge { id } solution { id } changes { field at by { name } } }
      projection { index currentIndex domainScores { domain { name } projected } } priorities(first: 10) { gain indicator { number } regions { code } solutions { title } } } }`;
    const count = async (items: number) => {
      const { siti, budi, planId } = await twoEditors();
      for (let n = 1; n <= items; n++) {
        const res = await upsert(n % 2 ? siti.token : budi.token, { planId, indicatorId: ids.get(n), targetLevel: n === 20 || n === 47 ? 5 : 3, ownerId: String(budi.user.id), actions: `Aksi ${n}` });
        expect(res.errors).toBeUndefined();
      }
      await app.gql(PAGE, { id: planId }, { token: siti.token });
      app.queries.reset();
      const res = await app.gql<{ plan: { items: unknown[] } }>(PAGE, { id: planId }, { token: siti.token });
      expect(res.errors).toBeUndefined();
      expect(res.data!.plan.items).toHaveLength(items);
      return app.queries.count();
    };
    const few = await count(5);
    const many = await count(40);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(9);
  });
});
