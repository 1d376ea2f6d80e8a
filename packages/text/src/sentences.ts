import * as chars from './char-class.js';
import { german } from './lang/de/index.js';
import type { Language } from './lang/types.js';
import type { Span, Token } from './types.js';
import { SENTENCE_FINAL } from './voice/cues.js';
import type { Int32Arena } from './grow.js';

// local bindings (see tokenize.ts)
const isLowerAt = chars.isLowerAt;
const isUpperAt = chars.isUpperAt;
const DOT = 0x2e;
const NL = 0x0a;

/** Closing quotation marks and brackets that stay with the sentence they end when glued to its last mark. */
function isCloser(c: number): boolean {
  return (
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xbb || c === 0xab || c === 0x203a ||
    c === 0x2039 || c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d
  );
}

/** Opening quotation marks and brackets that may start a sentence. */
function isOpener(c: number): boolean {
  return (
    c === 0x201e || c === 0x201a || c === 0xbb || c === 0xab || c === 0x203a || c === 0x2039 || c === 0x22 ||
    c === 0x27 || c === 0x60 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018 || c === 0x2d ||
    c === 0x2013 || c === 0x2014
  );
}

/** "." "!" "?" "…" "..." "?!" end a sentence; an abbreviation or ordinal that keeps its dot does not. */
function isTerminal(text: string, t: Token, flags: number, language: Language): boolean {
  if (t.kind !== 'punct') return t.kind === 'word' && (flags < 0 ? language.sentenceFinalAbbreviations.has(t.norm) : (flags & SENTENCE_FINAL) !== 0);
  const c = text.charCodeAt(t.start);
  return c === DOT || c === 0x21 || c === 0x3f || c === 0x2026;
}

/**
 * Line breaks between `a` and `b` (offsets): 0 none, 1 a single line break, 2 a blank line
 * (a line with only white space).
 */
function breaksBetween(text: string, a: number, b: number): number {
  let lines = 0;
  for (let k = a; k < b; k++) {
    if (text.charCodeAt(k) === NL) {
      lines++;
      if (lines >= 2) return 2;
    }
  }
  return lines;
}

/**
 * Sentence spans over `tokens` (from `tokenize(text)`). A sentence ends at terminal punctuation
 * (plus any closing quotes or brackets glued to it) when the next token starts a sentence
 * (capital letter, digit, opening quote or bracket); at every blank line; and at a line break,
 * so that a line without terminal punctuation (a subheading, a caption) is its own unit. A line
 * break before a lower-case word that continues an unfinished line is read as a hard wrap.
 */
export function sentences(text: string, tokens: Token[], language: Language = german): Span[] {
  return splitSentences(text, tokens, undefined, undefined, language).spans;
}

/** Sentence spans, and which tokens each holds: sentence `s` is tokens [firsts[s], firsts[s + 1]) (sentences cover the tokens without gaps). */
export interface Sentences {
  spans: Span[];
  /** the first token of each sentence, then the number of tokens (length `spans.length + 1`) */
  firsts: Int32Array;
}

/**
 * `sentences`, with each sentence's first token. `flags`: the tokens' form flags from the
 * tokenizer (bit SENTENCE_FINAL for "usw.", "etc."), or undefined to look the norms up; `arena`
 * (the tokenizer's) to carve the `firsts` column from.
 */
export function splitSentences(
  text: string, tokens: Token[], flags: Int32Array | undefined, arena?: Int32Arena, language: Language = german,
): Sentences {
  const out: Span[] = [];
  const n = tokens.length;
  const firsts: number[] = [];
  let first = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next === undefined) break;
    const gap = breaksBetween(text, t.end, next.start);
    let end = false;
    if (gap === 2) end = true;
    else if (isTerminal(text, t, flags !== undefined ? flags[i]! : -1, language)) {
      // keep closing quotes/brackets glued to the terminal mark with this sentence
      let j = i;
      while (j + 1 < n) {
        const q = tokens[j + 1]!;
        if (q.start !== tokens[j]!.end || q.kind !== 'punct' || !isCloser(text.charCodeAt(q.start))) break;
        j++;
      }
      const after = tokens[j + 1];
      if (after === undefined) { i = j; break; }
      if (breaksBetween(text, tokens[j]!.end, after.start) > 0 || startsSentence(text, after) || (j === i && lowerCaseBreak(text, t, after, language))) {
        i = j;
        end = true;
      }
    } else if (gap === 1 && !(isLowerAt(text, next.start) && !isTerminal(text, t, flags !== undefined ? flags[i]! : -1, language))) end = true;
    if (end) {
      firsts.push(first);
      out.push({ start: tokens[first]!.start, end: tokens[i]!.end });
      first = i + 1;
    }
  }
  if (first < n) {
    firsts.push(first);
    out.push({ start: tokens[first]!.start, end: tokens[n - 1]!.end });
  }
  firsts.push(n);
  const column = arena !== undefined ? arena.take(firsts.length) : new Int32Array(firsts.length);
  for (let s = 0; s < firsts.length; s++) column[s] = firsts[s]!;
  return { spans: out, firsts: column };
}

/** `Language.lowerCaseSentences`: ". ! ?" (one mark or a run such as "?!", not "…") before a lower-case word. */
function lowerCaseBreak(text: string, t: Token, after: Token, language: Language): boolean {
  if (!language.lowerCaseSentences || t.kind !== 'punct' || after.kind !== 'word' || !isLowerAt(text, after.start)) return false;
  if (after.start === t.end) return false; // "e.g" or "file.doc" written together
  const c = text.charCodeAt(t.start);
  return (c === DOT && t.end - t.start === 1) || c === 0x21 || c === 0x3f;
}

function startsSentence(text: string, t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'punct') return isOpener(text.charCodeAt(t.start));
  return isUpperAt(text, t.start) || !isLowerAt(text, t.start);
}

/**
 * Paragraphs: blocks of text between blank lines, trimmed of surrounding white space. Line by line
 * with `indexOf`: only the white space at either end of a line is looked at.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = -1; // first non-space character of the current block
  let last = -1; // end of its last non-space character
  let lineStart = 0;
  for (;;) {
    let lineEnd = text.indexOf('\n', lineStart);
    const broken = lineEnd >= 0;
    if (!broken) lineEnd = n;
    let a = lineStart;
    while (a < lineEnd && isSpace(text.charCodeAt(a))) a++;
    if (a === lineEnd) {
      // a blank line ends the block before it
      if (broken && start >= 0) {
        out.push({ start, end: last });
        start = -1;
      }
    } else {
      if (start < 0) start = a;
      let b = lineEnd;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      last = b;
    }
    if (!broken) break;
    lineStart = lineEnd + 1;
  }
  if (start >= 0) out.push({ start, end: last });
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x2007 || c === 0x202f ||
    c === 0xfeff || c === 0x200b || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}
