/** RFC 4180 CSV: header line, CRLF line ends, a field quoted when it holds a comma, quote or line break. */
export function toCsv(columns: readonly string[], rows: readonly object[]): string {
  const cell = (v: unknown): string => {
    if (v === undefined || v === null) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell((r as Record<string, unknown>)[c])).join(','))].join('\r\n') + '\r\n';
}
