import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import {
  DECIDE_SOLUTION,
  ENDORSE,
  MOVE,
  RECORD_RESULT,
  SUPPORT,
  WITHDRAW,
  PROPOSE,
  SIAK,
  SOLUTION,
  SUMEDANG,
  UPDATE_SOLUTION,
  cast,
  expectRefusedUnchanged,
  proposeInput,
  proposeSolution,
  solutionCast,
} from '../../../../test/challenge-helpers.js';
import { SOLUTION_LIMITS as L } from '../challenge.limits.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

interface Sol {
  id: string;
  title: string;
  status: string;
  descriptionHtml: string;
  descriptionMarkdown: string;
  editedAt: string | null;
  links: { kind: string; label: string; url: string }[];
  indicators: { frameworkCode: string; number: number; name: string }[];
  author: { id: string };
  region: { code: string };
  challenge: { id: string };
  supportedByMe: boolean;
  revisions: { title: string; descriptionMarkdown: string; editor: { id: string } }[];
  [k: string]: unknown;
}
const read = async (id: string, token?: string) => (await app.gql<{ solution: Sol | null }>(SOLUTION, { id }, token ? { token } : {})).data?.solution;

describe('proposeSolution', () => {
  it('proposes from the author\'s region with sanitized text, links and indicators, readable by solution(id)', async () => {
    const { other, challengeId } = await cast(app);
    const res = await app.gql<{ proposeSolution: Sol }>(
      PROPOSE,
      { i: proposeInput(challengeId, { descriptionMarkdown: 'Satu aplikasi **izin**. <script>alert(1)</script> <a href="javascript:alert(1)">x</a>', indicators: [{ framework: 'SPBE-2020', number: 26 }, { framework: 'SPBE-2020', number: 20 }, { framework: 'SPBE-2020', number: 20 }] }) },
      { token: other.token },
    );
    const s = res.data!.proposeSolution;
    expect(s).toMatchObject({
      title: 'Mal pelayanan publik digital',
      status: 'PROPOSED',
      supportCount: 0,
      endorsementCount: 0,
      budgetRange: 'FROM_50M_TO_250M',
      needsTraining: 'Pelatihan petugas loket dua hari',
      needsRegulation: null,
      links: [{ kind: 'SOURCE_CODE', label: 'Kode sumber', url: 'https://git.example.go.id/mpp' }],
      indicators: [{ frameworkCode: 'SPBE-2020', number: 20, name: expect.any(String) }, { frameworkCode: 'SPBE-2020', number: 26, name: expect.any(String) }],
      author: { id: String(other.user.id) },
      region: { code: SUMEDANG },
      challenge: { id: challengeId },
      supportedByMe: false,
      editedAt: null,
      revisions: [],
      endorsements: [],
      results: [],
      trialRegions: [],
    });
    expect(s.descriptionHtml).toContain('<strong>izin</strong>');
    expect(s.descriptionHtml).not.toContain('<script>');
    expect(s.descriptionHtml).not.toContain('javascript:');
    expect(await read(s.id)).toEqual(s);
    expect(await read('99999999')).toBeNull();
    const count = await app.gql<{ challenge: { solutionCount: number; solutions: { id: string }[] } }>(`query($id: ID!) { challenge(id: $id) { solutionCount solutions { id } } }`, { id: challengeId });
    expect(count.data?.challenge).toEqual({ solutionCount: 1, solutions: [{ id: s.id }] });
  });

  it('lets anyone signed in propose (lead, team member, other member, region admin elsewhere), and staff name the region', async () => {
    const { lead, member, other, elsewhere, facilitator, challengeId } = await cast(app);
    for (const who of [lead, member, other, elsewhere]) {
      const id = await proposeSolution(app, who.token, challengeId);
      expect((await read(id))?.region.code).toBe(who.user.regionCode);
    }
    const staffs = await proposeSolution(app, facilitator.token, challengeId, { regionCode: SIAK });
    expect((await read(staffs))?.region.code).toBe(SIAK);
    const noRegion = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(PROPOSE, { i: proposeInput(challengeId) }, { token: facilitator.token }));
    expect(noRegion.errors![0]!.extensions).toMatchObject({ i18n: { en: expect.stringMatching(/which region/) } });
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(PROPOSE, { i: proposeInput(challengeId, { regionCode: '99.99' }) }, { token: facilitator.token }));
    const notYours = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(PROPOSE, { i: proposeInput(challengeId, { regionCode: SIAK }) }, { token: other.token }));
    expect(notYours.errors![0]!.extensions).toMatchObject({ i18n: { id: `Solusi berasal dari daerah pengusulnya (${SUMEDANG})` } });
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(PROPOSE, { i: proposeInput(challengeId) }));
  });

  it('refuses closed and archived challenges, and unknown ones', async () => {
    const { lead, other, challengeId } = await cast(app);
    await app.gql(MOVE, { i: { challengeId, to: 'ARCHIVED' } }, { token: lead.token });
    const closed = await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(PROPOSE, { i: proposeInput(challengeId) }, { token: other.token }));
    expect(closed.errors![0]!.extensions).toMatchObject({ i18n: { en: expect.stringMatching(/closed/) } });
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => app.gql(PROPOSE, { i: proposeInput('99999999') }, { token: other.token }));
  });

  it('refuses bad input with stable codes, changing nothing', async () => {
    const { other, challengeId } = await cast(app);
    const bad = (over: Record<string, unknown>) => () => app.gql(PROPOSE, { i: proposeInput(challengeId, over) }, { token: other.token });
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ title: 'x'.repeat(L.solutionTitleMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ title: ' abc ' }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ descriptionMarkdown: 'y'.repeat(L.descriptionMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ needsTraining: 'z'.repeat(L.needsMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ needsRegulation: 'z'.repeat(L.needsMax + 1) }));
    const unknown = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ indicators: [{ framework: 'SPBE-2020', number: 48 }] }));
    expect(unknown.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Framework SPBE-2020 has no indicator 48' } });
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ indicators: [{ framework: 'SPBE-1999', number: 1 }] }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ indicators: [] }));
    for (const url of ['javascript:alert(1)', 'ftp://files.example.go.id/a', 'data:text/html,x', 'bukan alamat', `https://x.id/${'a'.repeat(L.linkUrlMax)}`]) {
      const link = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ links: [{ kind: 'APP', label: 'Aplikasi', url }] }));
      expect(link.errors![0]!.extensions, url).toMatchObject({ fields: [{ field: 'links' }] });
    }
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ links: [{ kind: 'APP', label: ' ', url: 'https://x.id' }] }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ links: Array.from({ length: L.linksMax + 1 }, (_, n) => ({ kind: 'OTHER', label: `L${n}`, url: `https://x.id/${n}` })) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ challengeId: 'abc' }));
  });
});

