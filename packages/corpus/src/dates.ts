export type NormalisedDate =
  | { ok: true; date: string; precision: 'day' | 'month' | 'year' }
  | { ok: false; reason: string };

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jaenner: 1, january: 1, jan: 1, jän: 1,
  februar: 2, feber: 2, february: 2, feb: 2,
  märz: 3, maerz: 3, march: 3, mär: 3, mrz: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')];

/** A real calendar day (no 2022-02-30). */
export function isCalendarDate(year: number, month: number, day?: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

function result(year: number, month?: number, day?: number): NormalisedDate {
  if (month === undefined) return isCalendarDate(year, 1) ? { ok: true, date: String(year), precision: 'year' } : { ok: false, reason: `${year} is not a plausible year` };
  if (!isCalendarDate(year, month, day)) return { ok: false, reason: `${year}-${pad(month)}${day !== undefined ? `-${pad(day)}` : ''} is not a calendar date` };
  return day === undefined
    ? { ok: true, date: `${year}-${pad(month)}`, precision: 'month' }
    : { ok: true, date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

// optional leading weekday ("Fr., ", "Friday, ") and trailing time/zone ("14:33:00", "T14:33Z", "um 14.33 Uhr")
const WEEKDAY = String.raw`(?:[A-Za-zäöüÄÖÜ]{2,10}\.?,?\s+)?`;
const TIME = String.raw`(?:(?:[T\s,]+|\s+um\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:Uhr|[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT|CET|CEST|MEZ|MESZ)?)?`;
const MONTH_NAME = String.raw`([A-Za-zäÄ]{3,9}\.?)`;

const PATTERNS: { re: RegExp; parts: (m: RegExpMatchArray) => [number, number | undefined, number | undefined] | undefined }[] = [
  // 2022-01-07, 2022-01-07T14:33:00Z, 2022/01/07, 2022-01, 2022
  { re: new RegExp(String.raw`^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?${TIME}$`), parts: (m) => [+m[1]!, m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined] },
  // 07.01.2022, 7.1.2022 14:33
  { re: new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})${TIME}$`), parts: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  // 7. Januar 2022, 07 Jan 2022, Fri, 07 Jan 2022 14:33:00 GMT
  { re: new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\.?\s+${MONTH_NAME}\s+(\d{4})${TIME}$`, 'u'), parts: (m) => (monthOf(m[2]!) ? [+m[3]!, monthOf(m[2]!), +m[1]!] : undefined) },
  // January 7, 2022; Jan. 7 2022
  { re: new RegExp(String.raw`^${WEEKDAY}${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'u'), parts: (m) => (monthOf(m[1]!) ? [+m[3]!, monthOf(m[1]!), +m[2]!] : undefined) },
  // Januar 2022, Jan. 2022
  { re: new RegExp(String.raw`^${MONTH_NAME}\s+(\d{4})$`, 'u'), parts: (m) => (monthOf(m[1]!) ? [+m[2]!, monthOf(m[1]!), undefined] : undefined) },
  // 01.2022, 1/2022
  { re: /^(\d{1,2})[./](\d{4})$/, parts: (m) => [+m[2]!, +m[1]!, undefined] },
];

/**
 * A publication date as people and scrapers write it → ISO with its precision:
 * "2022-01-07 14:33:00" → 2022-01-07 (day), "7. Januar 2022" → 2022-01-07, "Januar 2022" → 2022-01 (month).
 * The calendar date is taken as written (the publisher's local date); no time-zone shift.
 */
export function normaliseDate(input: unknown): NormalisedDate {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, reason: 'invalid date' };
    return result(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === 'number' && Number.isInteger(input)) return result(input);
  if (typeof input !== 'string') return { ok: false, reason: `expected a date, got ${input === null ? 'null' : typeof input}` };
  const value = input.trim().replace(/\s+/g, ' ');
  if (value === '') return { ok: false, reason: 'the date is empty' };
  for (const { re, parts } of PATTERNS) {
    const m = value.match(re);
    const p = m && parts(m);
    if (p) return result(p[0], p[1], p[2]);
  }
  if (/^\d{1,2}\.\d{1,2}\.\d{2}$/.test(value)) return { ok: false, reason: `"${value}" has a two-digit year; write the full year, e.g. 07.01.2022` };
  return { ok: false, reason: `"${truncate(value)}" is not a date format framelens knows (e.g. 2022-01-07, 07.01.2022, 7. Januar 2022, Januar 2022)` };
}

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
