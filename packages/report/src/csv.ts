import { csvCell } from '@framelens/aggregate/csv';

export { csvCell, csvText, neutraliseFormula } from '@framelens/aggregate/csv';

/**
 * RFC 4180 CSV of plain rows (the page's chart downloads); columns in the given order, arrays
 * joined with "; ". Cells go through the shared writer (@framelens/aggregate/csv): text that a
 * spreadsheet would run as a formula gets a leading '. The page's script builds any CSV of its
 * own with the same csvCell.
 */
export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown): string => (Array.isArray(v) ? csvCell(v.join('; ')) : csvCell(v));
  return [columns.map((c) => csvCell(c)).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
