/**
 * One CSV field of a part file: numbers as they are, strings always in double quotes (a quote
 * doubled), NULL as nothing. The reduce reads the parts with `allow_quoted_nulls = false`, so an
 * empty string ("") stays an empty string.
 */
export function field(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

/** One CSV line (LF) of fields. */
export function line(values: readonly (string | number | undefined | null)[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += (i > 0 ? ',' : '') + field(values[i]);
  return out + '\n';
}
