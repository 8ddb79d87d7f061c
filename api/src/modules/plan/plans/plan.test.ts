import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { CREATE, DELETE, PLAN, REMOVE_MEMBER, SET_MEMBER, SIAK, SUMEDANG, UPDATE, UPSERT, createPlan, expectRefused, indicatorIds, planCast, planInput } from '../../../../test/plan-helpers.js';

let app: TestApp;
let ids: Map<number, string>;
beforeAll(async () => {
  app = await createTestApp();
  ids = await indicatorIds(app, (await app.user(Role.MEMBER, SUMEDANG)).token);
});
afterAll(() => app?.close());

type Cast = Awaited<ReturnType<typeof planCast>>;
type Who = keyof Omit<Cast, 'planId'> | 'signedOut';
const tokenOf = (cast: Cast, who: Who) => (who === 'signedOut' ? undefined : cast[who].token);
const refusal = (who: Who) => (who === 'signedOut' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

describe('createPlan', () => {
  it('lets a region admin (own region) and facilitators create; the creator becomes the EDITOR', async () => {
    const cast = await planCast(app);
    const res = await app.gql<{ createPlan: { state: string; myRole: string; members: { role: string; user: { id: string } }[]; items: unknown[] } }>(CREATE, { i: planInput() }, { token: cast.facilitator.token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPlan).toMatchObject({ state: 'DRAFT', myRole: 'EDITOR', members: [{ role: 'EDITOR', user: { id: String(cast.facilitator.user.id) } }], items: [] });
  });

  it.each<Who>(['editor', 'viewer', 'elsewhere', 'outsider', 'signedOut'])('refuses %s, changing nothing', async (who) => {
    const cast = await planCast(app);
    await expectRefused(app, refusal(who), () => app.gql(CREATE, { i: planInput() }, { token: tokenOf(cast, who) }));
  });

  it('refuses bad input with stable codes and fields, changing nothing', async () => {
    const { admin } = await planCast(app);
    const attempt = (over: Record<string, unknown>) => () => app.gql(CREATE, { i: planInput(over) }, { token: admin.token });
    await expectRefused(app, 'BAD_USER_INPUT', attempt({ title: 'x'.repeat(201) }), { field: 'title', message: 'length' });
    await expectRefused(app, 'BAD_USER_INPUT', attempt({ title: 'abc' }), { field: 'title', message: 'length' });
    await expectRefused(app, 'BAD_USER_INPUT', attempt({ year: 1999 }), { field: 'year', message: 'range' });
    await expectRefused(app, 'BAD_USER_INPUT', attempt({ regionCode: '99.99' }), { field: 'regionCode', message: 'unknown' });
    await expectRefused(app, 'BAD_USER_INPUT', attempt({ frameworkCode: 'NOPE' }), { field: 'frameworkCode', message: 'unknown' });
    await expectRefused(app, 'BAD_USER_INPUT', attempt({ frameworkCode: 'PEMDI-2025' }), { field: 'frameworkCode', message: 'draft' });
    await expectRefused(app, 'BAD_USER_INPUT', attempt({ sourcePlanId: '1', sourceSolutionId: '1' }), { field: 'sourcePlanId', message: 'one source' });
  });
});

describe('who reads a plan', () => {
  it('members, the region and facilitators read a draft; other regions and signed-out people do not', async () => {
    const cast = await planCast(app);
    const read = async (who: Who) => (await app.gql<{ plan: { id: string } | null }>(PLAN, { id: cast.planId }, { token: tokenOf(cast, who) }));
    for (const who of ['admin', 'editor', 'commenter', 'viewer', 'staffer', 'facilitator'] as const) expect((await read(who)).data?.plan?.id, who).toBe(cast.planId);
    for (const who of ['elsewhere', 'outsider'] as const) expect((await read(who)).data?.plan, who).toBeNull();
    expect((await read('signedOut')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const LIST = `query($r: String) { plans(regionCode: $r) { totalCount edges { node { id } } } }`;
    type List = { plans: { totalCount: number; edges: { node: { id: string } }[] } };
    const mine = await app.gql<List>(LIST, { r: SUMEDANG }, { token: cast.viewer.token });
    expect(mine.data!.plans.edges.map((e) => e.node.id)).toContain(cast.planId);
    const theirs = await app.gql<List>(LIST, { r: SUMEDANG }, { token: cast.elsewhere.token });
    expect(theirs.data!.plans.edges.map((e) => e.node.id)).not.toContain(cast.planId);
    expect(theirs.data!.plans.totalCount).toBe(theirs.data!.plans.edges.length);
  });
});

describe('updatePlan and the state moves', () => {
  it('editors retitle and submit, reviewers approve; an approved plan is readable by all and copied with its items', async () => {
    const cast = await planCast(app);
    const up = (who: Who, i: Record<string, unknown>) => app.gql<{ updatePlan: { state: string; title: string } }>(UPDATE, { i: { planId: cast.planId, ...i } }, { token: tokenOf(cast, who) });
    for (const who of ['commenter', 'viewer', 'elsewhere', 'facilitator', 'signedOut'] as const) {
      await expectRefused(app, refusal(who), () => up(who, { title: 'Judul yang lain sekali' }));
    }
    expect((await up('editor', { title: 'Rencana Aksi SPBE Sumedang 2027' })).data?.updatePlan.title).toBe('Rencana Aksi SPBE Sumedang 2027');
    await app.gql(UPSERT, { i: { planId: cast.planId, indicatorId: ids.get(20), targetLevel: 4, actions: 'Bangun layanan terpadu' } }, { token: cast.editor.token });
    expect((await up('editor', { state: 'IN_REVIEW' })).data?.updatePlan.state).toBe('IN_REVIEW');
    const byEditor = await up('editor', { state: 'APPROVED' });
    expect(byEditor.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', i18n: { en: 'Only the region admin or a facilitator approves a plan or asks for changes' } } });
    expect((await up('facilitator', { state: 'CHANGES_REQUESTED' })).data?.updatePlan.state).toBe('CHANGES_REQUESTED');
    expect((await up('editor', { state: 'IN_REVIEW' })).data?.updatePlan.state).toBe('IN_REVIEW');
    // Items are frozen under review and once approved.
    await expectRefused(app, 'CONFLICT', () => app.gql(UPSERT, { i: { planId: cast.planId, indicatorId: ids.get(20), targetLevel: 5 } }, { token: cast.editor.token }));
    expect((await up('admin', { state: 'APPROVED' })).data?.updatePlan.state).toBe('APPROVED');
    await expectRefused(app, 'CONFLICT', () => up('editor', { state: 'DRAFT' }));
    expect((await app.gql<{ plan: { id: string } }>(PLAN, { id: cast.planId }, { token: cast.outsider.token })).data?.plan?.id).toBe(cast.planId);
    // "Tiru rencana ini": Siak copies the approved plan's items, linking back.
    const copy = await app.gql<{ createPlan: { region: { code: string }; sourcePlan: { id: string }; items: { targetLevel: number; actions: string; indicator: { number: number } }[] } }>(
      CREATE, { i: planInput({ regionCode: SIAK, sourcePlanId: cast.planId }) }, { token: cast.elsewhere.token });
    expect(copy.errors).toBeUndefined();
    expect(copy.data!.createPlan).toMatchObject({ region: { code: SIAK }, sourcePlan: { id: cast.planId }, items: [{ targetLevel: 4, actions: 'Bangun layanan terpadu', indicator: { number: 20 } }] });
  });

  it('copies only approved plans', async () => {
    const cast = await planCast(app);
    await expectRefused(app, 'BAD_USER_INPUT', () => app.gql(CREATE, { i: planInput({ regionCode: SIAK, sourcePlanId: cast.planId }) }, { token: cast.elsewhere.token }), { field: 'sourcePlanId', message: 'not approved' });
  });
});

describe('members', () => {
  it('editors, the region admin and facilitators manage members; others are refused', async () => {
    const cast = await planCast(app);
    const set = (who: Who, userId: number, role: string) => app.gql(SET_MEMBER, { i: { planId: cast.planId, userId: String(userId), role } }, { token: tokenOf(cast, who) });
    for (const who of ['commenter', 'viewer', 'elsewhere', 'signedOut'] as const) await expectRefused(app, refusal(who), () => set(who, cast.staffer.user.id, 'VIEWER'));
    for (const who of ['editor', 'admin', 'facilitator'] as const) expect((await set(who, cast.staffer.user.id, 'COMMENTER')).errors, who).toBeUndefined();
    // Mentors and facilitators may join; another region's people may not.
    expect((await set('admin', cast.facilitator.user.id, 'EDITOR')).errors).toBeUndefined();
    await expectRefused(app, 'BAD_USER_INPUT', () => set('admin', cast.outsider.user.id, 'VIEWER'), { field: 'userId', message: 'not eligible' });
    const remove = (who: Who, userId: number) => app.gql(REMOVE_MEMBER, { p: cast.planId, u: String(userId) }, { token: tokenOf(cast, who) });
    for (const who of ['commenter', 'viewer', 'elsewhere', 'signedOut'] as const) await expectRefused(app, refusal(who), () => remove(who, cast.staffer.user.id));
    expect((await remove('editor', cast.staffer.user.id)).errors).toBeUndefined();
    // Leaving is one's own choice.
    expect((await remove('viewer', cast.viewer.user.id)).errors).toBeUndefined();
    expect((await app.gql<{ plan: { myRole: string | null } }>(PLAN, { id: cast.planId }, { token: cast.viewer.token })).data?.plan.myRole).toBeNull();
  });

  it('keeps at least one editor', async () => {
    const f = await app.user(Role.FACILITATOR);
    const planId = await createPlan(app, f.token);
    await expectRefused(app, 'CONFLICT', () => app.gql(SET_MEMBER, { i: { planId, userId: String(f.user.id), role: 'VIEWER' } }, { token: f.token }));
    await expectRefused(app, 'CONFLICT', () => app.gql(REMOVE_MEMBER, { p: planId, u: String(f.user.id) }, { token: f.token }));
  });
});

describe('upsertPlanItem and deletePlanItem', () => {
  it('only editors change items', async () => {
    const cast = await planCast(app);
    const upsert = (who: Who) => app.gql(UPSERT, { i: { planId: cast.planId, indicatorId: ids.get(1), targetLevel: 3 } }, { token: tokenOf(cast, who) });
    for (const who of ['commenter', 'viewer', 'elsewhere', 'facilitator', 'admin', 'signedOut'] as const) {
      if (who === 'admin') continue; // the creator is an editor
      await expectRefused(app, refusal(who), () => upsert(who));
    }
    expect((await upsert('editor')).errors).toBeUndefined();
    const del = (who: Who) => app.gql(DELETE, { i: { planId: cast.planId, indicatorId: ids.get(1) } }, { token: tokenOf(cast, who) });
    for (const who of ['commenter', 'viewer', 'elsewhere', 'facilitator', 'signedOut'] as const) await expectRefused(app, refusal(who), () => del(who));
    const res = await del('editor');
    expect(res.errors).toBeUndefined();
    await expectRefused(app, 'NOT_FOUND', () => del('editor'));
  });

  it('refuses bad items with stable codes and fields, changing nothing', async () => {
    const cast = await planCast(app);
    const em = app.orm.em.fork();
    // An indicator of another framework (Indeks Pemdi 2025 has aspects but its indicators are entered later).
    const [other] = (await em.execute(`insert into spbe_indicator (framework_id, aspect_id, number, name, weight_percent)
      select f.id, a.id, 901, 'Indikator uji', 1 from spbe_framework f join spbe_aspect a on a.framework_id = f.id where f.code = 'PEMDI-2025' order by a.number limit 1 returning id`)) as { id: number }[];
    const upsert = (i: Record<string, unknown>) => () => app.gql(UPSERT, { i: { planId: cast.planId, indicatorId: ids.get(5), targetLevel: 3, ...i } }, { token: cast.editor.token });
    await expectRefused(app, 'BAD_USER_INPUT', upsert({ indicatorId: '99999999' }), { field: 'indicatorId', message: 'unknown' });
    await expectRefused(app, 'BAD_USER_INPUT', upsert({ indicatorId: String(other!.id) }), { field: 'indicatorId', message: 'framework' });
    await expectRefused(app, 'BAD_USER_INPUT', upsert({ targetLevel: 6 }), { field: 'targetLevel', message: 'range' });
    await expectRefused(app, 'BAD_USER_INPUT', upsert({ targetLevel: 0 }), { field: 'targetLevel', message: 'range' });
    await expectRefused(app, 'BAD_USER_INPUT', upsert({ targetLevel: null }), { field: 'targetLevel', message: 'required' });
    await expectRefused(app, 'BAD_USER_INPUT', upsert({ actions: 'x'.repeat(5001) }), { field: 'actions', message: 'length' });
    await expectRefused(app, 'BAD_USER_INPUT', upsert({ dueOn: '2027-02-30' }), { field: 'dueOn', message: 'invalid' });
    await expectRefused(app, 'BAD_USER_INPUT', upsert({ ownerId: String(cast.outsider.user.id) }), { field: 'ownerId', message: 'not a member' });
    await expectRefused(app, 'BAD_USER_INPUT', upsert({ solutionId: '99999999' }), { field: 'solutionId', message: 'unknown' });
    await expectRefused(app, 'NOT_FOUND', () => app.gql(UPSERT, { i: { planId: '99999999', indicatorId: ids.get(5), targetLevel: 3 } }, { token: cast.editor.token }));
    // The message is in the caller's language, both languages in extensions.
    const res = await app.gql(UPSERT, { i: { planId: cast.planId, indicatorId: ids.get(5), targetLevel: 6 } }, { token: cast.editor.token, headers: { 'accept-language': 'id' } });
    expect(res.errors?.[0]).toMatchObject({ message: 'Tingkat sasaran harus 1 sampai 5', extensions: { i18n: { en: 'The target level must be 1 to 5' } } });
  });
});
