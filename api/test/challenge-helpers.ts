import { expect } from 'vitest';
import { Role, type TestApp } from './harness.js';

export const OPEN = `mutation($i: OpenChallengeInput!) { openChallenge(input: $i) { id title stage problemHtml tags cohort { slug } regions { code } indicators { frameworkCode number name }
  deadlines { stage dueAt } createdBy { id } teamCount team { role status user { id } } timeline { fromStage toStage note by { id } } } }`;
export const UPDATE = `mutation($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id title tags problemHtml cohort { slug } indicators { frameworkCode number } } }`;
export const MOVE = `mutation($i: MoveChallengeStageInput!) { moveChallengeStage(input: $i) { id stage timeline { fromStage toStage note by { id } } } }`;
export const REQUEST = `mutation($i: RequestToJoinChallengeInput!) { requestToJoinChallenge(input: $i) { role status user { id } } }`;
export const DECIDE = `mutation($i: DecideJoinRequestInput!) { decideJoinRequest(input: $i) { role status decidedBy { id } } }`;
export const INVITE = `mutation($i: InviteToChallengeInput!) { inviteToChallenge(input: $i) { role status user { id } } }`;
export const LEAVE = `mutation($id: ID!) { leaveChallenge(challengeId: $id) { id teamCount } }`;

export const SUMEDANG = '32.11';
export const SIAK = '14.08';

export const openInput = (over: Record<string, unknown> = {}) => ({
  title: 'Layanan publik satu pintu',
  problemMarkdown: 'Warga harus datang ke **lima** kantor untuk satu izin usaha.',
  regionCodes: [SUMEDANG],
  indicators: [{ framework: 'SPBE-2020', number: 20 }],
  cohort: 'living-lab-2022',
  tags: ['Layanan Publik'],
  ...over,
});

export async function openChallenge(app: TestApp, token: string, over: Record<string, unknown> = {}): Promise<string> {
  const res = await app.gql<{ openChallenge: { id: string } }>(OPEN, { i: openInput(over) }, { token });
  if (!res.data?.openChallenge) throw new Error(JSON.stringify(res.errors));
  return res.data.openChallenge.id;
}

const TABLES = ['challenge', 'challenge_region', 'challenge_indicator', 'challenge_member', 'challenge_transition'] as const;

/** Rows in every table a challenge command writes (the outbox is left out: delivered events are deleted at any moment). */
export async function rowCounts(app: TestApp): Promise<Record<string, number>> {
  const em = app.orm.em.fork();
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number(((await em.execute(`select count(*) as n from ${t}`)) as { n: string }[])[0]!.n);
  return out;
}

/** Runs `attempt` and expects its error code, with no row changed anywhere. */
export async function expectRefusedUnchanged(app: TestApp, code: string, attempt: () => Promise<{ errors?: { extensions?: { code?: string } }[] }>) {
  const before = await rowCounts(app);
  const res = await attempt();
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  expect(await rowCounts(app)).toEqual(before);
  return res;
}

/** The people of the authorization tests: a lead (the opener), a team member, another member, a region admin elsewhere, a facilitator. */
export async function cast(app: TestApp) {
  const lead = await app.user(Role.REGION_ADMIN, SUMEDANG);
  const member = await app.user(Role.MEMBER, SIAK);
  const other = await app.user(Role.MEMBER, SUMEDANG);
  const elsewhere = await app.user(Role.REGION_ADMIN, SIAK);
  const facilitator = await app.user(Role.FACILITATOR);
  const challengeId = await openChallenge(app, lead.token);
  await app.gql(REQUEST, { i: { challengeId } }, { token: member.token });
  const ok = await app.gql(DECIDE, { i: { challengeId, userId: String(member.user.id), accept: true } }, { token: lead.token });
  if (!ok.data?.decideJoinRequest) throw new Error(JSON.stringify(ok.errors));
  return { lead, member, other, elsewhere, facilitator, challengeId };
}
