import { CsvError, parse } from 'csv-parse/sync';

/** The CSV officials keep, as read by csv-parse: a BOM, CRLF, quoted fields (with newlines) and ";" as Excel writes in id-ID. */
export interface CsvTable {
  header: string[];
  /** Each row with the 1-based line of the file it starts on. */
  rows: { line: number; cells: string[] }[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(reason);
  }
}

const NEWLINE = /\r\n|\r|\n/g;
const newlinesIn = (cells: string[]) => cells.reduce((n, c) => n + (c.match(NEWLINE)?.length ?? 0), 0);

export function parseCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(NEWLINE, 1)[0] ?? '';
  // Excel in Indonesian locale separates with ";" (the decimal comma takes ","): decided by the header.
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof records;
  } catch (err) {
    if (err instanceof CsvError) throw new CsvSyntaxError(err.message.replace(/^[^:]*: /, ''), Number((err as { lines?: number }).lines ?? 1));
    throw err;
  }
  const [head, ...rest] = records;
  return {
    header: (head?.record ?? []).map((h) => h.toLowerCase()),
    rows: rest.map(({ record, info }) => ({ line: info.lines - newlinesIn(record), cells: record })),
  };
}
