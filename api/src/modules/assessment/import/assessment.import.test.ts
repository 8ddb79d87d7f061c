import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { Assessment } from '../assessment.entity.js';
import { query } from '../../../core/db/query.js';
import { sql } from '../../../core/db/sql.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const IMPORT = `mutation($f: String!, $y: Int!, $csv: String!) {
  importAssessments(frameworkCode: $f, year: $y, csv: $csv) { ok imported errors { line regionCode column message } }
}`;
type ImportResult = { importAssessments: { ok: boolean; imported: number; errors: { line: number; regionCode: string | null; column: string | null; message: string }[] } };

const HEADER = ['region_code', ...Array.from({ length: 47 }, (_, i) => `i${i + 1}`)].join(',');
const row = (code: string, level: number | string, overrides: Record<number, string | number> = {}) =>
  [code, ...Array.from({ length: 47 }, (_, i) => overrides[i + 1] ?? level)].join(',');

async function run(token: string, csv: string, year = 2024, lang = 'en') {
  return app.gql<ImportResult>(IMPORT, { f: 'SPBE-2020', y: year, csv }, { token, headers: { 'accept-language': lang } });
}
const countYear = (year: number) => app.orm.em.fork().count(Assessment, { year });

describe('importAssessments', () => {
  it('stores every row in one go when all are valid', async () => {
    const f = await app.user(Role.FACILITATOR);
    const csv = ['\uFEFF' + HEADER, row('32.11', 4), row('19.02', 2, { 5: '' }), row('14.08', 3)].join('\r\n') + '\r\n';
    const res = await run(f.token, csv, 2019);
    expect(res.data?.importAssessments).toEqual({ ok: true, imported: 3, errors: [] });
    const stored = await app.orm.em.fork().find(Assessment, { year: 2019 }, { orderBy: { region: 'asc' } });
    expect(stored.map((a) => [a.region.code, a.index, a.levelCount])).toEqual([
      ['14.08', 3, 47],
      ['19.02', null, 46],
      ['32.11', 4, 47],
    ]);
  });

  it('stores nothing and reports every bad row with its line number', async () => {
    const f = await app.user(Role.FACILITATOR);
    const csv = [
      HEADER,
      row('32.11', 3), // line 2: fine
      row('99.99', 3), // line 3: unknown region
      row('14.08', 3, { 7: 6 }), // line 4: level out of range
      row('32.11', 2), // line 5: duplicate of line 2
      row('74.05', 'x'), // line 6: 47 bad cells
      '32.15,1,2', // line 7: wrong column count
    ].join('\n');
    const res = await run(f.token, csv, 2018);
    const out = res.data!.importAssessments;
    expect(out.ok).toBe(false);
    expect(out.imported).toBe(0);
    const lines = out.errors.map((e) => e.line);
    expect(lines).not.toContain(2);
    expect(out.errors.find((e) => e.line === 3)).toMatchObject({ regionCode: '99.99', column: 'region_code', message: 'Unknown region code "99.99"' });
    expect(out.errors.find((e) => e.line === 4)).toMatchObject({ regionCode: '14.08', column: 'i7', message: 'i7 must be a level from 1 to 5, got "6"' });
    expect(out.errors.find((e) => e.line === 5)?.message).toBe('Duplicate row: 32.11 is already on line 2');
    expect(out.errors.filter((e) => e.line === 6)).toHaveLength(47);
    expect(out.errors.find((e) => e.line === 7)?.message).toBe('Expected 48 columns, found 3');
    expect(await countYear(2018)).toBe(0);
  });

  it('reports errors in Bahasa Indonesia by default', async () => {
    const f = await app.user(Role.FACILITATOR);
    const res = await run(f.token, [HEADER, row('99.99', 3)].join('\n'), 2018, 'id');
    expect(res.data?.importAssessments.errors[0].message).toBe('Kode wilayah "99.99" tidak dikenal');
  });

  it('checks the header', async () => {
    const f = await app.user(Role.FACILITATOR);
    const res = await run(f.token, 'region_code,i1,i2\n32.11,1,2', 2018);
    expect(res.data?.importAssessments.ok).toBe(false);
    expect(res.data?.importAssessments.errors[0]).toMatchObject({ line: 1 });
    expect(res.data?.importAssessments.errors[0].message).toMatch(/missing i3, i4/);
    const empty = await run(f.token, HEADER, 2018);
    expect(empty.data?.importAssessments.errors[0].message).toBe('The file has no data rows');
  });

  it('accepts semicolon-separated files as saved by spreadsheets in Indonesian locale', async () => {
    const f = await app.user(Role.FACILITATOR);
    const csv = [HEADER.replaceAll(',', ';'), row('32.11', 2).replaceAll(',', ';')].join('\n');
    expect((await run(f.token, csv, 2017)).data?.importAssessments.ok).toBe(true);
  });

  it('lets a region admin import only its own region', async () => {
    const ra = await app.user(Role.REGION_ADMIN, '32.11');
    const res = await run(ra.token, [HEADER, row('32.11', 3), row('14.08', 3)].join('\n'), 2016);
    expect(res.data?.importAssessments.ok).toBe(false);
    expect(res.data?.importAssessments.errors).toEqual([
      { line: 3, regionCode: '14.08', column: 'region_code', message: 'You may not record assessments for 14.08' },
    ]);
    expect(await countYear(2016)).toBe(0);
    expect((await run(ra.token, [HEADER, row('32.11', 3)].join('\n'), 2016)).data?.importAssessments.ok).toBe(true);
  });

  it('reads quoted fields across lines and still reports the right line numbers', async () => {
    const f = await app.user(Role.FACILITATOR);
    // Line 2-3: one record whose i1 cell holds a quoted line break; line 4: a bad level.
    const first = ['32.11', '"3\n"', ...Array.from({ length: 46 }, () => '3')].join(',');
    const csv = [HEADER, first, row('14.08', 3, { 9: 7 })].join('\r\n');
    const out = (await run(f.token, csv, 2016)).data!.importAssessments;
    expect(out.errors).toEqual([{ line: 4, regionCode: '14.08', column: 'i9', message: 'i9 must be a level from 1 to 5, got "7"' }]);
    const broken = (await run(f.token, [HEADER, '32.11,"3'].join('\n'), 2016)).data!.importAssessments;
    expect(broken.ok).toBe(false);
    expect(broken.errors[0]!.message).toMatch(/^The file is not valid CSV: .*\(line 2\)$/);
  });

  it('stores a whole year of every region in a bounded number of statements', async () => {
    const f = await app.user(Role.FACILITATOR);
    const codes = (await query<{ code: string }>(app.orm.em, sql`select code from region order by code`)).map((r) => r.code);
    expect(codes.length).toBeGreaterThan(500);
    const statements = async (rows: string[], year: number) => {
      app.queries.reset();
      const res = await run(f.token, [HEADER, ...rows].join('\n'), year);
      expect(res.data?.importAssessments).toMatchObject({ ok: true, imported: rows.length });
      await app.services.outbox.settled();
      return app.queries.count();
    };
    const few = await statements(codes.slice(0, 3).map((c) => row(c, 3)), 2015);
    const all = await statements(codes.map((c) => row(c, 2)), 2014);
    // One upsert for all rows and one outbox insert for all their events, whatever the count.
    expect(all).toBe(few);
    expect(all).toBeLessThanOrEqual(12);
    expect(await countYear(2014)).toBe(codes.length);
  });

  it('refuses members and signed-out users', async () => {
    const m = await app.user(Role.MEMBER, '32.11');
    expect((await run(m.token, [HEADER, row('32.11', 3)].join('\n'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await app.gql(IMPORT, { f: 'SPBE-2020', y: 2024, csv: HEADER });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses files over the size limit and unknown frameworks', async () => {
    const f = await app.user(Role.FACILITATOR);
    const huge = await run(f.token, HEADER + '\n' + 'x'.repeat(1_000_001));
    expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await app.gql(IMPORT, { f: 'NOPE', y: 2024, csv: HEADER }, { token: f.token });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
