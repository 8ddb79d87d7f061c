/** Parses the CSV officials keep. Handles a BOM, CRLF, quoted fields and ";" as used by Excel in id-ID. */
export interface CsvTable {
  header: string[];
  /** Each row with its 1-based line number in the file. */
  rows: { line: number; cells: string[] }[];
}

function splitLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

export function parseCsv(text: string): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = lines[0] ?? '';
  const sep = !first.includes(',') && first.includes(';') ? ';' : ',';
  const header = splitLine(first, sep).map((h) => h.toLowerCase());
  const rows = lines
    .slice(1)
    .map((l, i) => ({ line: i + 2, raw: l }))
    .filter((r) => r.raw.trim() !== '')
    .map((r) => ({ line: r.line, cells: splitLine(r.raw, sep) }));
  return { header, rows };
}
