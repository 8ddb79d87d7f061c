import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';

let app: TestApp;
let facilitator: string;
let contacts: Record<string, string>;

const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id index provisionalIndex completeness } }`;
/** Every indicator at 2, indicator 5 at `five`; `count` indicators only for a draft. */
const levels = (five: number, count = 47) => Array.from({ length: count }, (_, i) => ({ indicator: i + 1, level: i + 1 === 5 ? five : 2 }));

async function record(regionCode: string, year: number, five: number, count = 47) {
  const res = await app.gql(RECORD, { input: { regionCode, year, levels: levels(five, count) } }, { token: facilitator });
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  app = await createTestApp();
  facilitator = (await app.user(Role.FACILITATOR)).token;
  await record('32.11', 2022, 5);
  await record('14.08', 2023, 4);
  await record('11.01', 2023, 2);
  // 32.15 was at 5 but its latest complete assessment is at 1; 19.02's 5 is only a draft.
  await record('32.15', 2021, 5);
  await record('32.15', 2023, 1);
  await record('19.02', 2024, 5, 10);
  // The first region admin of a region is its contact; a later one and members are not.
  const sumedang = await app.user(Role.REGION_ADMIN, '32.11', 'Diskominfo Sumedang');
  await app.user(Role.REGION_ADMIN, '32.11', 'Second admin');
  await app.user(Role.MEMBER, '14.08', 'Staf Siak');
  const siak = await app.user(Role.REGION_ADMIN, '14.08', 'Diskominfo Siak');
  contacts = { '32.11': sumedang.user.username, '14.08': siak.user.username };
});
afterAll(() => app?.close());

const LEADERS = `query($indicator: Int!, $above: Int!, $except: String, $first: Int) {
  indicatorLeaders(indicator: $indicator, above: $above, exceptRegion: $except, first: $first) {
    region { code name } level year contact { name username }
  }
}`;
type Leaders = { indicatorLeaders: { region: { code: string }; level: number; year: number; contact: { name: string; username: string } | null }[] };

describe('indicatorLeaders (who to learn from)', () => {
  it("lists regions above the viewer's level on the indicator by their latest complete assessment, highest first, with their contact", async () => {
    const member = await app.user(Role.MEMBER, '11.01');
    const res = await app.gql<Leaders>(LEADERS, { indicator: 5, above: 2, except: '11.01' }, { token: member.token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.indicatorLeaders.map((l) => [l.region.code, l.level, l.year, l.contact?.username ?? null])).toEqual([
      ['32.11', 5, 2022, contacts['32.11']],
      ['14.08', 4, 2023, contacts['14.08']],
    ]);
  });

  it('leaves the viewer\'s own region out and shows no people to signed-out visitors', async () => {
    const res = await app.gql<Leaders>(LEADERS, { indicator: 5, above: 0, except: '32.11' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.indicatorLeaders.map((l) => [l.region.code, l.level, l.contact])).toEqual([
      ['14.08', 4, null],
      ['11.01', 2, null],
      ['32.15', 1, null],
    ]);
  });

  it('is one statement for one region or many (no N+1 over regions or contacts)', async () => {
    const member = await app.user(Role.MEMBER, '11.01');
    const statements = async (first: number) => {
      await app.gql(LEADERS, { indicator: 5, above: 0, first }, { token: member.token });
      app.queries.reset();
      const res = await app.gql<Leaders>(LEADERS, { indicator: 5, above: 0, first }, { token: member.token });
      expect(res.errors).toBeUndefined();
      return { rows: res.data!.indicatorLeaders.length, sql: app.queries.list().filter((q) => !/from "?app_session"?|update "?app_session"?/i.test(q)).length };
    };
    const one = await statements(1);
    const all = await statements(10);
    expect([one.rows, all.rows]).toEqual([1, 4]);
    expect(all.sql).toBe(one.sql);
    expect(app.queries.list().filter((q) => /from latest/i.test(q))).toHaveLength(1);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    for (const vars of [{ indicator: 0, above: 0 }, { indicator: 5, above: -1 }, { indicator: 5, above: 0, first: 51 }, { indicator: 5, above: 0, except: 'sumedang' }]) {
      const res = await app.gql(LEADERS, vars);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('what the assessment screen reads', () => {
  it('gives a draft a provisional index from the server that moves with each level saved', async () => {
    const ra = await app.user(Role.REGION_ADMIN, '74.05');
    const save = (input: object) => app.gql<{ recordAssessment: { index: number | null; provisionalIndex: number | null; completeness: number } }>(RECORD, { input }, { token: ra.token });
    const first = await save({ regionCode: '74.05', year: 2024, levels: [{ indicator: 1, level: 2 }, { indicator: 2, level: 4 }] });
    expect(first.data!.recordAssessment).toMatchObject({ index: null, provisionalIndex: 3, completeness: 0.04 });
    const second = await save({ regionCode: '74.05', year: 2024, levels: [{ indicator: 2, level: 5 }] });
    expect(second.data!.recordAssessment.provisionalIndex).toBe(3.5);
  });

  it('says who may record for a region (viewerCanRecordAssessment mirrors the policy)', async () => {
    const can = async (token?: string) =>
      (await app.gql<{ region: { viewerCanRecordAssessment: boolean } }>(`{ region(code: "32.11") { viewerCanRecordAssessment } }`, {}, { token })).data!.region.viewerCanRecordAssessment;
    const own = await app.user(Role.REGION_ADMIN, '32.11');
    const other = await app.user(Role.REGION_ADMIN, '14.08');
    const member = await app.user(Role.MEMBER, '32.11');
    expect([await can(own.token), await can(facilitator), await can(other.token), await can(member.token), await can(undefined)]).toEqual([true, true, false, false, false]);
  });
});
