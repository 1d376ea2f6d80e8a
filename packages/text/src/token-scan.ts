import * as chars from './char-class.js';
import type { Language } from './lang/types.js';
import type { Token } from './types.js';

// The tokenizer's look-ahead helpers: pure functions of the text (tokenize.ts holds the one pass).

// Local bindings: module namespaces compiled to CommonJS (tsx, vitest) read exports through getters,
// which costs more than the whole scan in this hot loop.
const CLASS: Uint8Array = chars.CLASS;
const { OTHER, LETTER, DIGIT, SPACE, JOINER, HIGH } = chars;
const classAt = chars.classAt;
const isLowerAt = chars.isLowerAt;
const isUpperAt = chars.isUpperAt;

export const HYPHEN = 0x2d;
export const DOT = 0x2e;
export const COMMA = 0x2c;
export const APOS = 0x27;
export const BACKTICK = 0x60;
export const AT = 0x40;
const NL = 0x0a;

export function isAlnum(text: string, i: number): boolean {
  if (i >= text.length) return false;
  let c = CLASS[text.charCodeAt(i)] ?? OTHER;
  if (c === HIGH) c = classAt(text, i);
  return c === LETTER || c === DIGIT;
}

export function isLetter(text: string, i: number): boolean {
  if (i >= text.length) return false;
  let c = CLASS[text.charCodeAt(i)] ?? OTHER;
  if (c === HIGH) c = classAt(text, i);
  return c === LETTER;
}

/** End of a run of letters and digits from `j` (invisible joiners inside are kept): `Tokenizer.scanAlnum` without the hash. */
export function alnumEnd(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const c = CLASS[text.charCodeAt(j)] ?? OTHER;
    if (c === LETTER || c === DIGIT) j++;
    else if (c === JOINER && isAlnum(text, j + 1)) j++;
    else if (c === HIGH) {
      const k = classAt(text, j);
      if (k !== LETTER && k !== DIGIT) break;
      j += 2;
    } else break;
  }
  return j;
}

export function isHyphen(c: number): boolean {
  return c === HYPHEN || c === 0x2010 || c === 0x2011;
}

export function isApostrophe(c: number): boolean {
  return c === APOS || c === 0x2019 || c === 0x02bc;
}

function isSentenceMark(norm: string): boolean {
  return norm === '.' || norm === '!' || norm === '?' || norm === '...' || norm === '…';
}

export function isDigitAt(text: string, i: number): boolean {
  return (CLASS[text.charCodeAt(i)] ?? OTHER) === DIGIT;
}

/**
 * "Dr.", "bzw.", "St.", single letters ("z.", "B.", initials "J."): the dot belongs to the word;
 * not when an ellipsis starts there ("etc..." is "etc" and "...", but "Inc.." is "Inc." and ".").
 */
export function keepsDot(text: string, start: number, end: number, language: Language): boolean {
  if (text.charCodeAt(end + 1) === DOT && text.charCodeAt(end + 2) === DOT) return false;
  if (end - start === 1) return language.lowerCaseInitials || isUpperAt(text, start);
  return language.abbreviations.has(text.slice(start, end));
}

/**
 * "16." before a lower-case word, a month, a number, or after an article or preposition
 * ("des 16. Jahrhunderts", "am 31. Mai", "der 35. Kommandeurstagung") is an ordinal and keeps its dot;
 * "seit 2013." at the end of a sentence does not.
 */
