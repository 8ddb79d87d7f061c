import { expect } from 'vitest';
import { Role, type TestApp } from './harness.js';
import { DECIDE_SOLUTION, MOVE, expectRefusedUnchanged, openChallenge, proposeSolution, solutionCast } from './challenge-helpers.js';

export const REPLICATION_FIELDS = `id status statusReason startsOn endsOn adaptationMarkdown adaptationHtml outcome createdAt
  region { code } parent { id } solution { id replicationCount } challenge { id } createdBy { id } viewerCanUpdate`;
export const REPLICATE = `mutation($i: ReplicateSolutionInput!) { replicateSolution(input: $i) { ${REPLICATION_FIELDS} } }`;
export const UPDATE_REPLICATION = `mutation($i: UpdateReplicationInput!) { updateReplication(input: $i) { ${REPLICATION_FIELDS} } }`;
export const LINEAGE = `query($id: ID!) { solution(id: $id) { id replicationCount replications { id region { code } }
  lineage { replicatingRegions done
    nodes { id parentId depth region { code } replication { id status region { code } } levels { frameworkCode number before beforeYear after afterYear change } }
    indicators { frameworkCode number name averageChange measured } } } }`;

export interface ReplicationData {
  id: string;
  status: string;
  statusReason: string | null;
  startsOn: string | null;
  endsOn: string | null;
  adaptationHtml: string | null;
  outcome: string | null;
  region: { code: string };
  parent: { id: string } | null;
  solution: { id: string; replicationCount: number };
  viewerCanUpdate: boolean;
}

/** Stages a lead moves a fresh challenge through until its selected solutions may be replicated. */
const TO_EVALUATION = ['CO_CREATION', 'EXPERIMENTATION', 'EVALUATION'];

/** Moves a challenge to EVALUATION and selects the solution: the earliest it is replicable. */
export async function makeReplicable(app: TestApp, leadToken: string, challengeId: string, solutionId: string): Promise<void> {
  const decided = await app.gql(DECIDE_SOLUTION, { i: { solutionId, status: 'SELECTED' } }, { token: leadToken });
  if (decided.errors) throw new Error(JSON.stringify(decided.errors));
  for (const to of TO_EVALUATION) {
    const moved = await app.gql(MOVE, { i: { challengeId, to } }, { token: leadToken });
    if (moved.errors) throw new Error(JSON.stringify(moved.errors));
  }
}

/** The authorization cast (see challenge-helpers) with a replicable solution from Sumedang (proposed by `other`). */
export async function replicationCast(app: TestApp) {
  const people = await solutionCast(app);
  await makeReplicable(app, people.lead.token, people.challengeId, people.solutionId);
  return people;
}

/** A fresh replicable solution from `regionCode`, opened and steered by a facilitator, proposed by a member there. */
export async function replicableSolution(app: TestApp, regionCode: string, over: Record<string, unknown> = {}) {
  const staff = await app.user(Role.FACILITATOR);
  const author = await app.user(Role.MEMBER, regionCode);
  const challengeId = await openChallenge(app, staff.token, { regionCodes: [regionCode], cohort: null });
  const solutionId = await proposeSolution(app, author.token, challengeId, over);
  await makeReplicable(app, staff.token, challengeId, solutionId);
  return { staff, challengeId, solutionId };
}

export async function replicate(app: TestApp, token: string, input: Record<string, unknown>): Promise<ReplicationData> {
  const res = await app.gql<{ replicateSolution: ReplicationData }>(REPLICATE, { i: input }, { token });
  if (!res.data?.replicateSolution) throw new Error(JSON.stringify(res.errors));
  return res.data.replicateSolution;
}

export async function updateReplication(app: TestApp, token: string, input: Record<string, unknown>): Promise<ReplicationData> {
  const res = await app.gql<{ updateReplication: ReplicationData }>(UPDATE_REPLICATION, { i: input }, { token });
  if (!res.data?.updateReplication) throw new Error(JSON.stringify(res.errors));
  return res.data.updateReplication;
}

/** Every replication's full row and the solutions' counters: a refusal must leave them all as they were. */
async function replicationState(app: TestApp) {
  const rows = (await app.orm.em.fork().execute(
    `select (select md5(coalesce(string_agg(r::text, '|' order by r.id), '')) from challenge_replication r) as rows,
            (select coalesce(sum(replication_count), 0) from challenge_solution) as counted`,
  )) as { rows: string; counted: string }[];
  return rows[0];
}

/** expectRefusedUnchanged, also checking that no replication row or replication counter changed. */
export async function expectReplicationRefused(app: TestApp, code: string, attempt: () => Promise<{ errors?: { extensions?: { code?: string } }[] }>) {
  const before = await replicationState(app);
  const res = await expectRefusedUnchanged(app, code, attempt);
  expect(await replicationState(app)).toEqual(before);
  return res;
}

/** A complete assessment of SPBE-2020 written straight to the table: `levels` by indicator number (the index only marks it complete). */
export async function insertAssessment(app: TestApp, regionCode: string, year: number, levels: Record<number, number>): Promise<void> {
  await app.orm.em.fork().execute(
    `insert into assessment (region_code, framework_id, year, levels, index, predicate, level_count)
     select ?, f.id, ?, ?::jsonb, 3, 'Baik', ? from spbe_framework f where f.code = 'SPBE-2020'`,
    [regionCode, year, JSON.stringify(levels), Object.keys(levels).length],
  );
}

/** A region admin of a region. */
export const regionAdmin = (app: TestApp, code: string) => app.user(Role.REGION_ADMIN, code);
