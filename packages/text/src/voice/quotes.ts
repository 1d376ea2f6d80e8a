import { grow } from '../grow.js';
import type { Span, Token } from '../types.js';
import { isUpper, MAY_QUOTE } from './cues.js';
import type { Marked } from './marked.js';
import type { QuoteSpan } from './types.js';

// Opening mark -> closing marks it accepts. » and « open and close each other (German »…«, dpa/Swiss «…»);
// “ opens English quotations but closes German „…“; the roles are decided by what stands either side.
// All by UTF-16 code: „ 201e, “ 201c, ” 201d, " 22, » bb, « ab, ‚ 201a, ‘ 2018, ’ 2019, › 203a, ‹ 2039.
function closes(open: number, c: number): boolean {
  switch (open) {
    case 0x201e: return c === 0x201c || c === 0x201d || c === 0x22; // „ “ ” "
    case 0xbb: return c === 0xab; // » «
    case 0xab: return c === 0xbb; // « »
    case 0x22: return c === 0x22; // " "
    case 0x201c: return c === 0x201d; // “ ”
    case 0x201a: return c === 0x2018 || c === 0x2019; // ‚ ‘ ’
    case 0x203a: return c === 0x2039; // › ‹
    case 0x2039: return c === 0x203a; // ‹ ›
    case 0x2018: return c === 0x2019; // ‘ ’
    case 0x27: return c === 0x27; // ' ' (only short scare quotes: see handleMark)
    default: return false;
  }
}
/** A mark that can open a quotation: „ » « " “ ‚ › ‹ ‘ */
const isOpener = (c: number): boolean =>
  c === 0x201e || c === 0xbb || c === 0xab || c === 0x22 || c === 0x201c || c === 0x201a || c === 0x203a || c === 0x2039 || c === 0x2018 || c === APOSTROPHE;

/**
 * The ASCII apostrophe ' is mostly an apostrophe ("'s", "Klaus' Frau"; "geht's", "O'Brien" are one
 * word token and never reach here). As a quotation mark it counts only around a short stretch
 * (SINGLE_MAX_WORDS words, SINGLE_MAX_CHARS characters, no sentence punctuation, not an elision
 * like "'s", "'n"): "die 'Friedenstruppe'". Left open, it is dropped, never closed at the
 * paragraph's end; it is a mark only as a token of its own (not inside "''").
 */
const APOSTROPHE = 0x27;
const SINGLE_MAX_WORDS = 4;
const SINGLE_MAX_CHARS = 60;
/** Elided words after an apostrophe ("'s", "'n", "'ne", "'nen", "'m"): no quotation opens there. */
const ELISIONS: ReadonlySet<string> = new Set(['s', 'n', 'ne', 'nen', 'nem', 'ner', 'm', 'em']);
/** „ ‚ only open; ” ’ only close. */
const isOpenOnly = (c: number): boolean => c === 0x201e || c === 0x201a;
const isCloseOnly = (c: number): boolean => c === 0x201d || c === 0x2019;

/** A quotation mark: „ “ ” " » « ‚ ‘ ’ › ‹ */
function isMarkCode(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201b) || c === 0x2039 || c === 0x203a;
}

/**
 * The quotation marks of a document: `offset[i]` is the offset of mark i (ascending), `token[i]` the
 * index of its token; `n` marks.
 */
interface MarkList { n: number; offset: Int32Array; token: Int32Array }
/** The quotations still open, innermost last: offset, mark (UTF-16 code) and token of each opening mark. */
interface OpenStack { n: number; pos: Int32Array; mark: Int32Array; token: Int32Array }

/** The buffers `findQuotes` works in, reused from document to document by their owner (one per analyzer). */
export class QuoteScratch {
  readonly marks: MarkList = { n: 0, offset: new Int32Array(256), token: new Int32Array(256) };
  readonly stack: OpenStack = { n: 0, pos: new Int32Array(64), mark: new Int32Array(64), token: new Int32Array(64) };
}

/**
 * Collect the offsets of the quotation marks in punctuation tokens (not apostrophes inside words)
 * into `list`. Only the marked tokens whose form may hold a mark (bit MAY_QUOTE) are looked at.
 */
function markOffsets(text: string, tokens: Token[], flags: Int32Array, marked: Marked, list: MarkList): void {
  let n = 0;
  for (let i = 0; i < marked.n; i++) {
    const t = marked.at[i]!;
    if ((flags[t]! & MAY_QUOTE) === 0) continue;
    const tok = tokens[t]!;
    if (tok.kind !== 'punct') continue;
    if (tok.end - tok.start === 1 && text.charCodeAt(tok.start) === APOSTROPHE) {
      if (n === list.offset.length) {
        list.offset = grow(list.offset, n * 2);
        list.token = grow(list.token, n * 2);
      }
      list.offset[n] = tok.start;
      list.token[n++] = t;
      continue;
    }
    for (let j = tok.start; j < tok.end; j++) {
      if (!isMarkCode(text.charCodeAt(j))) continue;
      if (n === list.offset.length) {
        list.offset = grow(list.offset, n * 2);
        list.token = grow(list.token, n * 2);
      }
      list.offset[n] = j;
      list.token[n++] = t;
    }
  }
  list.n = n;
}

