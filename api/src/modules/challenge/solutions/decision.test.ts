import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { DECIDE_SOLUTION, MOVE, RECORD_RESULT, SIAK, SUMEDANG, expectRefusedUnchanged, solutionCast } from '../../../../test/challenge-helpers.js';
import { SOLUTION_LIMITS as L } from '../challenge.limits.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

interface Decided {
  decideSolution: { id: string; status: string; decisionReason: string | null; trialStartsOn: string | null; trialEndsOn: string | null; trialPlan: string | null; trialRegions: { code: string }[] };
}
const decide = (token: string | undefined, i: Record<string, unknown>) => app.gql<Decided>(DECIDE_SOLUTION, { i }, token ? { token } : {});
interface Recorded {
  recordResult: { id: string; metric: string; unit: string | null; baseline: number; target: number; measured: number | null; progress: number; outcome: string | null; region: { code: string } | null; recordedBy: { id: string }; solution: { id: string } };
}
const resultInput = (solutionId: string, over: Record<string, unknown> = {}) => ({
  solutionId,
  metric: 'Waktu layanan izin usaha',
  unit: 'hari',
  baseline: 21,
  target: 3,
  measured: 5,
  progress: 80,
  outcome: 'Izin selesai dalam lima hari di uji coba',
  ...over,
});
const record = (token: string | undefined, i: Record<string, unknown>) => app.gql<Recorded>(RECORD_RESULT, { i }, token ? { token } : {});

