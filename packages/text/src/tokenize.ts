import * as abbreviations from './abbreviations.js';
import * as chars from './char-class.js';
import { foldKey } from './normalize.js';
import { stem } from './stem.js';
import { formFlags, kindBits, MARK_BITS, tokenBits } from './voice/cues.js';
import type { Span, Token, TokenKind } from './types.js';

// One pass over the text with charCodeAt; no regular expression per token. The matching key and
// stem of each distinct surface form are computed once and memoised.

// Local bindings: module namespaces compiled to CommonJS (tsx, vitest) read exports through getters,
// which costs more than the whole scan in this hot loop.
const CLASS: Uint8Array = chars.CLASS;
const { OTHER, LETTER, DIGIT, SPACE, JOINER, HIGH } = chars;
const classAt = chars.classAt;
const isLowerAt = chars.isLowerAt;
const isUpperAt = chars.isUpperAt;
const ABBREVIATIONS = abbreviations.ABBREVIATIONS;
const MONTHS = abbreviations.MONTHS;
const ORDINAL_CUES = abbreviations.ORDINAL_CUES;

/**
 * Everything derived from one distinct surface form, computed once: the matching key, the stem and
 * the flags other passes read per token (voice cues). Forms live in an intern table with open
 * addressing on a hash of the form's UTF-16 code units, computed from the text: a form seen before
 * costs no substring and no Map lookup, only a comparison of its characters.
 */
interface Form {
  norm: string;
  stem: string;
  /** bit set from `tokenBits` (voice/cues.ts): `formFlags(norm)` and the token's kind bits */
  flags: number;
}
const MAX_FORMS = 1_000_000; // bound memory on unbounded vocabularies: start afresh when full
// The intern table: open addressing over slots of four integers, [hash, start, length, form id + 1]
// (0 = empty slot), so that a probe reads one cache line. `start` and `length` place the form's
// code units in `chars16`, all forms one after the other: comparing a candidate reads that array,
// not a string object per form.
let capacity = 1 << 14;
let mask = capacity - 1;
let table = new Int32Array(capacity * 4);
let forms: Form[] = [];
let chars16 = new Uint16Array(1 << 16);
let charsUsed = 0;

function resetForms(size: number): void {
  capacity = size;
  mask = size - 1;
  table = new Int32Array(size * 4);
}

function growForms(): void {
  const old = table;
  resetForms(capacity * 2);
  for (let i = 0; i < old.length; i += 4) {
    if (old[i + 3] === 0) continue;
    let slot = old[i]! & mask;
    while (table[slot * 4 + 3] !== 0) slot = (slot + 1) & mask;
    table.set(old.subarray(i, i + 4), slot * 4);
  }
}

/**
 * Per-token form flags of the token array `tokenize` made last (same order), for passes that test
 * every token (voice cues, sentence-final abbreviations) right after tokenizing, as `analyze` does;
 * undefined for any other array (those passes then look the norms up: same results, slower). One
 * entry, not a WeakMap of every array: a WeakMap entry per document, and the copy of the flags it
 * needs, cost about as much as the passes save.
 */
let flagBuffer = new Int32Array(4096);
let flaggedTokens: Token[] | undefined;
let flaggedLength = 0;

/**
 * The flags of `tokens` (index i: token i; the array may be longer than `tokens`), or undefined.
 * Only identity and length are checked: tokens replaced or reordered in place are not detected
 * (`flagsOf` on a copy computes their flags).
 */
export function tokenFlags(tokens: Token[]): Int32Array | undefined {
  return tokens === flaggedTokens && tokens.length === flaggedLength ? flagBuffer : undefined;
}

/**
 * The tokens `tokenize` made last whose flags have a MARK_BITS bit (voice/cues.ts: cue and
 * attribution words, forms that may hold a quotation mark), ascending: collected while tokenizing,
 * so voice detection need not scan every token's flags for the few it looks at.
 */
const marks = { at: new Int32Array(1024), n: 0 };

