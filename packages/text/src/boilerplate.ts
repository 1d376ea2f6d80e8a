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
// A leading metadata line: " date 2022-01", "Datum: 07.01.2022", "Stand: 6.1.2022".
const DATE_HEADER = /^\s*(?:date|Date|Datum|Stand|Veröffentlicht(?:\s+am)?)\s*:?\s*(?:\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?)/u;
// Teaser lines that link to other articles.
const TEASER = /^(?:Lesen Sie (?:dazu |hier |jetzt |mehr |bitte )?(?:auch|mehr|weiter)|Mehr zum Thema|Mehr dazu|Mehr lesen|Weiterlesen|Zum Thema|Auch interessant|Das könnte Sie auch interessieren|Hier lesen Sie|Lesen Sie hier|Empfohlener redaktioneller Inhalt|Anzeige)\b/u;

const MAX_CAPTION = 600; // a photo caption is short; longer lines only lose their credit

/**
 * Boilerplate inside article text, kept and labelled so the report can show what was excluded:
 * - `date-header`: a metadata date at the very start (" date 2022-01");
 * - `credit`: a photo credit ("Foto: dpa", "Pavel Mikheyev/REUTERS", "… via AFP", "© …");
 * - `caption`: the rest of a line (at most one short paragraph) that carries a credit: the caption
 *   sentence(s) before "Foto: dpa" and the caption after a leading credit;
 * - `teaser`: a line linking to other articles ("Lesen Sie dazu auch", "Mehr zum Thema").
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