describe('decideSolution', () => {
  it('selects with a trial plan, updates the plan when called again, and declines with a reason (clearing the plan)', async () => {
    const { lead, solutionId } = await solutionCast(app);
    const selected = await decide(lead.token, { solutionId, status: 'SELECTED', trialStartsOn: '2027-01-04', trialEndsOn: '2027-03-31', trialPlan: 'Uji coba di dua kecamatan', trialRegionCodes: [SIAK, SUMEDANG, SIAK] });
    expect(selected.data?.decideSolution).toEqual({ id: solutionId, status: 'SELECTED', decisionReason: null, trialStartsOn: '2027-01-04', trialEndsOn: '2027-03-31', trialPlan: 'Uji coba di dua kecamatan', trialRegions: [{ code: SIAK }, { code: SUMEDANG }] });
    const replanned = await decide(lead.token, { solutionId, status: 'SELECTED', reason: 'Paling banyak didukung', trialEndsOn: '2027-04-30', trialRegionCodes: [SUMEDANG] });
    expect(replanned.data?.decideSolution).toMatchObject({ decisionReason: 'Paling banyak didukung', trialStartsOn: '2027-01-04', trialEndsOn: '2027-04-30', trialPlan: 'Uji coba di dua kecamatan', trialRegions: [{ code: SUMEDANG }] });
    const declined = await decide(lead.token, { solutionId, status: 'DECLINED', reason: 'Anggaran tidak tersedia tahun ini' });
    expect(declined.data?.decideSolution).toEqual({ id: solutionId, status: 'DECLINED', decisionReason: 'Anggaran tidak tersedia tahun ini', trialStartsOn: null, trialEndsOn: null, trialPlan: null, trialRegions: [] });
  });

  it('is for the leads and facilitators: team members, the author, other members, region admins elsewhere and the signed out are refused', async () => {
    const { member, author, elsewhere, facilitator, solutionId } = await solutionCast(app);
    const selectIt = { solutionId, status: 'SELECTED' };
    for (const who of [member, author, elsewhere]) {
      const res = await expectRefusedUnchanged(app, 'FORBIDDEN', () => decide(who.token, selectIt));
      expect(res.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Only the leads of this challenge or a facilitator can do this' } });
    }
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => decide(undefined, selectIt));
    expect((await decide(facilitator.token, selectIt)).data?.decideSolution.status).toBe('SELECTED');
  });

  it('refuses bad input and closed challenges, changing nothing', async () => {
    const { lead, solutionId, challengeId } = await solutionCast(app);
    const noReason = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => decide(lead.token, { solutionId, status: 'DECLINED' }));
    expect(noReason.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Declining a solution needs a reason', id: 'Menolak solusi perlu alasan' } });
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => decide(lead.token, { solutionId, status: 'DECLINED', reason: '   ' }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => decide(lead.token, { solutionId, status: 'PROPOSED' }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => decide(lead.token, { solutionId, status: 'DECLINED', reason: 'x'.repeat(L.reasonMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => decide(lead.token, { solutionId, status: 'DECLINED', reason: 'Tidak cocok', trialPlan: 'Tetap diuji' }));
    for (const day of ['2027-02-30', '04/01/2027', 'besok']) await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => decide(lead.token, { solutionId, status: 'SELECTED', trialStartsOn: day }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => decide(lead.token, { solutionId, status: 'SELECTED', trialStartsOn: '2027-03-01', trialEndsOn: '2027-02-01' }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => decide(lead.token, { solutionId, status: 'SELECTED', trialPlan: 'p'.repeat(L.trialPlanMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => decide(lead.token, { solutionId, status: 'SELECTED', trialRegionCodes: ['99.99'] }));
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => decide(lead.token, { solutionId: '99999999', status: 'SELECTED' }));
    await app.gql(MOVE, { i: { challengeId, to: 'ARCHIVED' } }, { token: lead.token });
    await expectRefusedUnchanged(app, 'FORBIDDEN', () => decide(lead.token, { solutionId, status: 'SELECTED' }));
  });
});

describe('recordResult', () => {
  it('records results of a selected solution and corrects one by resultId', async () => {
    const { lead, member, facilitator, solutionId } = await solutionCast(app);
    await decide(lead.token, { solutionId, status: 'SELECTED', trialRegionCodes: [SIAK] });
    const first = (await record(member.token, resultInput(solutionId, { regionCode: SIAK }))).data!.recordResult;
    expect(first).toMatchObject({ metric: 'Waktu layanan izin usaha', unit: 'hari', baseline: 21, target: 3, measured: 5, progress: 80, region: { code: SIAK }, recordedBy: { id: String(member.user.id) }, solution: { id: solutionId } });
    const fixed = (await record(facilitator.token, resultInput(solutionId, { resultId: first.id, measured: 4.5, progress: 90, unit: null, outcome: null }))).data!.recordResult;
    expect(fixed).toMatchObject({ id: first.id, measured: 4.5, progress: 90, unit: null, outcome: null, region: null, recordedBy: { id: String(facilitator.user.id) } });
    const own = (await record(lead.token, resultInput(solutionId, { metric: 'Kepuasan warga', unit: '%', baseline: 60, target: 85, measured: null, progress: 0, regionCode: SUMEDANG }))).data!.recordResult;
    expect(own).toMatchObject({ measured: null, region: { code: SUMEDANG } });
    const page = await app.gql<{ solution: { results: { id: string; progress: number }[] } }>(`query($id: ID!) { solution(id: $id) { results { id progress } } }`, { id: solutionId });
    expect(page.data?.solution.results).toEqual([{ id: first.id, progress: 90 }, { id: own.id, progress: 0 }]);
  });

  it('is for the team (leads, members) and facilitators: the author outside the team, region admins elsewhere and the signed out are refused', async () => {
    const { lead, author, elsewhere, solutionId } = await solutionCast(app);
    await decide(lead.token, { solutionId, status: 'SELECTED' });
    for (const who of [author, elsewhere]) {
      const res = await expectRefusedUnchanged(app, 'FORBIDDEN', () => record(who.token, resultInput(solutionId)));
      expect(res.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Only the team of this challenge or a facilitator records results' } });
    }
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => record(undefined, resultInput(solutionId)));
  });

  it('refuses results on a solution not selected, bad values and foreign results, changing nothing', async () => {
    const { lead, solutionId } = await solutionCast(app);
    const notSelected = await expectRefusedUnchanged(app, 'CONFLICT', () => record(lead.token, resultInput(solutionId)));
    expect(notSelected.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Results are recorded for selected solutions only' } });
    await decide(lead.token, { solutionId, status: 'DECLINED', reason: 'Belum siap diuji' });
    await expectRefusedUnchanged(app, 'CONFLICT', () => record(lead.token, resultInput(solutionId)));
    await decide(lead.token, { solutionId, status: 'SELECTED' });
    const bad = (over: Record<string, unknown>) => () => record(lead.token, resultInput(solutionId, over));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ progress: 101 }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ progress: -1 }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ metric: ' ' }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ metric: 'm'.repeat(L.metricMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ unit: 'u'.repeat(L.unitMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ outcome: 'o'.repeat(L.outcomeMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ regionCode: '19.01' }));
    await expectRefusedUnchanged(app, 'NOT_FOUND', bad({ resultId: '99999999' }));
    // A result of another solution cannot be corrected through this one.
    const { lead: lead2, solutionId: another } = await solutionCast(app);
    await decide(lead2.token, { solutionId: another, status: 'SELECTED' });
    const theirs = (await record(lead2.token, resultInput(another))).data!.recordResult;
    await expectRefusedUnchanged(app, 'NOT_FOUND', bad({ resultId: theirs.id }));
  });
});