describe('updateSolution', () => {
  it('lets the author edit, keeping each replaced title and text as a revision, and sets editedAt', async () => {
    const { author, solutionId } = await solutionCast(app);
    const edit = (over: Record<string, unknown>) => app.gql<{ updateSolution: Sol }>(UPDATE_SOLUTION, { i: { solutionId, ...over } }, { token: author.token });
    const first = (await edit({ title: 'Mal pelayanan publik daring', links: [], budgetRange: 'BELOW_50M', needsTraining: null })).data!.updateSolution;
    expect(first).toMatchObject({ title: 'Mal pelayanan publik daring', links: [], budgetRange: 'BELOW_50M', needsTraining: null, editedAt: expect.any(String) });
    expect(first.revisions).toEqual([{ title: 'Mal pelayanan publik digital', descriptionMarkdown: expect.stringContaining('Satu aplikasi'), editor: { id: String(author.user.id) } }]);
    const second = (await edit({ descriptionMarkdown: 'Versi kedua: _antrean_ daring untuk semua izin usaha.', indicators: [{ framework: 'SPBE-2020', number: 26 }] })).data!.updateSolution;
    expect(second.descriptionHtml).toContain('<em>antrean</em>');
    expect(second.indicators.map((i) => i.number)).toEqual([26]);
    expect(second.revisions.map((r) => r.title)).toEqual(['Mal pelayanan publik daring', 'Mal pelayanan publik digital']);
    // Only links changed: no new revision of the text.
    const third = (await edit({ links: [{ kind: 'APP', label: 'Aplikasi', url: 'http://mpp.example.go.id' }] })).data!.updateSolution;
    expect(third.revisions).toHaveLength(2);
  });

  it('is for the author only: lead, team member, region admin elsewhere, facilitator and the signed out are refused', async () => {
    const { lead, member, elsewhere, facilitator, solutionId } = await solutionCast(app);
    const edit = (token?: string) => () => app.gql(UPDATE_SOLUTION, { i: { solutionId, title: 'Diambil alih orang lain' } }, token ? { token } : {});
    for (const who of [lead, member, elsewhere, facilitator]) {
      const res = await expectRefusedUnchanged(app, 'FORBIDDEN', edit(who.token));
      expect(res.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Only the author of this solution can edit it' } });
    }
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', edit());
    expect((await read(solutionId))?.title).toBe('Mal pelayanan publik digital');
  });

  it('refuses bad input and closed challenges, changing nothing', async () => {
    const { lead, author, solutionId, challengeId } = await solutionCast(app);
    const bad = (over: Record<string, unknown>) => () => app.gql(UPDATE_SOLUTION, { i: { solutionId, ...over } }, { token: author.token });
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ title: 'x'.repeat(L.solutionTitleMax + 1) }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ descriptionMarkdown: 'pendek' }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ indicators: [{ framework: 'SPBE-2020', number: 0 }] }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', bad({ links: [{ kind: 'APP', label: 'x', url: 'javascript:alert(1)' }] }));
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => app.gql(UPDATE_SOLUTION, { i: { solutionId: '99999999', title: 'Tidak ada sama sekali' } }, { token: author.token }));
    await app.gql(MOVE, { i: { challengeId, to: 'ARCHIVED' } }, { token: lead.token });
    await expectRefusedUnchanged(app, 'FORBIDDEN', bad({ title: 'Setelah diarsipkan' }));
    expect((await read(solutionId))?.revisions).toEqual([]);
  });

  it('keeps both replaced versions when the author saves twice at once', async () => {
    const { author, solutionId } = await solutionCast(app);
    await Promise.all(['Versi A dari penulis', 'Versi B dari penulis'].map((title) => app.gql(UPDATE_SOLUTION, { i: { solutionId, title } }, { token: author.token })));
    const s = (await read(solutionId, author.token))!;
    expect(s.revisions).toHaveLength(2);
    expect(s.revisions.map((r) => r.title)).toContain('Mal pelayanan publik digital');
    expect(s.revisions.map((r) => r.title)).toContain(s.title === 'Versi A dari penulis' ? 'Versi B dari penulis' : 'Versi A dari penulis');
  });
});

