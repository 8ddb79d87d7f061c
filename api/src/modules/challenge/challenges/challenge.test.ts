import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { OPEN, SIAK, SUMEDANG, UPDATE, cast, expectRefusedUnchanged, openInput } from '../../../../test/challenge-helpers.js';
import { CHALLENGE_LIMITS as L } from '../challenge.limits.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

interface Opened {
  openChallenge: {
    id: string;
    stage: string;
    problemHtml: string;
    tags: string[];
    cohort: { slug: string } | null;
    regions: { code: string }[];
    indicators: { frameworkCode: string; number: number; name: string }[];
    deadlines: { stage: string; dueAt: string }[];
    createdBy: { id: string };
    teamCount: number;
    team: { role: string; status: string; user: { id: string } }[];
    timeline: { fromStage: string | null; toStage: string; by: { id: string } }[];
  };
}

describe('openChallenge', () => {
  it('opens in EXPLORATION with the opener as lead, sanitized problem, indicators from the framework and the opening on the timeline', async () => {
    const admin = await app.user(Role.REGION_ADMIN, SUMEDANG);
    const res = await app.gql<Opened>(
      OPEN,
      { i: openInput({ problemMarkdown: 'Warga antre **lama**. <script>alert(1)</script>', deadlines: [{ stage: 'CO_CREATION', dueAt: '2027-03-31T00:00:00.000Z' }], tags: ['Layanan Publik', 'layanan publik ', 'Izin'] }) },
      { token: admin.token },
    );
    const c = res.data!.openChallenge;
    expect(c.stage).toBe('EXPLORATION');
    expect(c.problemHtml).toContain('<strong>lama</strong>');
    expect(c.problemHtml).not.toContain('<script>');
    expect(c.tags).toEqual(['layanan publik', 'izin']);
    expect(c.cohort).toEqual({ slug: 'living-lab-2022' });
    expect(c.regions).toEqual([{ code: SUMEDANG }]);
    expect(c.indicators).toEqual([{ frameworkCode: 'SPBE-2020', number: 20, name: expect.any(String) }]);
    expect(c.deadlines).toEqual([{ stage: 'CO_CREATION', dueAt: '2027-03-31T00:00:00.000Z' }]);
    expect(c.createdBy.id).toBe(String(admin.user.id));
    expect(c.teamCount).toBe(1);
    expect(c.team).toEqual([{ role: 'LEAD', status: 'ACTIVE', user: { id: String(admin.user.id) } }]);
    expect(c.timeline).toEqual([{ fromStage: null, toStage: 'EXPLORATION', note: null, by: { id: String(admin.user.id) } }]);
  });

  it('lets facilitators and admins open for any regions, several at once', async () => {
    for (const role of [Role.FACILITATOR, Role.ADMIN]) {
      const staff = await app.user(role);
      const res = await app.gql<Opened>(OPEN, { i: openInput({ regionCodes: [SIAK, SUMEDANG], cohort: null }) }, { token: staff.token });
      expect(res.data?.openChallenge.regions, role).toEqual([{ code: SIAK }, { code: SUMEDANG }]);
    }
  });

  it('refuses members, region admins for another region or beside their own, and the signed out, changing nothing', async () => {
    const member = await app.user(Role.MEMBER, SUMEDANG);
    const elsewhere = await app.user(Role.REGION_ADMIN, SIAK);
    await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(OPEN, { i: openInput() }, { token: member.token }));
    const other = await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(OPEN, { i: openInput() }, { token: elsewhere.token }));
    expect(other.errors![0]!.extensions).toMatchObject({ i18n: { en: expect.stringMatching(/own region/) } });
    await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(OPEN, { i: openInput({ regionCodes: [SIAK, SUMEDANG] }) }, { token: elsewhere.token }));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(OPEN, { i: openInput() }));
  });

  it('refuses bad input with stable codes and changes nothing', async () => {
    const staff = await app.user(Role.FACILITATOR);
    const bad = (over: Record<string, unknown>) => () => app.gql(OPEN, { i: openInput(over) }, { token: staff.token });
    const unknownFramework = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ indicators: [{ framework: 'SPBE-1999', number: 1 }] }));
    expect(unknownFramework.errors![0]!.extensions).toMatchObject({ i18n: { id: 'Kerangka SPBE-1999 tidak dikenal' } });
    const unknownIndicator = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ indicators: [{ framework: 'SPBE-2020', number: 20 }, { framework: 'SPBE-2020', number: 48 }] }));
    expect(unknownIndicator.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Framework SPBE-2020 has no indicator 48' } });
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ indicators: [] }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ title: 'x'.repeat(L.titleMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ title: '  abc  ' }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ problemMarkdown: 'y'.repeat(L.problemMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ tags: ['z'.repeat(L.tagMax + 1)] }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ tags: Array.from({ length: L.tagsMax + 1 }, (_, i) => `tag${i}`) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ regionCodes: ['99.99'] }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ regionCodes: [] }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ deadlines: [{ stage: 'CLOSED', dueAt: '2027-01-01T00:00:00Z' }] }));
    await expectRefusedUnchanged(app, 'NOT_FOUND', bad({ cohort: 'no-such-cohort' }));
  });
});

describe('updateChallenge', () => {
  it('is for the leads and staff; team members, other members, region admins elsewhere and the signed out are refused', async () => {
    const { lead, member, other, elsewhere, facilitator, challengeId } = await cast(app);
    const edit = (token: string | undefined, title: string) => app.gql<{ updateChallenge: { title: string } }>(UPDATE, { i: { challengeId, title } }, token ? { token } : {});
    expect((await edit(lead.token, 'Satu pintu untuk izin usaha')).data?.updateChallenge.title).toBe('Satu pintu untuk izin usaha');
    expect((await edit(facilitator.token, 'Satu pintu, kata fasilitator')).data?.updateChallenge.title).toBe('Satu pintu, kata fasilitator');
    for (const who of [member, other, elsewhere]) await expectRefusedUnchanged(app, 'FORBIDDEN', () => edit(who.token, 'Diambil alih'));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => edit(undefined, 'Diambil alih'));
  });

  it('replaces indicators, tags and cohort, and refuses unknown indicators changing nothing', async () => {
    const { lead, challengeId } = await cast(app);
    const res = await app.gql<{ updateChallenge: { tags: string[]; cohort: unknown; indicators: unknown[]; problemHtml: string } }>(
      UPDATE,
      { i: { challengeId, tags: ['Perizinan'], cohort: null, problemMarkdown: 'Izin butuh _tiga_ minggu untuk diproses.', indicators: [{ framework: 'SPBE-2020', number: 26 }, { framework: 'SPBE-2020', number: 20 }] } },
      { token: lead.token },
    );
    expect(res.data?.updateChallenge).toMatchObject({
      tags: ['perizinan'],
      cohort: null,
      problemHtml: expect.stringContaining('<em>tiga</em>'),
      indicators: [{ frameworkCode: 'SPBE-2020', number: 20 }, { frameworkCode: 'SPBE-2020', number: 26 }],
    });
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(UPDATE, { i: { challengeId, indicators: [{ framework: 'SPBE-2020', number: 0 }] } }, { token: lead.token }));
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => app.gql(UPDATE, { i: { challengeId: '999999', title: 'Tidak ada' } }, { token: lead.token }));
  });
});