/** JavaScript's \s (WhiteSpace and LineTerminator) for one UTF-16 code unit. */
export function isWhiteSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** White space at offset `i`, or outside the text. */
function isSpaceAt(text: string, i: number): boolean {
  return i < 0 || i >= text.length || isWhiteSpace(text.charCodeAt(i));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit at offset `i` (a single UTF-16 code unit, as the marks' neighbours are read). */
function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(text[i]!);
}
/** ( [ { / – — - : before a mark let it open. */
const isOpenContext = (c: number): boolean =>
  c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2f || c === 0x2013 || c === 0x2014 || c === 0x2d || c === 0x3a;

/**
 * A detached opening mark (issue 23): „, », « or a straight " followed by one space and a letter, with white space,
 * a colon or the line start before it ("sagte: „ Wir bleiben hier. “"). It opens a *weak*
 * quotation, which only a detached or ordinary closing mark closes: left open at the paragraph end
 * it is dropped, so ditto marks („ „ „) and stray marks open nothing.
 */
const WEAK = 0x10000;
function opensDetached(text: string, i: number, ch: number): boolean {
  // also a straight " padded with spaces (review of 2026-12-07: `" Wir sind besorgt … ", sagte …`)
  if (ch !== 0x201e && ch !== 0xbb && ch !== 0xab && ch !== 0x22) return false;
  if (text.charCodeAt(i + 1) !== 0x20 || !isWordCharAt(text, i + 2)) return false;
  return isSpaceAt(text, i - 1) || text.charCodeAt(i - 1) === 0x3a;
}

function canOpen(text: string, i: number, ch: number): boolean {
  if (isCloseOnly(ch)) return false;
  if (isSpaceAt(text, i + 1)) return false;
  if (isOpenOnly(ch)) return !isWordCharAt(text, i - 1) || ch === 0x201e;
  if (isSpaceAt(text, i - 1)) return true;
  const prev = text.charCodeAt(i - 1);
  return isOpenContext(prev) || isMarkCode(prev);
}

function canClose(text: string, i: number, ch: number): boolean {
  if (isOpenOnly(ch)) return false;
  if (isSpaceAt(text, i - 1)) return false;
  // an apostrophe inside a word ("geht’s") is no closing mark
  if ((ch === 0x2019 || ch === 0x2018) && isWordCharAt(text, i - 1) && isWordCharAt(text, i + 1)) return false;
  return !isWordCharAt(text, i + 1);
}

function pushOpen(stack: OpenStack, pos: number, mark: number, token: number): void {
  if (stack.n === stack.pos.length) {
    const size = stack.n * 2;
    stack.pos = grow(stack.pos, size);
    stack.mark = grow(stack.mark, size);
    stack.token = grow(stack.token, size);
  }
  stack.pos[stack.n] = pos;
  stack.mark[stack.n] = mark;
  stack.token[stack.n++] = token;
}

/** Is the ASCII ' at `i` a plausible opening mark? White space (or an opening context) before it, a word after it that is not an elision. */
function canOpenSingle(text: string, i: number): boolean {
  if (!isWordCharAt(text, i + 1)) return false;
  if (!(isSpaceAt(text, i - 1) || isOpenContext(text.charCodeAt(i - 1)) || isMarkCode(text.charCodeAt(i - 1)))) return false;
  let e = i + 1;
  while (e < text.length && isWordCharAt(text, e)) e++;
  return !ELISIONS.has(text.slice(i + 1, e).toLowerCase());
}

/**
 * Does the ASCII ' at `i` close the one opened at `open`? A word (or . ! ?) before it and none after
 * it, a short stretch between, and not a genitive apostrophe ("Klaus' Frau": after s, x, z or ß
 * before a capitalised word).
 */
function closesSingle(text: string, open: number, i: number): boolean {
  if (!isWordCharAt(text, i - 1) || isWordCharAt(text, i + 1)) return false;
  if (i - open - 1 > SINGLE_MAX_CHARS || i - open - 1 < 2) return false;
  let spaces = 0;
  for (let k = open + 1; k < i; k++) {
    const c = text.charCodeAt(k);
    if (isWhiteSpace(c)) {
      if (++spaces >= SINGLE_MAX_WORDS) return false;
    } else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a || c === 0x0a) return false;
  }
  const before = text.charCodeAt(i - 1) | 0x20;
  if ((before === 0x73 || before === 0x78 || before === 0x7a || before === 0xdf) && isSpaceAt(text, i + 1) && i + 2 < text.length && isUpper(text, i + 2)) return false;
  return true;
}