/** `marks.at[0 .. marks.n)` for `tokens`, or undefined (as `tokenFlags`). Valid until the next tokenize. */
export function tokenMarks(tokens: Token[]): { readonly at: Int32Array; readonly n: number } | undefined {
  return tokens === flaggedTokens && tokens.length === flaggedLength ? marks : undefined;
}

let otherFlags = new Int32Array(1024);
/** formFlags by norm, for token arrays without the tokenizer's flags (bounded: cleared when full) */
const NORM_FLAGS = new Map<string, number>();

/**
 * The per-token flags of any token array over `text`: the tokenizer's (`tokenFlags`) when it made
 * `tokens` last, else computed from each token's norm, kind and first letter into a reused buffer
 * (valid until the next call), the same bits `tokenize` would have stored.
 */
export function flagsOf(text: string, tokens: Token[]): Int32Array {
  const own = tokenFlags(tokens);
  if (own !== undefined) return own;
  if (otherFlags.length < tokens.length) otherFlags = new Int32Array(Math.max(tokens.length, otherFlags.length * 2));
  const out = otherFlags;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let f = NORM_FLAGS.get(t.norm);
    if (f === undefined) {
      if (NORM_FLAGS.size >= 100_000) NORM_FLAGS.clear();
      f = formFlags(t.norm);
      NORM_FLAGS.set(t.norm, f);
    }
    out[i] = f | kindBits(text, t.start, t.kind, t.norm);
  }
  return out;
}

const HYPHEN = 0x2d;
const DOT = 0x2e;
const COMMA = 0x2c;
const APOS = 0x27;
const BACKTICK = 0x60;
const AT = 0x40;
const NL = 0x0a;

/** Split text into word, number and punctuation tokens with UTF-16 offsets, in order, non-overlapping. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  flaggedTokens = undefined; // the buffers are rewritten below
  marks.n = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cls = CLASS[text.charCodeAt(i)] ?? OTHER;
    if (cls === HIGH) cls = classAt(text, i);
    if (cls === SPACE || cls === JOINER) i++;
    else if (cls === LETTER || cls === DIGIT) i = word(text, i, out);
    else i = punct(text, i, out);
  }
  flaggedTokens = out;
  flaggedLength = out.length;
  return out;
}

function isAlnum(text: string, i: number): boolean {
  if (i >= text.length) return false;
  let c = CLASS[text.charCodeAt(i)] ?? OTHER;
  if (c === HIGH) c = classAt(text, i);
  return c === LETTER || c === DIGIT;
}

function isLetter(text: string, i: number): boolean {
  if (i >= text.length) return false;
  let c = CLASS[text.charCodeAt(i)] ?? OTHER;
  if (c === HIGH) c = classAt(text, i);
  return c === LETTER;
}

let sawLetter = false;
/** `push`'s form hash of the code units scanAlnum just scanned (from its `j` to its return value) */
let scanHash = 0;

/** End of a run of letters and digits from `j` (invisible joiners inside are kept); sets `sawLetter` and `scanHash`. */
function scanAlnum(text: string, j: number): number {
  const n = text.length;
  let h = 0;
  while (j < n) {
    const u = text.charCodeAt(j);
    const c = CLASS[u] ?? OTHER;
    if (c === LETTER) { sawLetter = true; h = (Math.imul(h, 0x01000193) ^ u) | 0; j++; }
    else if (c === DIGIT) { h = (Math.imul(h, 0x01000193) ^ u) | 0; j++; }
    else if (c === JOINER && isAlnum(text, j + 1)) { h = (Math.imul(h, 0x01000193) ^ u) | 0; j++; }
    else if (c === HIGH) {
      const k = classAt(text, j);
      if (k === LETTER) sawLetter = true;
      else if (k !== DIGIT) break;
      h = (Math.imul(h, 0x01000193) ^ u) | 0;
      h = (Math.imul(h, 0x01000193) ^ text.charCodeAt(j + 1)) | 0;
      j += 2;
    } else break;
  }
  scanHash = h;
  return j;
}

function isHyphen(c: number): boolean {
  return c === HYPHEN || c === 0x2010 || c === 0x2011;
}

