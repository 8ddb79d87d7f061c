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

const TABLES = [
  'challenge',
  'challenge_region',
  'challenge_indicator',
  'challenge_member',
  'challenge_transition',
  'challenge_solution',
  'challenge_solution_indicator',
  'challenge_solution_revision',
  'challenge_solution_support',
  'challenge_solution_endorsement',
  'challenge_solution_result',
  'challenge_solution_trial_region',
  'challenge_replication',
  'challenge_follower',
  // Challenges and solutions open their forum threads, and their news notifies people.
  'forum_thread',
  'forum_post',
  'notification',
] as const;

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

export const SOLUTION_FIELDS = `id title status descriptionHtml descriptionMarkdown needsTraining needsRegulation budgetRange supportCount endorsementCount editedAt
  decisionReason trialStartsOn trialEndsOn trialPlan trialRegions { code } links { kind label url } indicators { frameworkCode number name }
  author { id } region { code } challenge { id } supportedByMe endorsements { statement region { code } by { id } } revisions { title descriptionMarkdown editor { id } }
  results { id metric unit baseline target measured progress outcome region { code } recordedBy { id } }`;
export const PROPOSE = `mutation($i: ProposeSolutionInput!) { proposeSolution(input: $i) { ${SOLUTION_FIELDS} } }`;
export const UPDATE_SOLUTION = `mutation($i: UpdateSolutionInput!) { updateSolution(input: $i) { ${SOLUTION_FIELDS} } }`;
export const SUPPORT = `mutation($id: ID!) { toggleSolutionSupport(solutionId: $id) { id supportCount supportedByMe } }`;
export const ENDORSE = `mutation($i: EndorseSolutionInput!) { endorseSolution(input: $i) { id endorsementCount endorsements { statement region { code } by { id } } } }`;
export const WITHDRAW = `mutation($i: WithdrawEndorsementInput!) { withdrawEndorsement(input: $i) { id endorsementCount endorsements { region { code } } } }`;
export const DECIDE_SOLUTION = `mutation($i: DecideSolutionInput!) { decideSolution(input: $i) { id status decisionReason trialStartsOn trialEndsOn trialPlan trialRegions { code } } }`;
export const RECORD_RESULT = `mutation($i: RecordResultInput!) { recordResult(input: $i) { id metric unit baseline target measured progress outcome region { code } recordedBy { id } solution { id } } }`;
export const SOLUTION = `query($id: ID!) { solution(id: $id) { ${SOLUTION_FIELDS} } }`;

export const proposeInput = (challengeId: string, over: Record<string, unknown> = {}) => ({
  challengeId,
  title: 'Mal pelayanan publik digital',
  descriptionMarkdown: 'Satu aplikasi untuk **semua** izin, dengan antrean daring dan pelacakan berkas.',
  links: [{ kind: 'SOURCE_CODE', label: 'Kode sumber', url: 'https://git.example.go.id/mpp' }],
  needsTraining: 'Pelatihan petugas loket dua hari',
  needsRegulation: null,
  budgetRange: 'FROM_50M_TO_250M',
  indicators: [{ framework: 'SPBE-2020', number: 20 }],
  ...over,
});

export async function proposeSolution(app: TestApp, token: string, challengeId: string, over: Record<string, unknown> = {}): Promise<string> {
  const res = await app.gql<{ proposeSolution: { id: string } }>(PROPOSE, { i: proposeInput(challengeId, over) }, { token });
  if (!res.data?.proposeSolution) throw new Error(JSON.stringify(res.errors));
  return res.data.proposeSolution.id;
}

/** The authorization cast with a solution proposed by `other` (a member of Sumedang outside the team). */
export async function solutionCast(app: TestApp) {
  const people = await cast(app);
  const solutionId = await proposeSolution(app, people.other.token, people.challengeId);
  return { ...people, author: people.other, solutionId };
}
