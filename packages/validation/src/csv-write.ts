import { csvCell } from '@framelens/aggregate/csv';

/**
 * RFC 4180 CSV: header line, CRLF line ends, a field quoted when it holds a comma, quote or line
 * break. Cells go through framelens' one CSV cell writer (@framelens/aggregate's csvCell): a corpus
 * sentence that starts with = + - @ gets a leading ' so that a spreadsheet shows it as text.
 */
export function toCsv(columns: readonly string[], rows: readonly object[]): string {
  return [columns.map((c) => csvCell(c)).join(','), ...rows.map((r) => columns.map((c) => csvCell((r as Record<string, unknown>)[c])).join(','))].join('\r\n') + '\r\n';
}