export function isOrdinal(text: string, start: number, dot: number, out: Token[], language: Language): boolean {
  if (!language.ordinalDot) return false;
  const n = text.length;
  let k = dot + 1;
  if (k < n && isLetter(text, k)) return true; // "3.Liga"
  while (k < n && (CLASS[text.charCodeAt(k)] ?? OTHER) === SPACE && text.charCodeAt(k) !== NL) k++;
  if (k >= n || text.charCodeAt(k) === NL || k === dot + 1) return false;
  if (isLowerAt(text, k)) return true;
  if (isDigitAt(text, k)) return true;
  const plain = dot - start <= 3 && text.indexOf('.', start) === dot;
  const prev = out[out.length - 1];
  // enumeration after a finished sentence: "… fest. 2. Soziale Bewegungen …"
  if (plain && dot - start <= 2 && (prev === undefined || isSentenceMark(prev.norm))) return true;
  if (isUpperAt(text, k)) {
    let e = k + 1;
    while (e < n && isLetter(text, e)) e++;
    if (language.months.has(text.slice(k, e).toLowerCase())) return true;
  }
  if (!plain) return false;
  if (prev !== undefined && language.ordinalCues.has(prev.norm)) return true;
  // list numbering at the start of a line: "1. Punkt"
  let b = start - 1;
  while (b >= 0 && text.charCodeAt(b) !== NL && (CLASS[text.charCodeAt(b)] ?? OTHER) === SPACE) b--;
  return b < 0 || text.charCodeAt(b) === NL;
}

/**
 * The end of an abbreviation whose dot ends at `end`: `end`, or `end - 1` when the language gives
 * the dot to the full stop at the end of a text or paragraph (English "in the U.S" + ".").
 */
export function finalDot(text: string, end: number, language: Language): number {
  if (language.finalAbbreviationDot !== true || text.charCodeAt(end - 1) !== DOT) return end;
  let k = end;
  while (k < text.length && (CLASS[text.charCodeAt(k)] ?? OTHER) === SPACE && text.charCodeAt(k) !== NL) k++;
  return k >= text.length || text.charCodeAt(k) === NL ? end - 1 : end;
}

/** "70's", "1990's": a number ending in 0 and "'s", the plural of a decade (not a possessive). */
export function isDecadePlural(text: string, start: number, apostrophe: number): boolean {
  return text.charCodeAt(apostrophe - 1) === 0x30 && (text.charCodeAt(apostrophe + 1) | 0x20) === 0x73 && !isAlnum(text, apostrophe + 2) && apostrophe - start >= 2;
}

/** "#1": a number sign before digits only, not a hashtag. */
export function isNumberSign(text: string, i: number): boolean {
  const e = alnumEnd(text, i + 1);
  for (let k = i + 1; k < e; k++) if (!isDigitAt(text, k)) return false;
  return true;
}

/**
 * "z.B.", "d.h.", "u.a.", "U.S.A.": single letters joined by dots, final dot included; capitals
 * without the final dot ("in the U.S for years") too. Host, domain and file names: "vlast.kz",
 * "Newsfeed.Com", "report_2022.doc"; newsgroup names of three or more lower-case labels
 * ("alt.animals.breeders.rabbits", "comp.lang.c").
 */
export function scanDotted(text: string, start: number, dot: number): number {
  const n = text.length;
  if (dot - start === 1) {
    let k = dot;
    while (k + 2 <= n && text.charCodeAt(k) === DOT && isLetter(text, k + 1) && !isAlnum(text, k + 2)) k += 2;
    if (k > dot && text.charCodeAt(k) === DOT) return k + 1;
    if (k > dot && allUpper(text, start, k)) return k;
  }
  // domains: nd-aktuell.de, vlast.kz (last label 2-6 lower-case ASCII letters, or a generic TLD in any case)
  let k = dot;
  let labelStart = dot + 1;
  let labels = 1;
  while (text.charCodeAt(k) === DOT && isAlnum(text, k + 1)) {
    labelStart = k + 1;
    labels++;
    k = alnumEnd(text, k + 1);
    while (isHyphen(text.charCodeAt(k)) && isAlnum(text, k + 1)) k = alnumEnd(text, k + 1);
  }
  const len = k - labelStart;
  if (labels >= 3 && len > 0 && lowerAscii(text, start, k)) return k; // newsgroup and host names
  if (len < 2) return 0;
  if (GENERIC_TLDS.has(text.slice(labelStart, k).toLowerCase())) return k;
  return len <= 6 && lowerAscii(text, labelStart, k) && !text.slice(labelStart, k).includes('-') ? k : 0;
}

