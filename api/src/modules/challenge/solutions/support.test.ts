import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { MOVE, SIAK, SUPPORT, expectRefusedUnchanged, proposeSolution, solutionCast } from '../../../../test/challenge-helpers.js';
import { Solution, SolutionSupport } from './solution.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

type Toggled = { toggleSolutionSupport: { id: string; supportCount: number; supportedByMe: boolean } };
const toggle = (solutionId: string, token?: string) => app.gql<Toggled>(SUPPORT, { id: solutionId }, token ? { token } : {});
const stored = async (solutionId: string) => ({
  count: (await app.orm.em.fork().findOneOrFail(Solution, Number(solutionId))).supportCount,
  rows: await app.orm.em.fork().count(SolutionSupport, { solution: Number(solutionId) }),
});

describe('toggleSolutionSupport', () => {
  it('supports and takes back, one per person, for anyone signed in (lead, team, other members, region admins, facilitators)', async () => {
    const { lead, member, other, elsewhere, facilitator, solutionId } = await solutionCast(app);
    const people = [lead, member, other, elsewhere, facilitator];
    for (const [n, who] of people.entries()) expect((await toggle(solutionId, who.token)).data?.toggleSolutionSupport).toEqual({ id: solutionId, supportCount: n + 1, supportedByMe: true });
    expect((await toggle(solutionId, member.token)).data?.toggleSolutionSupport).toEqual({ id: solutionId, supportCount: 4, supportedByMe: false });
    expect(await stored(solutionId)).toEqual({ count: 4, rows: 4 });
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => toggle(solutionId));
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => toggle('99999999', lead.token));
  });

  it('refuses supports on a closed challenge, changing nothing', async () => {
    const { lead, member, solutionId, challengeId } = await solutionCast(app);
    await toggle(solutionId, member.token);
    await app.gql(MOVE, { i: { challengeId, to: 'ARCHIVED' } }, { token: lead.token });
    await expectRefusedUnchanged(app, 'FORBIDDEN', () => toggle(solutionId, member.token));
    expect(await stored(solutionId)).toEqual({ count: 1, rows: 1 });
  });

  it('counts exactly 300 when 300 distinct people support at once', async () => {
    const staff = await app.user(Role.FACILITATOR);
    const { challengeId } = await solutionCast(app);
    const solutionId = await proposeSolution(app, staff.token, challengeId, { regionCode: SIAK, title: 'Solusi yang ramai didukung' });
    const tokens = await app.users(300, SIAK);
    const results = await Promise.all(tokens.map((t) => toggle(solutionId, t)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await stored(solutionId)).toEqual({ count: 300, rows: 300 });
    // Each answer showed its own support, and counts 1..300 each appeared once.
    expect(results.every((r) => r.data?.toggleSolutionSupport.supportedByMe)).toBe(true);
    expect(new Set(results.map((r) => r.data!.toggleSolutionSupport.supportCount)).size).toBe(300);
  }, 120_000);

  it('ends consistent when one person toggles 40 times at once', async () => {
    const { member, solutionId } = await solutionCast(app);
    await Promise.all(Array.from({ length: 40 }, () => toggle(solutionId, member.token)));
    const s = await stored(solutionId);
    expect(s.count).toBe(s.rows);
    expect(s.rows).toBeLessThanOrEqual(1);
  });
});
