import { isStaffCredit } from './staff-credit.js';
import type { BoilerplateSpan, Span } from './types.js';

// Picture agencies and wire services as they appear in photo credits (language data).
const AGENCIES = [
  'dpa', 'DPA', 'AFP', 'AP', 'Reuters', 'REUTERS', 'Getty Images', 'Getty', 'imago', 'IMAGO', 'imago images',
  'picture alliance', 'picture-alliance', 'EPA', 'epa', 'Sputnik', 'SPUTNIK', 'TASS', 'Tass', 'ITAR-TASS', 'APA',
  'Keystone', 'KEYSTONE', 'Xinhua', 'XINHUA', 'Anadolu', 'ZUMA', 'ZUMA Wire', 'SIPA', 'Sipa', 'epd', 'KNA', 'ddp',
  'dapd', 'AA', 'ANP', 'Belga', 'EFE', 'ANSA', 'PAP', 'CTK', 'RIA Novosti', 'Ria Nowosti', 'Kremlin', 'Pool',
  'Shutterstock', 'iStock', 'Unsplash', 'Wikimedia Commons', 'privat', 'Privat',
];
const AGENCY = `(?:${AGENCIES.map((a) => a.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})`;

// "Foto: dpa", "Fotos: Vladimir Tretyakov, AP, dpa", "Bild: …", "Foto/Video: …", "©  …" up to the end of the line;
// a credit holds no sentence end (only initials "J." and dots inside names such as "dpa-infocom.de").
const LABELLED_CREDIT = new RegExp(
  `(?:^|(?<=[\\s.!?)»«“”"]))(?:(?:Fotos?|Bild(?:er)?|Grafik|Video|Foto\\s*/\\s*Video|Illustration|Karte|Quelle\\s+Foto|Photo)\\s*:|©|\\(c\\)|Copyright\\b)(?:[^\\n.!?]|(?<=\\b\\p{Lu})\\.|\\.(?=\\S)){1,160}$`,
  'u',
);
// "Pavel Mikheyev/REUTERS", "Russian Defence Ministry/Sputnik via AFP", "Foto: AFP" without label.
const AGENCY_CREDIT = new RegExp(
  `(?:^|(?<=\\s))(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}[\\p{Lu}][\\p{L}.'’-]*\\s*/\\s*${AGENCY}(?:\\s*(?:via|/)\\s*${AGENCY})*(?=\\s|$)`,
  'u',
);
const VIA_CREDIT = new RegExp(`(?:^|(?<=\\s))(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}via\\s+${AGENCY}(?=\\s*$)`, 'u');
// Dates as pages print them: 2022-01-07, 2022-01, 07.01.2022, 7. Januar 2022, Jan. 7, 2022, 7 January 2022;
// with a time (", 14:32 Uhr", "um 14.32 Uhr", "T14:32:00") after them.
const MONTH = '(?:Jan(?:uar|uary)?|Jän(?:ner)?|Feb(?:ruar|ruary)?|Mär(?:z)?|Mar(?:ch)?|Apr(?:il)?|Mai|May|Jun[ei]?|Jul[iy]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|Dez(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:\\d{4}-\\d{2}(?:-\\d{2})?(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4})(?:,?\\s+(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?`;
const DATE_LABEL = '(?:date|Datum|Stand|Veröffentlicht(?:\\s+am)?|Aktualisiert(?:\\s+am)?|Zuletzt\\s+aktualisiert(?:\\s+am)?|Erstellt(?:\\s+am)?|Published(?:\\s+on)?|Updated(?:\\s+on)?)';
const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\.?,?\\s+';
// A leading metadata date joined to the first line: " date 2022-01 In Belarus …", "Stand: 6.1.2022 Die Lage …".
const DATE_HEADER = new RegExp(`^\\s*${DATE_LABEL}\\s*:?\\s*(?:${WEEKDAY})?${DATE}`, 'iu');
// A line that is only a date, labelled or not ("Freitag, 07.01.2022, 14:32 Uhr", "Aktualisiert am 7. Januar 2022"), anywhere.
const DATE_LINE = new RegExp(`^\\s*(?:${DATE_LABEL}\\s*:?\\s*)?(?:${WEEKDAY})?${DATE}\\s*$`, 'iu');
// Reading time: "Lesezeit: 3 Min.", "4 Minuten Lesezeit", "Lesedauer ca. 5 Min", "5 min read", "Reading time: 4 minutes".
const READING_TIME = /^\s*(?:(?:Lesezeit|Lesedauer|Reading\s+time)\s*:?\s*(?:ca\.\s*|etwa\s+)?\d+\s*(?:Min(?:\.|uten?|utes?)?|min)\.?|\d+\s*(?:Min(?:\.|uten?)?|min(?:utes?)?)\.?\s*(?:Lesezeit|Lesedauer|read|Lesen))\s*$/iu;
// Share and tool buttons, alone on a line or in a row: "Teilen", "Facebook Twitter WhatsApp E-Mail", "Artikel merken | Drucken".
const BUTTON = '(?:(?:Artikel\\s+|Seite\\s+)?(?:teilen|merken|drucken|versenden|anhören|vorlesen)|Teilen\\s+auf\\s+\\w+|Link\\s+kopieren|Zur\\s+Merkliste|Kommentare?|Kommentieren|Facebook|Twitter|X|WhatsApp|Threads|Telegram|Messenger|E-?Mail|Mail|Xing|LinkedIn|Pinterest|Reddit|Flipboard|Pocket|Bluesky|Mastodon|Share(?:\\s+this(?:\\s+article)?)?|Tweet|Print|Save|Copy\\s+link)';
const SHARE_LINE = new RegExp(`^\\s*${BUTTON}(?:\\s*[|·•,/]?\\s*${BUTTON})*\\s*$`, 'iu');
// Teaser lines that link to other articles.
const TEASER = /^(?:Lesen Sie (?:dazu |hier |jetzt |mehr |bitte )?(?:auch|mehr|weiter)|Mehr zum Thema|Mehr dazu|Mehr lesen|Weiterlesen|Zum Thema|Auch interessant|Das könnte Sie auch interessieren|Hier lesen Sie|Lesen Sie hier|Empfohlener redaktioneller Inhalt|Anzeige)\b/u;

