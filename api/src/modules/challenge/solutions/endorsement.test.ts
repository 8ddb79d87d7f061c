import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { ENDORSE, MOVE, SIAK, SUMEDANG, WITHDRAW, expectRefusedUnchanged, solutionCast } from '../../../../test/challenge-helpers.js';
import { SOLUTION_LIMITS as L } from '../challenge.limits.js';
import { Solution, SolutionEndorsement } from './solution.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

interface Endorsed {
  endorseSolution: { id: string; endorsementCount: number; endorsements: { statement: string; region: { code: string }; by: { id: string } }[] };
}
const endorse = (solutionId: string, token: string | undefined, over: Record<string, unknown> = {}) =>
  app.gql<Endorsed>(ENDORSE, { i: { solutionId, statement: 'Kabupaten ini mendukung solusi ini', ...over } }, token ? { token } : {});
const withdraw = (solutionId: string, token: string | undefined, regionCode?: string) =>
  app.gql<{ withdrawEndorsement: { endorsementCount: number; endorsements: { region: { code: string } }[] } }>(WITHDRAW, { i: { solutionId, regionCode } }, token ? { token } : {});
const stored = async (solutionId: string) => ({
  count: (await app.orm.em.fork().findOneOrFail(Solution, Number(solutionId))).endorsementCount,
  rows: await app.orm.em.fork().count(SolutionEndorsement, { solution: Number(solutionId) }),
});

describe('endorseSolution', () => {
  it('lets region admins endorse for their own region, once per region, with a statement', async () => {
    const { lead, elsewhere, solutionId } = await solutionCast(app);
    const siak = (await endorse(solutionId, elsewhere.token, { statement: '  Kabupaten Siak mendukung  ' })).data!.endorseSolution;
    expect(siak).toEqual({ id: solutionId, endorsementCount: 1, endorsements: [{ statement: 'Kabupaten Siak mendukung', region: { code: SIAK }, by: { id: String(elsewhere.user.id) } }] });
    const both = (await endorse(solutionId, lead.token, { regionCode: SUMEDANG })).data!.endorseSolution;
    expect(both.endorsementCount).toBe(2);
    expect(both.endorsements.map((e) => e.region.code)).toEqual([SIAK, SUMEDANG]);
    // A second admin of Siak: the region has spoken already.
    const secondSiak = await app.user(Role.REGION_ADMIN, SIAK);
    const twice = await expectRefusedUnchanged(app, 'CONFLICT', () => endorse(solutionId, secondSiak.token));
    expect(twice.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Your region has endorsed this solution already' } });
    await expectRefusedUnchanged(app, 'CONFLICT', () => endorse(solutionId, elsewhere.token));
    expect(await stored(solutionId)).toEqual({ count: 2, rows: 2 });
  });

  it('refuses members, facilitators, region admins speaking for another region and the signed out', async () => {
    const { lead, member, other, elsewhere, facilitator, solutionId } = await solutionCast(app);
    for (const who of [member, other, facilitator]) await expectRefusedUnchanged(app, 'FORBIDDEN', () => endorse(solutionId, who.token));
    const forOther = await expectRefusedUnchanged(app, 'FORBIDDEN', () => endorse(solutionId, elsewhere.token, { regionCode: SUMEDANG }));
    expect(forOther.errors![0]!.extensions).toMatchObject({ i18n: { en: 'A region admin endorses for their own region only' } });
    await expectRefusedUnchanged(app, 'FORBIDDEN', () => endorse(solutionId, lead.token, { regionCode: SIAK }));
    await expectRefusedUnchanged(app, 'FORBIDDEN', () => endorse(solutionId, facilitator.token, { regionCode: SIAK }));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => endorse(solutionId, undefined));
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => endorse('99999999', lead.token));
  });

  it('refuses over-long or empty statements and closed challenges, changing nothing', async () => {
    const { lead, elsewhere, solutionId, challengeId } = await solutionCast(app);
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => endorse(solutionId, elsewhere.token, { statement: 'x'.repeat(L.statementMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => endorse(solutionId, elsewhere.token, { statement: '   ' }));
    await app.gql(MOVE, { i: { challengeId, to: 'ARCHIVED' } }, { token: lead.token });
    const closed = await expectRefusedUnchanged(app, 'FORBIDDEN', () => endorse(solutionId, elsewhere.token));
    expect(closed.errors![0]!.extensions).toMatchObject({ i18n: { en: expect.stringMatching(/closed/) } });
  });

  it('keeps exactly one endorsement when 50 admins of one region endorse at once', async () => {
    const { solutionId } = await solutionCast(app);
    const admins = [];
    for (let n = 0; n < 50; n++) admins.push(await app.user(Role.REGION_ADMIN, '19.01'));
    const results = await Promise.all(admins.map((a, n) => endorse(solutionId, a.token, { statement: `Pernyataan admin ke-${n + 1}` })));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    expect(await stored(solutionId)).toEqual({ count: 1, rows: 1 });
  }, 60_000);
});

describe('withdrawEndorsement', () => {
  it("lets the endorsing region's admins or a facilitator withdraw; others are refused", async () => {
    const { lead, member, other, elsewhere, facilitator, solutionId } = await solutionCast(app);
    await endorse(solutionId, elsewhere.token);
    await endorse(solutionId, lead.token);
    for (const who of [member, other]) await expectRefusedUnchanged(app, 'FORBIDDEN', () => withdraw(solutionId, who.token, SIAK));
    const notTheirs = await expectRefusedUnchanged(app, 'FORBIDDEN', () => withdraw(solutionId, lead.token, SIAK));
    expect(notTheirs.errors![0]!.extensions).toMatchObject({ i18n: { en: expect.stringMatching(/endorsing region/) } });
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => withdraw(solutionId, undefined, SIAK));
    // A second admin of Siak may withdraw what the first gave: the endorsement is the region's.
    const secondSiak = await app.user(Role.REGION_ADMIN, SIAK);
    expect((await withdraw(solutionId, secondSiak.token)).data?.withdrawEndorsement).toMatchObject({ endorsementCount: 1, endorsements: [{ region: { code: SUMEDANG } }] });
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => withdraw(solutionId, elsewhere.token));
    expect((await withdraw(solutionId, facilitator.token, SUMEDANG)).data?.withdrawEndorsement.endorsementCount).toBe(0);
    expect(await stored(solutionId)).toEqual({ count: 0, rows: 0 });
    // Withdrawn, the region may endorse again.
    expect((await endorse(solutionId, elsewhere.token)).data?.endorseSolution.endorsementCount).toBe(1);
  });
});