function isApostrophe(c: number): boolean {
  return c === APOS || c === 0x2019 || c === 0x02bc;
}

/** A word or number starting at `start`; returns its end. */
function word(text: string, start: number, out: Token[]): number {
  const n = text.length;
  const url = scanUrl(text, start);
  if (url > 0) return push(out, text, start, url, 'word', undefined, true);

  sawLetter = false;
  let j = scanAlnum(text, start);
  // the common case, a plain word or number, ends where this first run ends: its hash is then already known
  const firstEnd = j;
  const firstHash = scanHash;
  let letters = sawLetter;
  let parts: Span[] | undefined;
  let partStart = start;
  for (;;) {
    const c = text.charCodeAt(j);
    if (isHyphen(c)) {
      if (isAlnum(text, j + 1)) {
        // hyphenated compound: Anti-Terror-Operation, OVKS-Truppen, 81-jähriger
        (parts ??= []).push({ start: partStart, end: j });
        partStart = j + 1;
        sawLetter = false;
        j = scanAlnum(text, j + 1);
        letters ||= sawLetter;
        continue;
      }
      // truncated coordination keeps its hyphen: "Öl- und Uran-Exporteur", "Gas- und Öl-Exporten"
      const d = text.charCodeAt(j + 1);
      if (letters && (j + 1 >= n || (CLASS[d] ?? OTHER) === SPACE || d === COMMA || d === 0x2f)) {
        j++;
        break;
      }
      break;
    }
    if (c === DOT || c === COMMA) {
      // numbers: 1.800, 1,9, 6.1.2021, 2.20
      if (!letters && parts === undefined && isDigitAt(text, j + 1)) {
        sawLetter = false;
        j = scanAlnum(text, j + 1);
        letters = sawLetter;
        continue;
      }
      if (c === DOT && isLetter(text, j + 1)) {
        const e = scanEmail(text, start);
        if (e > 0) return push(out, text, start, e, 'word', undefined, true);
        const d = scanDotted(text, start, j);
        if (d > 0) return push(out, text, start, d, 'word', undefined, true);
      }
      break;
    }
    if (isApostrophe(c) && letters && isLetter(text, j + 1)) {
      // elision: geht's, gibt’s, O'Brien
      j = scanAlnum(text, j + 1);
      continue;
    }
    if (c === AT || c === 0x5f || c === 0x2b) {
      const e = scanEmail(text, start);
      if (e > 0) return push(out, text, start, e, 'word', undefined, true);
    }
    break;
  }
  if (parts !== undefined) parts.push({ start: partStart, end: j });

  if (text.charCodeAt(j) === DOT && text.charCodeAt(j - 1) !== HYPHEN) {
    if (!letters && parts === undefined) {
      if (isOrdinal(text, start, j, out)) j++;
    } else if (parts === undefined && keepsDot(text, start, j)) j++;
  }
  return push(out, text, start, j, letters ? 'word' : 'number', parts, false, j === firstEnd ? firstHash : undefined);
}

function isSentenceMark(norm: string): boolean {
  return norm === '.' || norm === '!' || norm === '?' || norm === '...' || norm === '…';
}

function isDigitAt(text: string, i: number): boolean {
  return (CLASS[text.charCodeAt(i)] ?? OTHER) === DIGIT;
}

/** "Dr.", "bzw.", "St.", single letters ("z.", "B.", initials "J."): the dot belongs to the word. */
function keepsDot(text: string, start: number, end: number): boolean {
  if (end - start === 1) return true;
  return ABBREVIATIONS.has(text.slice(start, end));
}

/**
 * "16." before a lower-case word, a month, a number, or after an article or preposition
 * ("des 16. Jahrhunderts", "am 31. Mai", "der 35. Kommandeurstagung") is an ordinal and keeps its dot;
 * "seit 2013." at the end of a sentence does not.
 */