const MAX_CAPTION = 600; // a photo caption is short; longer lines only lose their credit

/**
 * Boilerplate inside article text, kept and labelled so the report can show what was excluded:
 * - `date-header`: a metadata date at the very start (" date 2022-01");
 * - `credit`: a photo credit ("Foto: dpa", "Pavel Mikheyev/REUTERS", "… via AFP", "© …");
 * - `caption`: the rest of a line (at most one short paragraph) that carries a credit: the caption
 *   sentence(s) before "Foto: dpa" and the caption after a leading credit;
 * - `teaser`: a line linking to other articles ("Lesen Sie dazu auch", "Mehr zum Thema");
 * - `date-header` also: a line that is only a date ("Freitag, 07.01.2022, 14:32 Uhr", "Aktualisiert am 7. Januar 2022");
 * - `furniture`: a line that is only the reading time ("Lesezeit: 3 Min.") or share and tool buttons
 *   ("Teilen", "Facebook Twitter WhatsApp E-Mail", "Artikel merken | Drucken"), or a staff or agency
 *   credit ("Reporting by …; Editing by …", "Mitarbeit: …", "Mit Material von dpa", "(dpa/AFP)": staff-credit.ts).
 * Spans are trimmed, sorted and do not overlap. `paragraphs` are from `paragraphs(text)`.
 */
export function boilerplate(text: string, paragraphs: Span[]): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let lineStart = para.start;
    while (lineStart < para.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > para.end) lineEnd = para.end;
      line(text, lineStart, lineEnd, p === 0 && lineStart === para.start, out);
      lineStart = lineEnd + 1;
    }
  }
  return out;
}

function line(text: string, start: number, end: number, first: boolean, out: BoilerplateSpan[]): void {
  let s = text.slice(start, end);
  let offset = start;
  if (first) {
    const m = DATE_HEADER.exec(s);
    if (m !== null) {
      push(out, text, offset, offset + m[0].length, 'date-header');
      offset += m[0].length;
      s = s.slice(m[0].length);
    }
  }
  if (TEASER.test(s.trimStart()) && s.length <= 300) {
    push(out, text, offset, end, 'teaser');
    return;
  }
  // page furniture on a line of its own: a date, the reading time, share buttons
  if (s.length <= 160 && s.trim() !== '') {
    if (DATE_LINE.test(s)) return push(out, text, offset, end, 'date-header');
    if (READING_TIME.test(s) || SHARE_LINE.test(s)) return push(out, text, offset, end, 'furniture');
  }
  // staff and agency credits closing the copy: "Reporting by …; Editing by …", "Mit Material von dpa"
  if (s.length <= 240 && isStaffCredit(s)) return push(out, text, offset, end, 'furniture');
  const credits: Span[] = [];
  // credits close a line: only its last characters can hold one (keeps the scan linear)
  const from = Math.max(0, s.length - 220);
  const window = from === 0 ? s : s.slice(from);
  // a labelled credit needs a colon ("Foto:") or ©, (c), Copyright: test for those before the expression
  const labelled = window.includes(':') || window.includes('©') || window.includes('(c)') || window.includes('Copyright');
  const tail = (labelled ? LABELLED_CREDIT.exec(window) : null) ?? (window.includes('via ') ? VIA_CREDIT.exec(window) : null);
  const tailStart = tail === null ? s.length : from + tail.index;
  const lead = s.includes('/') ? AGENCY_CREDIT.exec(s) : null;
  if (lead !== null && lead.index + lead[0].length <= tailStart) {
    credits.push({ start: offset + lead.index, end: offset + lead.index + lead[0].length });
  }
  if (tail !== null) credits.push({ start: offset + tailStart, end: offset + tailStart + tail[0].length });
  if (credits.length === 0) return;
  // a credit makes its (short) line a photo caption; a long line only loses the credit itself
  const caption = end - offset <= MAX_CAPTION;
  let cursor = offset;
  for (const c of credits) {
    if (caption) push(out, text, cursor, c.start, 'caption');
    push(out, text, c.start, c.end, 'credit');
    cursor = c.end;
  }
  if (caption) push(out, text, cursor, end, 'caption');
}

function push(out: BoilerplateSpan[], text: string, start: number, end: number, reason: BoilerplateSpan['reason']): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, reason });
}
