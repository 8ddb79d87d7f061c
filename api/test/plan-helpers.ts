import { expect } from 'vitest';
import { Role, type TestApp } from './harness.js';

export const SUMEDANG = '32.11';
export const SIAK = '14.08';

export const PLAN_FIELDS = `id title year state region { code } framework { code } myRole viewerCanEdit members { role user { id } }
  items { id currentLevel targetLevel actions dueOn status indicator { id number } owner { id } challenge { id } solution { id } changes { field at by { id name } } }`;
export const CREATE = `mutation($i: CreatePlanInput!) { createPlan(input: $i) { ${PLAN_FIELDS} sourcePlan { id } sourceSolution { id } } }`;
export const UPDATE = `mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { id title state } }`;
export const SET_MEMBER = `mutation($i: SetPlanMemberInput!) { setPlanMember(input: $i) { role user { id } } }`;
export const REMOVE_MEMBER = `mutation($p: ID!, $u: ID!) { removePlanMember(planId: $p, userId: $u) { id members { user { id } } } }`;
export const UPSERT = `mutation($i: UpsertPlanItemInput!) { upsertPlanItem(input: $i) { id currentLevel targetLevel actions status dueOn owner { id } indicator { number }
  challenge { id } solution { id } changes { field by { id name } } } }`;
export const DELETE = `mutation($i: DeletePlanItemInput!) { deletePlanItem(input: $i) { id items { id } } }`;
export const PLAN = `query($id: ID!) { plan(id: $id) { ${PLAN_FIELDS} } }`;
export const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id index } }`;

export const planInput = (over: Record<string, unknown> = {}) => ({ regionCode: SUMEDANG, frameworkCode: 'SPBE-2020', year: 2027, title: 'Rencana Aksi SPBE 2027', ...over });

export async function createPlan(app: TestApp, token: string, over: Record<string, unknown> = {}): Promise<string> {
  const res = await app.gql<{ createPlan: { id: string } }>(CREATE, { i: planInput(over) }, { token });
  if (!res.data?.createPlan) throw new Error(JSON.stringify(res.errors));
  return res.data.createPlan.id;
}

/** SPBE-2020's indicator ids by number (from the framework tree, as a client reads them). */
export async function indicatorIds(app: TestApp, token: string): Promise<Map<number, string>> {
  const res = await app.gql<{ spbeFramework: { indicators: { id: string; number: number }[] } }>(`{ spbeFramework(code: "SPBE-2020") { indicators { id number } } }`, {}, { token });
  return new Map(res.data!.spbeFramework.indicators.map((i) => [i.number, i.id]));
}

/** Records a complete assessment with the given levels (others at `rest`). */
export async function recordLevels(app: TestApp, token: string, regionCode: string, year: number, levels: Record<number, number>, rest = 2) {
  const all = Array.from({ length: 47 }, (_, i) => ({ indicator: i + 1, level: levels[i + 1] ?? rest }));
  const res = await app.gql<{ recordAssessment: { index: number } }>(RECORD, { input: { regionCode, year, levels: all, replace: true } }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.recordAssessment.index;
}

const TABLES = ['plan', 'plan_member', 'plan_item'] as const;

export async function planRowCounts(app: TestApp): Promise<Record<string, number>> {
  const em = app.orm.em.fork();
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number(((await em.execute(`select count(*) as n from ${t}`)) as { n: string }[])[0]!.n);
  return out;
}

type Res = { errors?: { extensions?: { code?: string; fields?: { field: string; message: string }[] } }[] };

/** Runs `attempt` and expects its error code (and field problem, when given), with no plan row changed. */
export async function expectRefused(app: TestApp, code: string, attempt: () => Promise<Res>, fieldProblem?: { field: string; message: string }) {
  const before = await planRowCounts(app);
  const res = await attempt();
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  if (fieldProblem) expect(res.errors?.[0]?.extensions?.fields?.[0]).toEqual(fieldProblem);
  expect(await planRowCounts(app)).toEqual(before);
  return res;
}

/** The people of the authorization tests, around one plan of Sumedang written by its admin. */
export async function planCast(app: TestApp) {
  const admin = await app.user(Role.REGION_ADMIN, SUMEDANG, 'Siti Admin');
  const editor = await app.user(Role.MEMBER, SUMEDANG, 'Budi Editor');
  const commenter = await app.user(Role.MEMBER, SUMEDANG, 'Citra Komentar');
  const viewer = await app.user(Role.MEMBER, SUMEDANG, 'Dedi Lihat');
  const staffer = await app.user(Role.MEMBER, SUMEDANG, 'Eka Staf');
  const elsewhere = await app.user(Role.REGION_ADMIN, SIAK, 'Admin Siak');
  const outsider = await app.user(Role.MEMBER, SIAK, 'Anggota Siak');
  const facilitator = await app.user(Role.FACILITATOR, undefined, 'Fasilitator');
  const planId = await createPlan(app, admin.token);
  for (const [who, role] of [[editor, 'EDITOR'], [commenter, 'COMMENTER'], [viewer, 'VIEWER']] as const) {
    const res = await app.gql(SET_MEMBER, { i: { planId, userId: String(who.user.id), role } }, { token: admin.token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  return { admin, editor, commenter, viewer, staffer, elsewhere, outsider, facilitator, planId };
}