function isOrdinal(text: string, start: number, dot: number, out: Token[]): boolean {
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
    if (MONTHS.has(text.slice(k, e).toLowerCase())) return true;
  }
  if (!plain) return false;
  if (prev !== undefined && ORDINAL_CUES.has(prev.norm)) return true;
  // list numbering at the start of a line: "1. Punkt"
  let b = start - 1;
  while (b >= 0 && text.charCodeAt(b) !== NL && (CLASS[text.charCodeAt(b)] ?? OTHER) === SPACE) b--;
  return b < 0 || text.charCodeAt(b) === NL;
}

/** "z.B.", "d.h.", "u.a.", "U.S.A.": single letters joined by dots, final dot included. */
function scanDotted(text: string, start: number, dot: number): number {
  const n = text.length;
  if (dot - start === 1) {
    let k = dot;
    while (k + 2 <= n && text.charCodeAt(k) === DOT && isLetter(text, k + 1) && !isAlnum(text, k + 2)) k += 2;
    if (k > dot && text.charCodeAt(k) === DOT) return k + 1;
  }
  // domains: nd-aktuell.de, vlast.kz (last label 2-6 lower-case ASCII letters)
  let k = dot;
  let labelStart = dot + 1;
  while (text.charCodeAt(k) === DOT && isAlnum(text, k + 1)) {
    labelStart = k + 1;
    k = scanAlnum(text, k + 1);
    while (isHyphen(text.charCodeAt(k)) && isAlnum(text, k + 1)) k = scanAlnum(text, k + 1);
  }
  const len = k - labelStart;
  if (len < 2 || len > 6) return 0;
  for (let q = labelStart; q < k; q++) {
    const c = text.charCodeAt(q);
    if (c < 0x61 || c > 0x7a) return 0;
  }
  return k;
}

const URL_PREFIXES = ['https://', 'http://', 'www.', 'ftp://'];

/** A URL from `start` (http://, https://, www.) up to white space, without trailing punctuation. */
function scanUrl(text: string, start: number): number {
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
  return c === DOT || c === COMMA || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === APOS || c === 0x22;
}

/** An e-mail address from `start`: local@domain.tld. */
function scanEmail(text: string, start: number): number {
  const n = text.length;
  let k = start;
  while (k < n && (isAlnum(text, k) || isLocalPunct(text.charCodeAt(k)))) k++;
  if (text.charCodeAt(k) !== AT || !isAlnum(text, k + 1)) return 0;
  k++;
  let lastDot = -1;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (isAlnum(text, k)) k++;
    else if ((c === DOT || c === HYPHEN) && isAlnum(text, k + 1)) { if (c === DOT) lastDot = k; k++; }
    else break;
  }
  return lastDot > 0 ? k : 0;
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

/** A punctuation or symbol token from `i`; returns its end. */
function punct(text: string, i: number, out: Token[]): number {
  const c = text.charCodeAt(i);
  const n = text.length;
  let e = i + 1;
  if ((c === BACKTICK || c === APOS) && text.charCodeAt(i + 1) === c) e = i + 2; // `` and '' (TIGER/LaTeX style)
  else if (c === HYPHEN || c === DOT) {
    while (e < n && text.charCodeAt(e) === c) e++; // "--" and "..." are one mark; "!!" are two (UD)
  } else if ((c === 0x3a || c === 0x3b) && emoticon(text, i) > i) {
    return push(out, text, i, emoticon(text, i), 'punct', undefined);
  } else if ((c === AT || c === 0x23) && isAlnum(text, i + 1)) {
    // @handles and #hashtags
    e = scanAlnum(text, i + 1);
    while ((text.charCodeAt(e) === 0x5f || text.charCodeAt(e) === DOT) && isAlnum(text, e + 1)) e = scanAlnum(text, e + 1);
    return push(out, text, i, e, 'word', undefined, true);
  } else if ((CLASS[c] ?? OTHER) === HIGH && i + 1 < n) e = i + 2;
  return push(out, text, i, e, 'punct', undefined);
}

