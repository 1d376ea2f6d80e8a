import { parse } from 'csv-parse/sync';

export { toCsv } from './csv-write.js';

/** A parsed CSV: the header and the rows as records, with each row's line number in the file. */
export interface CsvTable {
  columns: string[];
  rows: { line: number; values: Record<string, string> }[];
}

/**
 * Parse a CSV with a header line (a leading byte-order mark is dropped); throws csv-parse's error
 * on malformed quoting. A header with semicolons and no comma (a spreadsheet saved with a German
 * locale) is read with ";" as the delimiter.
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const header = clean.slice(0, clean.search(/\r?\n|$/));
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  const records = parse(clean, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const [head, ...body] = records;
  const columns = (head?.record ?? []).map((c) => c.trim());
  return {
    columns,
    rows: body.map(({ record, info }) => ({
      line: info.lines,
      values: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])),
    })),
  };
}
