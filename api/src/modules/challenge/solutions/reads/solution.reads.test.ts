import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../../test/harness.js';
import { DECIDE_SOLUTION, ENDORSE, SUPPORT, openChallenge, proposeSolution, solutionCast } from '../../../../../test/challenge-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const PAGE = `query($id: ID!) { challenge(id: $id) { solutionCount solutions {
  id title status supportCount author { name } region { code province { name } } links { url } indicators { frameworkCode number name } supportedByMe
  endorsements { statement region { code } by { name } } revisions { title editor { name } } results { metric region { code } recordedBy { name } }
  trialRegions { code } decidedBy { name } challenge { id title } viewerCanEdit viewerCanDecide viewerCanRecordResult viewerCanEndorse } } }`;
interface Page {
  challenge: {
    solutionCount: number;
    solutions: { id: string; status: string; supportCount: number; supportedByMe: boolean; indicators: unknown[]; endorsements: unknown[]; results: unknown[]; revisions: unknown[]; trialRegions: unknown[] }[];
  };
}

/** Solutions written straight to the tables, each with 2 indicators, 2 endorsements, 2 results, a revision, 2 trial regions and the viewer's support. */
async function seed(challengeId: string, count: number, userId: number): Promise<void> {
  await app.orm.em.fork().execute(
    `with s as (
       insert into challenge_solution (challenge_id, title, description_markdown, description_html, author_id, region_code, links, status, decided_by_id, support_count)
       select ?, 'Solusi massal ' || i, 'Uraian', '<p>Uraian</p>', ?, '32.11', '[{"kind":"APP","label":"A","url":"https://a.id"}]', 'SELECTED', ?, 1
       from generate_series(1, ?) as i returning id
     ), ind as (
       insert into challenge_solution_indicator (solution_id, indicator_id)
       select s.id, i.id from s cross join spbe_indicator i join spbe_framework f on f.id = i.framework_id where f.code = 'SPBE-2020' and i.number in (20, 26) returning 1
     ), en as (
       insert into challenge_solution_endorsement (solution_id, region_code, by_id, statement) select s.id, code, ?, 'Mendukung' from s cross join unnest(array['32.11', '14.08']) as code returning 1
     ), res as (
       insert into challenge_solution_result (solution_id, region_code, metric, baseline, target, progress, recorded_by_id) select s.id, '14.08', 'Metrik ' || n, 1, 2, 50, ? from s cross join generate_series(1, 2) as n returning 1
     ), rev as (
       insert into challenge_solution_revision (solution_id, editor_id, title, description_markdown) select s.id, ?, 'Judul lama', 'Uraian lama' from s returning 1
     ), tr as (
       insert into challenge_solution_trial_region (solution_id, region_code) select s.id, code from s cross join unnest(array['32.11', '14.08']) as code returning 1
     )
     insert into challenge_solution_support (solution_id, user_id) select s.id, ? from s`,
    [Number(challengeId), userId, userId, count, userId, userId, userId, userId],
  );
}

describe('reading solutions', () => {
  it('reads a challenge of 5 or 50 solutions, with everything on them, in the same number of statements', async () => {
    const staff = await app.user(Role.FACILITATOR);
    const few = await openChallenge(app, staff.token, { cohort: null });
    const many = await openChallenge(app, staff.token, { cohort: null });
    await seed(few, 5, staff.user.id);
    await seed(many, 50, staff.user.id);
    const count = async (id: string, n: number) => {
      app.queries.reset();
      const res = await app.gql<Page>(PAGE, { id }, { token: staff.token });
      const page = res.data!.challenge;
      expect(page.solutionCount).toBe(n);
      expect(page.solutions).toHaveLength(n);
      expect(page.solutions.every((s) => s.supportedByMe && s.indicators.length === 2 && s.endorsements.length === 2 && s.results.length === 2 && s.revisions.length === 1 && s.trialRegions.length === 2)).toBe(true);
      return app.queries.count();
    };
    // The region directory is read once per process: the first page pays for it.
    await count(few, 5);
    const statements = await count(few, 5);
    expect(await count(many, 50)).toBe(statements);
  });

  it('lists selected first, then proposed, then declined; each by supports, then newest', async () => {
    const { lead, member, other, challengeId } = await solutionCast(app);
    const page = async () => (await app.gql<Page>(PAGE, { id: challengeId })).data!.challenge.solutions.map((s) => s.id);
    const [first] = await page();
    const a = await proposeSolution(app, member.token, challengeId, { title: 'Solusi A yang didukung' });
    const b = await proposeSolution(app, member.token, challengeId, { title: 'Solusi B yang terbaru' });
    const c = await proposeSolution(app, other.token, challengeId, { title: 'Solusi C yang dipilih' });
    const d = await proposeSolution(app, other.token, challengeId, { title: 'Solusi D yang ditolak' });
    await app.gql(SUPPORT, { id: a }, { token: lead.token });
    await app.gql(SUPPORT, { id: d }, { token: lead.token });
    await app.gql(SUPPORT, { id: d }, { token: member.token });
    await app.gql(DECIDE_SOLUTION, { i: { solutionId: c, status: 'SELECTED' } }, { token: lead.token });
    await app.gql(DECIDE_SOLUTION, { i: { solutionId: d, status: 'DECLINED', reason: 'Di luar cakupan' } }, { token: lead.token });
    expect(await page()).toEqual([c, a, b, first, d]);
    // Anonymous readers see the page too, without their own marks.
    expect((await app.gql<Page>(PAGE, { id: challengeId })).data!.challenge.solutions.every((s) => !s.supportedByMe)).toBe(true);
  });
});

describe("the viewer's rights on a solution", () => {
  it('follow the policies: author edits, leads and staff decide, the team records, region admins endorse once', async () => {
    const { lead, member, author, elsewhere, facilitator, solutionId } = await solutionCast(app);
    const FLAGS = `query($id: ID!) { solution(id: $id) { viewerCanEdit viewerCanDecide viewerCanRecordResult viewerCanEndorse } }`;
    const flags = async (token?: string) => (await app.gql<{ solution: Record<string, boolean> }>(FLAGS, { id: solutionId }, token ? { token } : {})).data!.solution;
    const row = (edit: boolean, decide: boolean, record: boolean, endorse: boolean) => ({ viewerCanEdit: edit, viewerCanDecide: decide, viewerCanRecordResult: record, viewerCanEndorse: endorse });
    expect(await flags(author.token)).toEqual(row(true, false, false, false));
    expect(await flags(lead.token)).toEqual(row(false, true, false, true));
    expect(await flags(member.token)).toEqual(row(false, false, false, false));
    expect(await flags(facilitator.token)).toEqual(row(false, true, false, false));
    expect(await flags(elsewhere.token)).toEqual(row(false, false, false, true));
    expect(await flags()).toEqual(row(false, false, false, false));
    await app.gql(DECIDE_SOLUTION, { i: { solutionId, status: 'SELECTED' } }, { token: lead.token });
    await app.gql(ENDORSE, { i: { solutionId, statement: 'Kabupaten Siak mendukung' } }, { token: elsewhere.token });
    expect(await flags(member.token)).toEqual(row(false, false, true, false));
    expect(await flags(lead.token)).toEqual(row(false, true, true, true));
    expect(await flags(facilitator.token)).toEqual(row(false, true, true, false));
    expect(await flags(elsewhere.token)).toEqual(row(false, false, false, false));
  });
});