/** Append a token; `raw` forms (URLs, e-mail addresses, handles, dotted abbreviations) are not stemmed. */
/** ":-)", ";-)", ":)", ":-(" as one token; returns `i` when there is none. */
function emoticon(text: string, i: number): number {
  let k = i + 1;
  if (text.charCodeAt(k) === HYPHEN) k++;
  const c = text.charCodeAt(k);
  return c === 0x29 || c === 0x28 || c === 0x44 || c === 0x50 ? k + 1 : i;
}

function push(
  out: Token[], text: string, start: number, end: number, kind: TokenKind, parts: Span[] | undefined, raw = false,
  /** the hash below of text[start, end), when the caller computed it while scanning */
  known?: number,
): number {
  let h = 0;
  if (known !== undefined) h = known;
  else for (let k = start; k < end; k++) h = (Math.imul(h, 0x01000193) ^ text.charCodeAt(k)) | 0;
  h ^= h >>> 16;
  let slot = h & mask;
  const len = end - start;
  let id: number;
  for (;;) {
    const at = slot * 4;
    id = table[at + 3]!;
    if (id === 0 || (table[at] === h && table[at + 2] === len && sameChars(table[at + 1]!, text, start, len))) break;
    slot = (slot + 1) & mask;
  }
  const f = id === 0 ? addForm(text.slice(start, end), kind, raw, h, slot) : forms[id - 1]!;
  const index = out.length;
  if (index >= flagBuffer.length) {
    const grown = new Int32Array(flagBuffer.length * 2);
    grown.set(flagBuffer);
    flagBuffer = grown;
  }
  flagBuffer[index] = f.flags;
  if ((f.flags & MARK_BITS) !== 0) {
    if (marks.n === marks.at.length) {
      const grown = new Int32Array(marks.n * 2);
      grown.set(marks.at);
      marks.at = grown;
    }
    marks.at[marks.n++] = index;
  }
  if (parts === undefined) out.push({ start, end, norm: f.norm, stem: kind === 'punct' ? '' : f.stem, kind });
  else out.push({ start, end, norm: f.norm, stem: kind === 'punct' ? '' : f.stem, kind, parts });
  return end;
}

/** Whether the stored form at `at` in `chars16` has the code units of text[start, start + len). */
function sameChars(at: number, text: string, start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (chars16[at + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

/** A form not seen before: its key, stem and flags, entered at `slot` (the free slot its probe ended on). */
function addForm(slice: string, kind: TokenKind, raw: boolean, h: number, slot: number): Form {
  // a copy: a slice of 13 or more code units would keep the whole article text alive in the table
  const surface = slice.length < 13 ? slice : (JSON.parse(JSON.stringify(slice)) as string);
  const norm = foldKey(surface);
  const f: Form = { norm, stem: kind === 'word' && !raw ? stemWord(norm) : norm, flags: tokenBits(surface, kind, norm) };
  if (forms.length >= MAX_FORMS) {
    resetForms(1 << 14);
    forms = [];
    charsUsed = 0;
    slot = h & mask;
  } else if (2 * (forms.length + 1) > capacity) {
    growForms();
    slot = h & mask;
    while (table[slot * 4 + 3] !== 0) slot = (slot + 1) & mask;
  }
  if (charsUsed + surface.length > chars16.length) {
    const grown = new Uint16Array(Math.max(chars16.length * 2, charsUsed + surface.length));
    grown.set(chars16);
    chars16 = grown;
  }
  for (let k = 0; k < surface.length; k++) chars16[charsUsed + k] = surface.charCodeAt(k);
  forms.push(f);
  const at = slot * 4;
  table[at] = h;
  table[at + 1] = charsUsed;
  table[at + 2] = surface.length;
  table[at + 3] = forms.length;
  charsUsed += surface.length;
  return f;
}

/** Stem of a word key; a hyphenated compound stems its head (last part): ovks-truppen → ovks-trupp. */
function stemWord(norm: string): string {
  const h = norm.lastIndexOf('-');
  if (h < 0) return stem(norm);
  if (h === norm.length - 1) return norm; // truncated "öl-"
  return norm.slice(0, h + 1) + stem(norm.slice(h + 1));
}