/** Generic top-level domains, recognised in any case ("Newsfeed.Com", "AMAZON.COM"). */
const GENERIC_TLDS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz']);

/** Whether text[a, b) is lower-case ASCII letters, digits, dots, hyphens and underscores only. */
function lowerAscii(text: string, a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const c = text.charCodeAt(q);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === DOT || c === HYPHEN || c === 0x5f)) return false;
  }
  return true;
}

/** Whether the letters in text[a, b) are all upper-case. */
function allUpper(text: string, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (isLetter(text, q) && !isUpperAt(text, q)) return false;
  return true;
}

const URL_PREFIXES = ['https://', 'http://', 'www.', 'ftp://'];

/** A URL from `start` (http://, https://, www.) up to white space, without trailing punctuation. */
export function scanUrl(text: string, start: number): number {
  const c = text.charCodeAt(start) | 0x20;
  if (c !== 0x68 && c !== 0x77 && c !== 0x66) return 0;
  const c1 = text.charCodeAt(start + 1) | 0x20;
  const c2 = text.charCodeAt(start + 2) | 0x20;
  if (!((c === 0x68 && c1 === 0x74 && c2 === 0x74) || (c === 0x77 && c1 === 0x77 && c2 === 0x77) || (c === 0x66 && c1 === 0x74 && c2 === 0x70))) return 0;
  const head = text.slice(start, start + 8).toLowerCase();
  if (!URL_PREFIXES.some((p) => head.startsWith(p))) return 0;
  let k = start;
  const n = text.length;
  while (k < n && (CLASS[text.charCodeAt(k)] ?? OTHER) !== SPACE && !isQuoteCode(text.charCodeAt(k))) k++;
  while (k > start && isTrailingUrlPunct(text.charCodeAt(k - 1))) k--;
  return k > start + 4 ? k : 0;
}

function isTrailingUrlPunct(c: number): boolean {
  return (
    c === DOT || c === COMMA || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d || c === 0x3e ||
    c === APOS || c === 0x22
  );
}

/**
 * An e-mail address from `start`: local@domain.tld, a masked one as mailing-list archives print it
 * ("julie...@bellsouth.net"), or a host-less mail-system address ("Warner@ENRON").
 */
export function scanEmail(text: string, start: number): number {
  const n = text.length;
  let k = start;
  while (k < n && (isAlnum(text, k) || isLocalPunct(text.charCodeAt(k)))) k++;
  if (text.charCodeAt(k) !== AT || !isAlnum(text, k + 1) || (!isAlnum(text, k - 1) && text.charCodeAt(k - 1) !== DOT)) return 0;
  k++;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (isAlnum(text, k)) k++;
    else if ((c === DOT || c === HYPHEN) && isAlnum(text, k + 1)) k++;
    else break;
  }
  return k;
}

function isLocalPunct(c: number): boolean {
  return c === DOT || c === 0x5f || c === 0x2b || c === HYPHEN;
}

/** Quotation marks, each its own token: „ “ ” ‚ ‘ ’ » « › ‹ " ' ` ´ (and `` '' as one mark each). */
export function isQuoteCode(c: number): boolean {
  return (
    c === 0x22 || c === APOS || c === BACKTICK || c === 0xb4 || c === 0x201e || c === 0x201c || c === 0x201d ||
    c === 0x201a || c === 0x2018 || c === 0x2019 || c === 0xbb || c === 0xab || c === 0x203a || c === 0x2039 ||
    c === 0x201f || c === 0x201b || c === 0x300c || c === 0x300d
  );
}

/** ":-)", ";-)", ":)", ":-(" as one token; returns `i` when there is none. */
export function emoticon(text: string, i: number): number {
  let k = i + 1;
  if (text.charCodeAt(k) === HYPHEN) k++;
  const c = text.charCodeAt(k);
  return c === 0x29 || c === 0x28 || c === 0x44 || c === 0x50 ? k + 1 : i;
}
