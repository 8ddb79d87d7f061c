import type { Context } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { authorize } from '../../core/auth/policy.js';
import { say, type Message } from '../../core/i18n.js';
import { Region } from '../region/region.entity.js';
import { User } from '../user/user.entity.js';
import { parseCsv } from './assessment.csv.js';
import { canImportAssessments, canRecordAssessment } from './assessment.policy.js';
import { applyLevels, assessableFramework, lockAssessment, publishRecorded } from './assessment.service.js';
import type { ImportAssessmentsPayload, ImportRowError } from './assessment.types.js';
import type { Levels } from './scoring.js';
import type { Assessment } from './assessment.entity.js';

export const MAX_CSV_BYTES = 1_000_000;
export const MAX_CSV_ROWS = 2_000;

interface ParsedRow {
  line: number;
  regionCode: string;
  levels: Levels;
}

/**
 * Imports one year of assessments from the CSV officials keep (`region_code,i1..iN`).
 * Every row is checked first; if any row is wrong nothing is stored and every problem is
 * returned with its line, otherwise all rows are stored in one transaction. A row replaces
 * that region's levels for the year; a blank cell means "not assessed yet".
 */
export async function importAssessments(ctx: Context, frameworkCode: string, year: number, csv: string): Promise<ImportAssessmentsPayload> {
  const actor = authorize(ctx, canImportAssessments, undefined);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badInput('year must be from 2000 to 2100', 'tahun harus antara 2000 dan 2100', [{ field: 'year', message: 'out of range' }]);
  }
  if (Buffer.byteLength(csv, 'utf8') > MAX_CSV_BYTES) {
    throw badInput(`The file is larger than ${MAX_CSV_BYTES / 1_000_000} MB`, `Berkas lebih besar dari ${MAX_CSV_BYTES / 1_000_000} MB`, [{ field: 'csv', message: 'too large' }]);
  }
  const structure = await assessableFramework(ctx.em, frameworkCode);
  const { header, rows } = parseCsv(csv);
  const errors: ImportRowError[] = [];
  const err = (line: number, regionCode: string | null, column: string | null, m: Message) =>
    errors.push({ line, regionCode, column, message: say(ctx.lang, m) });

  const numbers = structure.indicators.map((i) => i.number);
  const expected = ['region_code', ...numbers.map((n) => `i${n}`)];
  const missing = expected.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !expected.includes(c));
  if (missing.length || extra.length || new Set(header).size !== header.length) {
    const detail = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `unknown ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
    const detailId = [missing.length ? `tidak ada ${missing.join(', ')}` : '', extra.length ? `tidak dikenal ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
    err(1, null, null, { en: `Header must be region_code,i1..i${numbers.length} (${detail || 'duplicate columns'})`, id: `Baris judul harus region_code,i1..i${numbers.length} (${detailId || 'kolom ganda'})` });
    return { ok: false, imported: 0, errors };
  }
  if (rows.length === 0) {
    err(1, null, null, { en: 'The file has no data rows', id: 'Berkas tidak memiliki baris data' });
    return { ok: false, imported: 0, errors };
  }
  if (rows.length > MAX_CSV_ROWS) {
    err(MAX_CSV_ROWS + 2, null, null, { en: `At most ${MAX_CSV_ROWS} rows per file`, id: `Paling banyak ${MAX_CSV_ROWS} baris per berkas` });
    return { ok: false, imported: 0, errors };
  }

  const codes = rows.map((r) => r.cells[header.indexOf('region_code')] ?? '');
  const known = new Set((await ctx.em.find(Region, { code: { $in: codes.filter(Boolean) } }, { fields: ['code'] })).map((r) => r.code));
  const firstLineOf = new Map<string, number>();
  const parsed: ParsedRow[] = [];
  const { minLevel, maxLevel } = structure.framework;

  for (const [i, row] of rows.entries()) {
    const regionCode = codes[i];
    if (row.cells.length !== header.length) {
      err(row.line, regionCode || null, null, { en: `Expected ${header.length} columns, found ${row.cells.length}`, id: `Seharusnya ${header.length} kolom, ditemukan ${row.cells.length}` });
      continue;
    }
    if (!known.has(regionCode)) {
      err(row.line, regionCode || null, 'region_code', { en: `Unknown region code "${regionCode}"`, id: `Kode wilayah "${regionCode}" tidak dikenal` });
      continue;
    }
    const dup = firstLineOf.get(regionCode);
    if (dup !== undefined) {
      err(row.line, regionCode, 'region_code', { en: `Duplicate row: ${regionCode} is already on line ${dup}`, id: `Baris ganda: ${regionCode} sudah ada di baris ${dup}` });
      continue;
    }
    firstLineOf.set(regionCode, row.line);
    if (!canRecordAssessment(actor, regionCode)) {
      err(row.line, regionCode, 'region_code', { en: `You may not record assessments for ${regionCode}`, id: `Anda tidak berwenang mengisi penilaian untuk ${regionCode}` });
      continue;
    }
    const levels: Levels = {};
    let rowOk = true;
    for (const n of numbers) {
      const column = `i${n}`;
      const cell = row.cells[header.indexOf(column)];
      if (cell === '') continue;
      const level = Number(cell);
      if (!Number.isInteger(level) || level < minLevel || level > maxLevel) {
        rowOk = false;
        err(row.line, regionCode, column, { en: `${column} must be a level from ${minLevel} to ${maxLevel}, got "${cell}"`, id: `${column} harus tingkat ${minLevel} sampai ${maxLevel}, berisi "${cell}"` });
      } else levels[n] = level;
    }
    if (rowOk) parsed.push({ line: row.line, regionCode, levels });
  }
  if (errors.length) return { ok: false, imported: 0, errors };

  const saved: Assessment[] = await ctx.em.transactional(async (em) => {
    const actorRef = em.getReference(User, actor.id, { wrapped: true });
    const out: Assessment[] = [];
    for (const row of parsed) {
      const assessment = await lockAssessment(em, row.regionCode, structure.framework.id, year);
      applyLevels(assessment, structure, row.levels, actorRef, true);
      out.push(assessment);
    }
    await em.flush();
    return out;
  });
  publishRecorded(ctx, saved);
  return { ok: true, imported: saved.length, errors: [] };
}
