import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../test/harness.js';
import { Assessment } from './assessment.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const RECORD = `mutation($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) { id year index predicate completeness levelCount indicatorCount
    domainScores { domain { number } score } region { code } framework { code } }
}`;
const fullLevels = (level: number) => Array.from({ length: 47 }, (_, i) => ({ indicator: i + 1, level }));

async function count() {
  return app.orm.em.fork().count(Assessment);
}

describe('recordAssessment', () => {
  it('computes the index, predicate and domain scores on the server', async () => {
    const f = await app.user(Role.FACILITATOR);
    const res = await app.gql<{ recordAssessment: { index: number; predicate: string; completeness: number; domainScores: { score: number }[] } }>(
      RECORD,
      { input: { regionCode: '32.11', year: 2024, levels: fullLevels(4) } },
      { token: f.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordAssessment).toMatchObject({ index: 4, predicate: 'Sangat Baik', completeness: 1, levelCount: 47, indicatorCount: 47 });
    expect(res.data?.recordAssessment.domainScores.map((d) => d.score)).toEqual([4, 4, 4, 4]);
  });

  it('keeps a partial assessment as a draft and merges later levels into it', async () => {
    const f = await app.user(Role.FACILITATOR);
    const first = await app.gql<{ recordAssessment: { index: number | null; completeness: number } }>(
      RECORD,
      { input: { regionCode: '14.08', year: 2024, levels: fullLevels(3).slice(0, 20) } },
      { token: f.token },
    );
    expect(first.data?.recordAssessment).toMatchObject({ index: null, predicate: null, levelCount: 20 });
    expect(first.data?.recordAssessment.completeness).toBeCloseTo(20 / 47, 2);
    const rest = await app.gql<{ recordAssessment: { index: number } }>(
      RECORD,
      { input: { regionCode: '14.08', year: 2024, levels: fullLevels(3).slice(20) } },
      { token: f.token },
    );
    expect(rest.data?.recordAssessment).toMatchObject({ index: 3, predicate: 'Baik', levelCount: 47 });
  });

  it('lets a region admin record only for its own region, and no member at all', async () => {
    const ra = await app.user(Role.REGION_ADMIN, '32.15');
    const own = await app.gql(RECORD, { input: { regionCode: '32.15', year: 2023, levels: fullLevels(2) } }, { token: ra.token });
    expect(own.errors).toBeUndefined();
    const before = await count();
    const other = await app.gql(RECORD, { input: { regionCode: '32.11', year: 2023, levels: fullLevels(2) } }, { token: ra.token });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const member = await app.user(Role.MEMBER, '32.15');
    const byMember = await app.gql(RECORD, { input: { regionCode: '32.15', year: 2023, levels: fullLevels(5) } }, { token: member.token });
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.gql(RECORD, { input: { regionCode: '32.15', year: 2023, levels: fullLevels(5) } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
  });

  it('rejects bad levels with every problem named, and changes nothing', async () => {
    const f = await app.user(Role.FACILITATOR);
    const before = await count();
    const res = await app.gql(
      RECORD,
      { input: { regionCode: '74.05', year: 2024, levels: [{ indicator: 1, level: 6 }, { indicator: 48, level: 2 }, { indicator: 2, level: 0 }, { indicator: 3, level: 2 }, { indicator: 3, level: 3 }] } },
      { token: f.token, headers: { 'accept-language': 'en' } },
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('level for indicator 1 must be 1 to 5');
    expect(res.errors?.[0].message).toContain('indicator 48 is not in this framework');
    expect(res.errors?.[0].message).toContain('indicator 3 is given twice');
    expect((res.errors?.[0].extensions?.fields as unknown[]).length).toBe(4);
    const badYear = await app.gql(RECORD, { input: { regionCode: '74.05', year: 1999, levels: fullLevels(2) } }, { token: f.token });
    expect(badYear.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownRegion = await app.gql(RECORD, { input: { regionCode: '99.99', year: 2024, levels: fullLevels(2) } }, { token: f.token });
    expect(unknownRegion.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const draftFramework = await app.gql(RECORD, { input: { regionCode: '74.05', frameworkCode: 'PEMDI-2025', year: 2025, levels: [] } }, { token: f.token });
    expect(draftFramework.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('loses no levels when two editors merge at the same time', async () => {
    const f = await app.user(Role.FACILITATOR);
    const levels = fullLevels(2);
    await Promise.all(
      levels.map((l) => app.gql(RECORD, { input: { regionCode: '19.02', year: 2025, levels: [l] } }, { token: f.token })),
    );
    const a = await app.orm.em.fork().findOneOrFail(Assessment, { region: '19.02', year: 2025 });
    expect(Object.keys(a.levels)).toHaveLength(47);
    expect(a.index).toBe(2);
  });
});

describe('Region.assessments', () => {
  it('lists a region\'s years oldest first and the latest complete one', async () => {
    const f = await app.user(Role.FACILITATOR);
    await app.gql(RECORD, { input: { regionCode: '64.01', year: 2021, levels: fullLevels(2) } }, { token: f.token });
    await app.gql(RECORD, { input: { regionCode: '64.01', year: 2022, levels: fullLevels(3) } }, { token: f.token });
    await app.gql(RECORD, { input: { regionCode: '64.01', year: 2023, levels: fullLevels(4).slice(0, 5) } }, { token: f.token });
    const res = await app.gql<{ region: { assessments: { year: number; index: number | null }[]; latestAssessment: { year: number } } }>(
      `{ region(code: "64.01") { assessments { year index } latestAssessment { year index } } }`,
      {},
      { token: f.token },
    );
    expect(res.data?.region.assessments).toEqual([
      { year: 2021, index: 2 },
      { year: 2022, index: 3 },
      { year: 2023, index: null },
    ]);
    expect(res.data?.region.latestAssessment).toEqual({ year: 2022, index: 3 });
  });
});
