import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../test/harness.js';

let app: TestApp;
let facilitator: string;
beforeAll(async () => {
  app = await createTestApp();
  facilitator = (await app.user(Role.FACILITATOR)).token;
  // Each has a complete 2023 and a draft 2024 (11.01 and 14.08 are on the directory's first page).
  for (const regionCode of ['32.11', '14.08', '11.01']) {
    await record(regionCode, 2023, 47);
    await record(regionCode, 2024, 20);
  }
});
afterAll(() => app?.close());

const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id index } }`;
const levels = (count: number) => Array.from({ length: count }, (_, i) => ({ indicator: i + 1, level: 3 }));

async function record(regionCode: string, year: number, count: number) {
  const res = await app.gql(RECORD, { input: { regionCode, year, levels: levels(count) } }, { token: facilitator });
  expect(res.errors).toBeUndefined();
}

interface Seen {
  year: number;
  index: number | null;
  levels: { level: number }[];
}
const ONE = `{ region(code: "32.11") { assessments { year index levels { level } } } }`;
const years = (list: Seen[] | undefined) => list?.map((a) => [a.year, a.index === null ? 'draft' : 'complete', a.levels.length]);

async function readAs(token: string | undefined) {
  const res = await app.gql<{ region: { assessments: Seen[] } }>(ONE, {}, { token });
  expect(res.errors).toBeUndefined();
  return years(res.data?.region.assessments);
}

describe('draft assessments over HTTP', () => {
  it('hides drafts and their levels from signed-out users and other regions', async () => {
    const other = await app.user(Role.MEMBER, '14.08');
    const otherAdmin = await app.user(Role.REGION_ADMIN, '14.08');
    for (const token of [undefined, other.token, otherAdmin.token]) expect(await readAs(token)).toEqual([[2023, 'complete', 47]]);
  });

  it("shows them to the region's own people and to staff", async () => {
    const member = await app.user(Role.MEMBER, '32.11');
    const admin = await app.user(Role.ADMIN);
    const both = [[2023, 'complete', 47], [2024, 'draft', 20]];
    for (const token of [member.token, facilitator, admin.token]) expect(await readAs(token)).toEqual(both);
  });

  it('filters a list in SQL, in one statement for any number of regions', async () => {
    const member = await app.user(Role.MEMBER, '14.08');
    const list = (first: number) => `{ regions(first: ${first}${first === 1 ? ', search: "14.08"' : ''}) { edges { node { code assessments { year index levels { level } } } } } }`;
    type Listed = { regions: { edges: { node: { code: string; assessments: Seen[] } }[] } };
    const statements = async (first: number) => {
      app.queries.reset();
      const res = await app.gql<Listed>(list(first), {}, { token: member.token });
      expect(res.errors).toBeUndefined();
      return { count: app.queries.list().filter((q) => /from "?assessment"?/i.test(q)).length, res };
    };
    const few = await statements(1);
    const many = await statements(100);
    expect(few.count).toBe(1);
    expect(many.count).toBe(1);
    const byCode = new Map(many.res.data!.regions.edges.map((e) => [e.node.code, years(e.node.assessments)]));
    expect(many.res.data!.regions.edges.length).toBe(100);
    expect(byCode.get('11.01')).toEqual([[2023, 'complete', 47]]);
    expect(byCode.get('14.08')).toEqual([[2023, 'complete', 47], [2024, 'draft', 20]]);
  });
});

const SUB = `subscription($r: String!) { assessmentRecorded(regionCode: $r) { year index levels { level } } }`;
type Event = { assessmentRecorded: Seen };

describe('draft assessments over the subscription', () => {
  it('reach only those who may see them; the complete one reaches everyone', async () => {
    const outsider = await app.user(Role.MEMBER, '14.08');
    const member = await app.user(Role.MEMBER, '32.11');
    const subscribe = (token: string) => app.ws(token).iterate<Event>({ query: SUB, variables: { r: '32.11' } });
    const subs = { outsider: subscribe(outsider.token), member: subscribe(member.token), facilitator: subscribe(facilitator) };
    // Give the subscriptions time to register before publishing.
    await new Promise((r) => setTimeout(r, 150));
    await record('32.11', 2025, 10);
    await record('32.11', 2026, 47);
    const first = async (it: AsyncIterator<{ data?: Event | null }>) => {
      const event = (await it.next()).value?.data?.assessmentRecorded;
      return event && [event.year, event.index === null ? 'draft' : 'complete', event.levels.length];
    };
    expect(await first(subs.outsider)).toEqual([2026, 'complete', 47]);
    expect(await first(subs.member)).toEqual([2025, 'draft', 10]);
    expect(await first(subs.facilitator)).toEqual([2025, 'draft', 10]);
    for (const it of Object.values(subs)) await it.return?.();
  });
});
