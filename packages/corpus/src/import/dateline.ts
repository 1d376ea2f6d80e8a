import { normaliseDate } from '../dates.js';

/**
 * News datelines at the very start of an imported text, which give its date.
 *
 * @example
 * // German: the day before the month
 * //   "Minsk, 16. August 2020."            → 2020-08-16
 * //   "ALMATY, 6. Januar 2022 (dpa) –"     → 2022-01-06
 * //   "Nur-Sultan (AFP), 7. Januar 2022:"  → 2022-01-07
 * // English wire style: the month before the day, the month often short
 * //   "ALMATY, Jan 7, 2022 (Reuters) -"    → 2022-01-07
 * //   "MOSCOW, January 7, 2022 —"          → 2022-01-07
 * //   "ALMATY, Kazakhstan, Jan. 7, 2022 (AP) —" → 2022-01-07
 * // British style: the day before the month, no full stop
 * //   "London, 7 January 2022 -"           → 2022-01-07
 * // not datelines: "ALMATY, Jan 7 (Reuters) -" (no year: the date stays unknown), a sentence
 * // ("Berlin, 3. Oktober 1990 war ein Feiertag."), a date that is not in the calendar.
 *
 * The place is one to four capitalised words (and "am", "an der", "im", "bei", "ob der" in German
 * names), optionally a second place after a comma ("Kazakhstan") and an agency in brackets; the
 * year has four digits; the date is followed by the end of the line, a full stop, a colon, a dash
 * or an agency in brackets.
 */
const PLACE = "\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|am|an der|im|bei|ob der)){0,3}";
const AGENCY = '(?: ?\\([^()\\r\\n]{1,30}\\))?';
const END = '(?= ?(?:\\(|[.:–—-]|\\r|\\n|$))';
const GERMAN_MONTH = '(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
const ENGLISH_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

const GERMAN = new RegExp(`^(${PLACE})${AGENCY}, (\\d{1,2})\\. ?(${GERMAN_MONTH}) (\\d{4})${END}`, 'u');
const ENGLISH = new RegExp(`^(${PLACE})(?:, ${PLACE})?${AGENCY}, (${ENGLISH_MONTH}) (\\d{1,2}),? (\\d{4})${END}`, 'u');
const BRITISH = new RegExp(`^(${PLACE})(?:, ${PLACE})?${AGENCY}, (\\d{1,2}) (${ENGLISH_MONTH}) (\\d{4})${END}`, 'u');

/** The date of a dateline at the start of `text`, or undefined when there is none or it is not a real day. */
export function datelineOf(text: string): { date: string; line: string } | undefined {
  let line: string;
  let day: string;
  let month: string;
  let year: string;
  let m: RegExpMatchArray | null;
  if ((m = text.match(GERMAN)) || (m = text.match(BRITISH))) [line, , day, month, year] = m as unknown as [string, string, string, string, string];
  else if ((m = text.match(ENGLISH))) [line, , month, day, year] = m as unknown as [string, string, string, string, string];
  else return undefined;
  if (Number(year) < 1900 || Number(year) > 2100) return undefined;
  // "16. August 2020" as every other date framelens reads (normaliseDate: month names in German and English, real days)
  const date = normaliseDate(`${day}. ${month} ${year}`);
  return date.ok && date.precision === 'day' ? { date: date.date, line } : undefined;
}