describe('events', () => {
  it('announces every solution change on its challenge with the kind and ids only, after commit', async () => {
    const { lead, member, elsewhere, author, challengeId } = await solutionCast(app);
    const stream = app.services.pubsub.subscribe('CHALLENGE_EVENT', challengeId);
    const heard: unknown[] = [];
    const reading = (async () => {
      for await (const e of stream) if (heard.push(e) === 7) return;
    })();
    const solutionId = await proposeSolution(app, author.token, challengeId, { title: 'Solusi yang diumumkan' });
    const sid = Number(solutionId);
    await app.gql(UPDATE_SOLUTION, { i: { solutionId, title: 'Solusi yang diumumkan lagi' } }, { token: author.token });
    await app.gql(SUPPORT, { id: solutionId }, { token: member.token });
    await app.gql(ENDORSE, { i: { solutionId, statement: 'Kabupaten Siak mendukung' } }, { token: elsewhere.token });
    await app.gql(WITHDRAW, { i: { solutionId } }, { token: elsewhere.token });
    await app.gql(DECIDE_SOLUTION, { i: { solutionId, status: 'SELECTED' } }, { token: lead.token });
    await app.gql(RECORD_RESULT, { i: { solutionId, metric: 'Waktu layanan', baseline: 10, target: 2, progress: 10 } }, { token: lead.token });
    // A refused command announces nothing.
    await app.gql(SUPPORT, { id: solutionId });
    await Promise.race([reading, new Promise((r) => setTimeout(r, 5000))]);
    const challenge = Number(challengeId);
    expect(heard.map((e) => ({ ...(e as object), eventId: undefined }))).toEqual(
      ['SOLUTION_PROPOSED', 'SOLUTION_UPDATED', 'SUPPORT_CHANGED', 'ENDORSED', 'ENDORSEMENT_WITHDRAWN', 'SOLUTION_DECIDED', 'RESULT_RECORDED'].map((kind) => ({ kind, challengeId: challenge, solutionId: sid, eventId: undefined })),
    );
    await stream.return?.();
  });

  it('counts every solution change as activity on the challenge', async () => {
    const { member, solutionId, challengeId } = await solutionCast(app);
    const activity = async () => (await app.gql<{ challenge: { lastActivityAt: string } }>(`query($id: ID!) { challenge(id: $id) { lastActivityAt } }`, { id: challengeId })).data!.challenge.lastActivityAt;
    const before = await activity();
    await app.gql(SUPPORT, { id: solutionId }, { token: member.token });
    expect(Date.parse(await activity())).toBeGreaterThan(Date.parse(before));
  });
});
