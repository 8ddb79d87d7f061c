import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lang } from '../../../core/i18n.js';
import { query } from '../../../core/db/query.js';
import { say, type Message, type Params } from '../../../core/messages.js';
import { allRegions } from '../../region/index.js';
import { scoreAssessment, type FrameworkStructure, type Levels } from '../../spbe/index.js';
import type { User } from '../../user/index.js';
import { CsvSyntaxError, parseCsv } from './assessment.csv.js';
import { canRecordAssessment } from '../assessment.policy.js';
import { assessmentMessages as m } from '../assessment.messages.js';
import { upsertAssessmentsSql } from '../assessment.sql.js';
import { ASSESSMENT_LIMITS } from '../assessment.limits.js';
import type { ImportRowError } from '../assessment.types.js';
import { assessableFramework } from '../assessment.levels.js';

export const MAX_CSV_BYTES = ASSESSMENT_LIMITS.csvMaxBytes;
export const MAX_CSV_ROWS = ASSESSMENT_LIMITS.csvMaxRows;

export interface ImportInput {
  frameworkCode: string;
  year: number;
  csv: string;
}

interface ParsedRow {
  line: number;
  regionCode: string;
  levels: Levels;
}

export type CheckedImport = { ok: false; errors: ImportRowError[] } | { ok: true; structure: FrameworkStructure; rows: ParsedRow[] };

/**
 * Checks a whole import of one year (`region_code,i1..iN`, the CSV officials keep). Every row is
 * checked; any problem means nothing is stored, and every problem is reported with its line.
 * A blank cell means "not assessed yet". Rows for regions the actor may not record are problems too.
 */
export async function checkImport(em: EntityManager, lang: Lang, input: ImportInput, actor: User): Promise<CheckedImport> {
  const errors: ImportRowError[] = [];
  const err = (line: number, regionCode: string | null, column: string | null, message: Message, params?: Params) =>
    errors.push({ line, regionCode, column, message: say(lang, message, params) });
  const structure = await assessableFramework(em, input.frameworkCode);
  let table: ReturnType<typeof parseCsv>;
  try {
    table = parseCsv(input.csv);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    err(e.line, null, null, m.malformedCsv, { reason: e.reason, line: e.line });
    return { ok: false, errors };
  }
  const { header, rows } = table;
  const numbers = structure.indicators.map((i) => i.number);
  const expected = ['region_code', ...numbers.map((n) => `i${n}`)];
  const missing = expected.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !expected.includes(c));
  if (missing.length || extra.length || new Set(header).size !== header.length) {
    const parts = (lang2: Lang) =>
      [missing.length ? say(lang2, m.headerMissing, { columns: missing.join(', ') }) : '', extra.length ? say(lang2, m.headerUnknown, { columns: extra.join(', ') }) : '']
        .filter(Boolean)
        .join('; ') || say(lang2, m.headerDuplicate);
    err(1, null, null, m.header, { count: numbers.length, detail: { en: parts('en'), id: parts('id') } });
    return { ok: false, errors };
  }
  if (rows.length === 0) {
    err(1, null, null, m.noRows);
    return { ok: false, errors };
  }
  if (rows.length > MAX_CSV_ROWS) {
    err(MAX_CSV_ROWS + 2, null, null, m.tooManyRows, { max: MAX_CSV_ROWS });
    return { ok: false, errors };
  }

  const regions = await allRegions(em);
  const codeColumn = header.indexOf('region_code');
  const columnOf = new Map(numbers.map((n) => [n, header.indexOf(`i${n}`)]));
  const firstLineOf = new Map<string, number>();
  const parsed: ParsedRow[] = [];
  const { minLevel, maxLevel } = structure.framework;
  for (const row of rows) {
    const regionCode = row.cells[codeColumn] ?? '';
    if (row.cells.length !== header.length) {
      err(row.line, regionCode || null, null, m.columnCount, { expected: header.length, found: row.cells.length });
      continue;
    }
    if (!regions.has(regionCode)) {
      err(row.line, regionCode || null, 'region_code', m.unknownRegion, { code: regionCode });
      continue;
    }
    const dup = firstLineOf.get(regionCode);
    if (dup !== undefined) {
      err(row.line, regionCode, 'region_code', m.duplicateRow, { code: regionCode, line: dup });
      continue;
    }
    firstLineOf.set(regionCode, row.line);
    if (!canRecordAssessment(actor, regionCode)) {
      err(row.line, regionCode, 'region_code', m.rowForbidden, { code: regionCode });
      continue;
    }
    const levels: Levels = {};
    let rowOk = true;
    for (const n of numbers) {
      const column = `i${n}`;
      const cell = row.cells[columnOf.get(n)!]!;
      if (cell === '') continue;
      const level = Number(cell);
      if (!Number.isInteger(level) || level < minLevel || level > maxLevel) {
        rowOk = false;
        err(row.line, regionCode, column, m.cellLevel, { column, min: minLevel, max: maxLevel, cell });
      } else levels[n] = level;
    }
    if (rowOk) parsed.push({ line: row.line, regionCode, levels });
  }
  return errors.length ? { ok: false, errors } : { ok: true, structure, rows: parsed };
}

/** Stores a checked import in one statement (each row replaces that region's levels for the year). */
export async function storeImport(em: EntityManager, checked: Extract<CheckedImport, { ok: true }>, year: number, actorId: number) {
  const rows = checked.rows.map((r) => {
    const scores = scoreAssessment(checked.structure.shape, r.levels);
    return { region_code: r.regionCode, levels: r.levels, index: scores.index, predicate: scores.predicate, level_count: scores.levelCount };
  });
  return query<{ id: number; region_code: string; index: string | null }>(em, upsertAssessmentsSql(checked.structure.framework.id, year, actorId, rows));
}