/** An ASCII ' at `i`: close the innermost quotation if it is an open ' and the stretch is short, or open a new one. */
function handleSingle(stack: OpenStack, text: string, i: number, token: number, out: QuoteSpan[]): void {
  const k = stack.n - 1;
  if (k >= 0 && stack.mark[k] === APOSTROPHE && !isSpaceAt(text, i - 1)) {
    const pos = stack.pos[k]!;
    stack.n = k; // closed, or dropped: an apostrophe that is no quotation mark
    if (closesSingle(text, pos, i)) {
      out.push({ start: pos, end: i + 1, innerStart: pos + 1, innerEnd: i, open: APOSTROPHE, closed: true, token: stack.token[k]!, endToken: token + 1 });
      return;
    }
  }
  if (canOpenSingle(text, i)) pushOpen(stack, i, APOSTROPHE, token);
}

/** One mark at offset `i` (in token `token`): close the innermost open quotation it closes, or open a new one. */
function handleMark(stack: OpenStack, text: string, i: number, token: number, out: QuoteSpan[]): void {
  const ch = text.charCodeAt(i);
  if (ch === APOSTROPHE) {
    handleSingle(stack, text, i, token, out);
    return;
  }
  // a closing mark detached by a space closes only a detached opening mark („ Wir bleiben hier. “)
  const weakClose = stack.n > 0 && (stack.mark[stack.n - 1]! & WEAK) !== 0 && text.charCodeAt(i - 1) === 0x20 && !isWordCharAt(text, i + 1) && !isOpenOnly(ch);
  if (weakClose || canClose(text, i, ch)) {
    let k = stack.n - 1;
    while (k >= 0 && !closes(stack.mark[k]! & ~WEAK, ch)) k--;
    if (k >= 0 && (!weakClose || k === stack.n - 1 || canClose(text, i, ch))) {
      const pos = stack.pos[k]!;
      out.push({ start: pos, end: i + 1, innerStart: pos + 1, innerEnd: i, open: stack.mark[k]! & ~WEAK, closed: true, token: stack.token[k]!, endToken: token + 1 });
      stack.n = k; // inner marks left open are dropped
      return;
    }
  }
  if (isOpener(ch) && canOpen(text, i, ch)) pushOpen(stack, i, ch, token);
  else if (opensDetached(text, i, ch)) pushOpen(stack, i, ch | WEAK, token);
}

/**
 * Find quotations in `text`, nested ones included, in one pass. The search is bounded by
 * paragraphs: a mark still open at the end of a paragraph closes there, unless the next paragraph
 * opens with the same mark (the German convention for a quotation running over several
 * paragraphs), so an unbalanced mark never swallows the rest of the article.
 */
export function findQuotes(text: string, paragraphs: Span[], tokens: Token[], flags: Int32Array, marked: Marked, scratch: QuoteScratch): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack = scratch.stack;
  stack.n = 0;
  const marks = scratch.marks;
  markOffsets(text, tokens, flags, marked, marks);
  let m = 0; // next mark
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let i = para.start;
    // a continued quotation: this paragraph's first mark re-opens it rather than nesting a new one
    if (stack.n > 0) {
      const first = firstNonSpace(text, para.start, para.end);
      if (first >= 0 && text.charCodeAt(first) === stack.mark[0]! && stack.mark[0] !== APOSTROPHE) i = first + 1;
    }
    // the paragraph's marks from i on (tokens never run over a paragraph end)
    while (m < marks.n && marks.offset[m]! < i) m++;
    for (; m < marks.n && marks.offset[m]! < para.end; m++) handleMark(stack, text, marks.offset[m]!, marks.token[m]!, out);
    if (stack.n === 0) continue;
    const next = paragraphs[p + 1];
    const nextFirst = next === undefined ? -1 : firstNonSpace(text, next.start, next.end);
    if (nextFirst >= 0 && text.charCodeAt(nextFirst) === stack.mark[0]! && stack.mark[0] !== APOSTROPHE) {
      stack.n = 1; // keep only the outer quotation running into the next paragraph
      continue;
    }
    const end = trimEnd(text, para.start, para.end);
    for (let k = 0; k < stack.n; k++) {
      const pos = stack.pos[k]!;
      if (end <= pos + 1 || stack.mark[k] === APOSTROPHE || (stack.mark[k]! & WEAK) !== 0) continue; // an unclosed ' is an apostrophe; an unclosed detached mark no quotation
      const token = stack.token[k]!;
      let endToken = token + 1;
      while (endToken < tokens.length && tokens[endToken]!.start < end) endToken++;
      out.push({ start: pos, end, innerStart: pos + 1, innerEnd: end, open: stack.mark[k]!, closed: false, token, endToken });
    }
    stack.n = 0;
  }
  // by start, outer before inner: a quotation is pushed when it closes, so only nested ones are out
  // of order (an insertion sort, stable like Array.prototype.sort, allocates nothing)
  for (let i = 1; i < out.length; i++) {
    const q = out[i]!;
    let k = i;
    while (k > 0 && (out[k - 1]!.start - q.start || q.end - out[k - 1]!.end) > 0) {
      out[k] = out[k - 1]!;
      k--;
    }
    out[k] = q;
  }
  return out;
}

function firstNonSpace(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return i;
  return -1;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpaceAt(text, e - 1)) e--;
  return e;
}
