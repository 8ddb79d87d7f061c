import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { DECIDE_SOLUTION, MOVE, SIAK, proposeSolution, solutionCast } from '../../../../test/challenge-helpers.js';
import {
  REPLICATE,
  UPDATE_REPLICATION,
  expectReplicationRefused,
  regionAdmin,
  replicate,
  replicationCast,
  updateReplication,
} from '../../../../test/replication-helpers.js';
import { REPLICATION_LIMITS as L } from '../challenge.limits.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const BELITUNG = '19.02';
const lastActivity = async (challengeId: string) =>
  ((await app.orm.em.fork().execute(`select last_activity_at from challenge where id = ?`, [Number(challengeId)])) as { last_activity_at: string }[])[0]!.last_activity_at;

describe('replicateSolution', () => {
  it('lets a region admin replicate into their own region, counting it on the solution and touching the challenge', async () => {
    const { elsewhere, challengeId, solutionId } = await replicationCast(app);
    const before = await lastActivity(challengeId);
    const r = await replicate(app, elsewhere.token, { solutionId, startsOn: '2027-01-04', endsOn: '2027-06-30', adaptationMarkdown: 'Formulir disesuaikan dengan **Perbup** Siak' });
    expect(r).toMatchObject({
      status: 'PLANNED', region: { code: SIAK }, parent: null, startsOn: '2027-01-04', endsOn: '2027-06-30',
      adaptationHtml: '<p>Formulir disesuaikan dengan <strong>Perbup</strong> Siak</p>\n', solution: { id: solutionId, replicationCount: 1 }, viewerCanUpdate: true,
    });
    expect(new Date(await lastActivity(challengeId)).getTime()).toBeGreaterThan(new Date(before).getTime());
  });

  it('announces replications and their updates on the challenge with ids only, after commit', async () => {
    const { elsewhere, challengeId, solutionId } = await replicationCast(app);
    const stream = app.services.pubsub.subscribe('CHALLENGE_EVENT', challengeId);
    const heard: unknown[] = [];
    const reading = (async () => {
      for await (const e of stream) if (heard.push(e) === 2) return;
    })();
    const { id } = await replicate(app, elsewhere.token, { solutionId });
    // A refused command announces nothing.
    await app.gql(UPDATE_REPLICATION, { i: { replicationId: id, status: 'DONE' } }, { token: elsewhere.token });
    await updateReplication(app, elsewhere.token, { replicationId: id, status: 'IN_PROGRESS' });
    await Promise.race([reading, new Promise((r) => setTimeout(r, 5000))]);
    const ids = { challengeId: Number(challengeId), solutionId: Number(solutionId), replicationId: Number(id), eventId: undefined };
    expect(heard.map((e) => ({ ...(e as object), eventId: undefined }))).toEqual([{ kind: 'REPLICATED', ...ids }, { kind: 'REPLICATION_UPDATED', ...ids }]);
    await stream.return?.();
  });

  it('is for a region admin of the replicating region or staff naming it; the lead and members may not', async () => {
    const { lead, member, other, elsewhere, facilitator, solutionId } = await replicationCast(app);
    // The lead is Sumedang's admin, and the solution comes from Sumedang.
    const own = await expectReplicationRefused(app, 'BAD_USER_INPUT', () => app.gql(REPLICATE, { i: { solutionId } }, { token: lead.token }));
    expect(own.errors![0]!.extensions).toMatchObject({ i18n: { en: 'This solution comes from Kabupaten Sumedang: a region does not replicate its own solution' } });
    const notTheirs = await expectReplicationRefused(app, 'FORBIDDEN', () => app.gql(REPLICATE, { i: { solutionId, regionCode: SIAK } }, { token: lead.token }));
    expect(notTheirs.errors![0]!.extensions).toMatchObject({ i18n: { en: 'A region admin replicates solutions into their own region only' } });
    for (const who of [member, other]) await expectReplicationRefused(app, 'FORBIDDEN', () => app.gql(REPLICATE, { i: { solutionId } }, { token: who.token }));
    await expectReplicationRefused(app, 'UNAUTHENTICATED', () => app.gql(REPLICATE, { i: { solutionId } }));
    await expectReplicationRefused(app, 'BAD_USER_INPUT', () => app.gql(REPLICATE, { i: { solutionId } }, { token: facilitator.token }));
    const byStaff = await replicate(app, facilitator.token, { solutionId, regionCode: BELITUNG });
    expect(byStaff).toMatchObject({ region: { code: BELITUNG }, solution: { replicationCount: 1 }, viewerCanUpdate: true });
    const byAdmin = await replicate(app, elsewhere.token, { solutionId, regionCode: SIAK });
    expect(byAdmin).toMatchObject({ region: { code: SIAK }, solution: { replicationCount: 2 } });
  });

  it('refuses a region twice, bad dates, over-long text, unknown ids and regions, changing nothing', async () => {
    const { elsewhere, facilitator, solutionId } = await replicationCast(app);
    await replicate(app, elsewhere.token, { solutionId });
    const twice = await expectReplicationRefused(app, 'CONFLICT', () => app.gql(REPLICATE, { i: { solutionId } }, { token: elsewhere.token }));
    expect(twice.errors![0]!.extensions).toMatchObject({ i18n: { en: 'This region replicates this solution already', id: 'Daerah ini sudah meniru solusi ini' } });
    const bad = (i: Record<string, unknown>, code = 'BAD_USER_INPUT') => expectReplicationRefused(app, code, () => app.gql(REPLICATE, { i: { solutionId, regionCode: BELITUNG, ...i } }, { token: facilitator.token }));
    await bad({ startsOn: '2027-02-30' });
    await bad({ startsOn: 'besok' });
    await bad({ startsOn: '2027-03-01', endsOn: '2027-02-01' });
    await bad({ adaptationMarkdown: 'a'.repeat(L.adaptationMax + 1) });
    await bad({ regionCode: '99.99' });
    await bad({ solutionId: 'x' });
    await bad({ solutionId: '99999999' }, 'NOT_FOUND');
    await bad({ parentReplicationId: '99999999' }, 'NOT_FOUND');
  });

  it('replicates only a selected solution once its challenge is evaluated, never from an archived one', async () => {
    const { lead, other, elsewhere, challengeId, solutionId } = await solutionCast(app);
    const attempt = () => app.gql(REPLICATE, { i: { solutionId } }, { token: elsewhere.token });
    const early = await expectReplicationRefused(app, 'BAD_USER_INPUT', attempt);
    expect(early.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Only a selected solution of a challenge in evaluation, replication or closed can be replicated' } });
    const proposedOnly = await proposeSolution(app, other.token, challengeId, { title: 'Solusi yang belum dipilih' });
    await app.gql(DECIDE_SOLUTION, { i: { solutionId, status: 'SELECTED' } }, { token: lead.token });
    for (const to of ['CO_CREATION', 'EXPERIMENTATION']) {
      await app.gql(MOVE, { i: { challengeId, to } }, { token: lead.token });
      await expectReplicationRefused(app, 'BAD_USER_INPUT', attempt);
    }
    await app.gql(MOVE, { i: { challengeId, to: 'EVALUATION' } }, { token: lead.token });
    await expectReplicationRefused(app, 'BAD_USER_INPUT', () => app.gql(REPLICATE, { i: { solutionId: proposedOnly } }, { token: elsewhere.token }));
    await app.gql(MOVE, { i: { challengeId, to: 'ARCHIVED' } }, { token: lead.token });
    await expectReplicationRefused(app, 'BAD_USER_INPUT', attempt);
  });

  it('keeps the count exact when admins of many regions replicate at once, and one region gets one replication', async () => {
    const { solutionId } = await replicationCast(app);
    const codes = ['33.01', '33.02', '33.03', '33.04', '33.05', '33.06', '33.07', '33.08'];
    const admins = await Promise.all(codes.map((c) => regionAdmin(app, c)));
    const twins = await Promise.all([0, 1, 2].map(() => regionAdmin(app, '33.09')));
    const results = await Promise.all([...admins, ...twins].map((a) => app.gql(REPLICATE, { i: { solutionId } }, { token: a.token })));
    expect(results.filter((r) => r.data?.replicateSolution).length).toBe(codes.length + 1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
    const [row] = (await app.orm.em.fork().execute(
      `select s.replication_count, (select count(*) from challenge_replication r where r.solution_id = s.id) as n from challenge_solution s where s.id = ?`,
      [Number(solutionId)],
    )) as { replication_count: number; n: string }[];
    expect([row!.replication_count, Number(row!.n)]).toEqual([codes.length + 1, codes.length + 1]);
  });
});

describe('updateReplication', () => {
  it('moves along the table, abandons only with a reason, and dates the start and the end it reaches', async () => {
    const { elsewhere, solutionId } = await replicationCast(app);
    const { id } = await replicate(app, elsewhere.token, { solutionId });
    const skip = await expectReplicationRefused(app, 'BAD_USER_INPUT', () => app.gql(UPDATE_REPLICATION, { i: { replicationId: id, status: 'DONE' } }, { token: elsewhere.token }));
    expect(skip.errors![0]!.extensions).toMatchObject({ i18n: { en: 'A replication cannot go from PLANNED to DONE' } });
    const today = new Date().toISOString().slice(0, 10);
    const started = await updateReplication(app, elsewhere.token, { replicationId: id, status: 'IN_PROGRESS', adaptationMarkdown: 'Loket _daring_' });
    expect(started).toMatchObject({ status: 'IN_PROGRESS', startsOn: today, endsOn: null, adaptationHtml: '<p>Loket <em>daring</em></p>\n' });
    const done = await updateReplication(app, elsewhere.token, { replicationId: id, status: 'DONE', outcome: 'Izin usaha selesai dalam 3 hari' });
    expect(done).toMatchObject({ status: 'DONE', startsOn: today, endsOn: today, outcome: 'Izin usaha selesai dalam 3 hari' });
    const noReason = await expectReplicationRefused(app, 'BAD_USER_INPUT', () => app.gql(UPDATE_REPLICATION, { i: { replicationId: id, status: 'ABANDONED', statusReason: '  ' } }, { token: elsewhere.token }));
    expect(noReason.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Abandoning a replication needs a reason' } });
    const abandoned = await updateReplication(app, elsewhere.token, { replicationId: id, status: 'ABANDONED', statusReason: 'Server daerah tidak tersedia' });
    expect(abandoned).toMatchObject({ status: 'ABANDONED', statusReason: 'Server daerah tidak tersedia' });
    await expectReplicationRefused(app, 'BAD_USER_INPUT', () => app.gql(UPDATE_REPLICATION, { i: { replicationId: id, status: 'PLANNED' } }, { token: elsewhere.token }));
  });

  it('refuses bad dates and over-long texts, changing nothing', async () => {
    const { elsewhere, solutionId } = await replicationCast(app);
    const { id } = await replicate(app, elsewhere.token, { solutionId, startsOn: '2027-03-01' });
    const bad = (i: Record<string, unknown>, code = 'BAD_USER_INPUT') => expectReplicationRefused(app, code, () => app.gql(UPDATE_REPLICATION, { i: { replicationId: id, ...i } }, { token: elsewhere.token }));
    await bad({ endsOn: '2027-02-01' });
    await bad({ startsOn: '2027-13-01' });
    await bad({ outcome: 'o'.repeat(L.replicationOutcomeMax + 1) });
    await bad({ adaptationMarkdown: 'a'.repeat(L.adaptationMax + 1) });
    await bad({ status: 'ABANDONED', statusReason: 'r'.repeat(L.statusReasonMax + 1) });
    await bad({ replicationId: '99999999' }, 'NOT_FOUND');
  });

  it("is for the replicating region's admins and staff: not the lead, the team, other members or other regions' admins", async () => {
    const { lead, member, other, elsewhere, facilitator, solutionId } = await replicationCast(app);
    const { id } = await replicate(app, elsewhere.token, { solutionId });
    const belitung = await regionAdmin(app, BELITUNG);
    const siakMember = await app.user(Role.MEMBER, SIAK);
    for (const who of [lead, member, other, belitung, siakMember]) {
      const res = await expectReplicationRefused(app, 'FORBIDDEN', () => app.gql(UPDATE_REPLICATION, { i: { replicationId: id, outcome: 'Tidak berhak' } }, { token: who.token }));
      expect(res.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Only an admin of the replicating region or a facilitator can change this replication' } });
    }
    await expectReplicationRefused(app, 'UNAUTHENTICATED', () => app.gql(UPDATE_REPLICATION, { i: { replicationId: id, outcome: 'Tanpa masuk' } }));
    expect(await updateReplication(app, facilitator.token, { replicationId: id, status: 'IN_PROGRESS' })).toMatchObject({ status: 'IN_PROGRESS', viewerCanUpdate: true });
    const second = await regionAdmin(app, SIAK);
    expect(await updateReplication(app, second.token, { replicationId: id, outcome: 'Berjalan baik' })).toMatchObject({ outcome: 'Berjalan baik' });
    const asLead = await app.gql<{ replication: { viewerCanUpdate: boolean } }>(`query($id: ID!) { replication(id: $id) { viewerCanUpdate } }`, { id }, { token: lead.token });
    expect(asLead.data?.replication.viewerCanUpdate).toBe(false);
  });
});
