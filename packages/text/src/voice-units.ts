import type { Span, Token } from './types.js';
import { ANALYSE, CUE, formFlags, MAY_DISTANCE } from './voice-cues.js';
import type { QuoteSpan } from './voice-quotes.js';

/** One element of a sentence as voice detection sees it: a token, or a whole top-level quotation. */
export interface Item {
  kind: 'word' | 'number' | 'punct' | 'quote';
  norm: string;
  /** First letter upper case (nouns, names, sentence starts). */
  cap: boolean;
  start: number;
  end: number;
  /** For quote items: index into the quote list. */
  quote?: number | undefined;
  /** The form's voice flags (`formFlags` in voice-cues.ts); 0 for quote items. */
  flags: number;
}

/** A sentence, or several when a quotation runs over sentence ends. */
export interface Unit extends Span {
  paragraph: number;
  /** token index range [from, to) */
  from: number;
  to: number;
  /** holds a quotation or a cue word: only such units get the full analysis */
  cue: boolean;
  /**
   * needs the clause analysis: holds a quotation, a cue other than a distancing word (bit ANALYSE),
   * or "so" after punctuation ("…, so die Agentur"); a cue unit without these is authorial
   */
  analyse: boolean;
  /** holds a word that may be a distancing word (bit MAY_DISTANCE): only such units are searched for them */
  distance: boolean;
  /** the unit's tokens as items (a top-level quotation is one item); built on first use */
  items?: Item[];
}

/** A stretch of a unit between clause separators (, ; : and free-standing dashes). */
export interface Clause {
  /** item indexes [from, to) into the unit's items */
  from: number;
  to: number;
  /** the separator before this clause ("," ";" ":" "-"), or "" for the first */
  sep: string;
}

/** , ; : - – — (the clause separators) by char code. */
function isSeparatorNorm(norm: string): boolean {
  if (norm.length !== 1) return false;
  const c = norm.charCodeAt(0);
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2d || c === 0x2013 || c === 0x2014;
}

export function isSeparator(item: Item | undefined): boolean {
  return item !== undefined && item.kind === 'punct' && isSeparatorNorm(item.norm);
}

/**
 * Group sentences into units so that no top-level quotation crosses a unit boundary, and mark the
 * units that hold a quotation or a word for which `isCue(norm)` holds (read from the tokenizer's
 * per-form `flags` when given: bit CUE). One pass over the tokens.
 */
export function buildUnits(
  tokens: Token[], sentences: Span[], paragraphs: Span[], quotes: QuoteSpan[], isCue: (norm: string) => boolean,
  flags?: Uint16Array,
): Unit[] {
  const top = topLevel(quotes);
  const units: Unit[] = [];
  let p = 0;
  let t = 0;
  let q = 0; // next top-level quotation
  for (let s = 0; s < sentences.length; s++) {
    const start = sentences[s]!.start;
    let end = sentences[s]!.end;
    // extend over following sentences while a quotation runs past the end
    for (;;) {
      const qi = end > 0 ? quoteAt(quotes, top, end - 1) : -1;
      if (qi >= 0 && quotes[qi]!.end > end && s + 1 < sentences.length) {
        s++;
        end = Math.max(end, sentences[s]!.end);
      } else break;
    }
    while (p + 1 < paragraphs.length && paragraphs[p]!.end <= start) p++;
    while (t < tokens.length && tokens[t]!.start < start) t++;
    while (q < top.length && quotes[top[q]!]!.end <= start) q++;
    let analyse = q < top.length && quotes[top[q]!]!.start < end;
    let cue = analyse;
    let distance = false;
    let k = t;
    if (flags !== undefined) {
      for (; k < tokens.length && tokens[k]!.start < end; k++) {
        const f = flags[k]!;
        if ((f & CUE) === 0) continue;
        const tok = tokens[k]!;
        if (tok.kind !== 'word') continue;
        cue = true;
        if ((f & MAY_DISTANCE) !== 0) distance = true;
        if (!analyse && ((f & ANALYSE) !== 0 || soAfterPunct(tokens, t, k, f))) analyse = true;
      }
    } else {
      for (; k < tokens.length && tokens[k]!.start < end; k++) {
        const tok = tokens[k]!;
        if (tok.kind !== 'word' || !isCue(tok.norm)) continue;
        cue = true;
        const f = formFlags(tok.norm);
        if ((f & MAY_DISTANCE) !== 0) distance = true;
        if (!analyse && ((f & ANALYSE) !== 0 || soAfterPunct(tokens, t, k, f))) analyse = true;
      }
    }
    if (k > t) units.push({ start, end, paragraph: p, from: t, to: k, cue, analyse, distance });
    t = k;
  }
  return units;
}

/** "so" right after punctuation inside the unit: may open an inverted frame ("…, so die Agentur X"). */
function soAfterPunct(tokens: Token[], from: number, k: number, f: number): boolean {
  return (f & MAY_DISTANCE) !== 0 && k > from && tokens[k - 1]!.kind === 'punct' && tokens[k]!.norm === 'so';
}

/** The unit's items: tokens, with each top-level quotation as one item. */
export function itemsOf(text: string, tokens: Token[], quotes: QuoteSpan[], top: number[], unit: Unit, flags?: Uint16Array): Item[] {
  if (unit.items !== undefined) return unit.items;
  const items: Item[] = [];
  let k = unit.from;
  // top-level quotations are sorted and disjoint: walk them along with the tokens
  let tq = firstTopEndingAfter(quotes, top, tokens[k]!.start);
  while (k < unit.to) {
    const tok = tokens[k]!;
    let qi = -1;
    if (tok.kind === 'punct') {
      while (tq < top.length && quotes[top[tq]!]!.end <= tok.start) tq++;
      if (tq < top.length && quotes[top[tq]!]!.start <= tok.start) qi = top[tq]!;
    }
    if (qi >= 0) {
      const qs = quotes[qi]!;
      items.push({ kind: 'quote', norm: '', cap: false, start: qs.start, end: qs.end, quote: qi, flags: 0 });
      while (k < unit.to && tokens[k]!.start < qs.end) k++;
      continue;
    }
    const f = flags !== undefined ? flags[k]! : formFlags(tok.norm);
    items.push({ kind: tok.kind, norm: tok.norm, cap: isUpper(text, tok.start), start: tok.start, end: tok.end, quote: undefined, flags: f });
    k++;
  }
  unit.items = items;
  return items;
}

export function isUpper(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x61 && code <= 0x7a) return false; // a-z
  if (code >= 0x41 && code <= 0x5a) return true; // A-Z
  const c = text[i]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function topLevel(quotes: QuoteSpan[]): number[] {
  const out: number[] = [];
  let end = -1;
  for (let i = 0; i < quotes.length; i++) {
    if (quotes[i]!.start >= end) {
      out.push(i);
      end = quotes[i]!.end;
    }
  }
  return out;
}

/** Index into `top` of the first top-level quote ending after `pos` (binary search). */
function firstTopEndingAfter(quotes: QuoteSpan[], top: number[], pos: number): number {
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[top[mid]!]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the top-level quote containing offset `pos`, or -1 (binary search). */
function quoteAt(quotes: QuoteSpan[], top: number[], pos: number): number {
  let lo = 0;
  let hi = top.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const qs = quotes[top[mid]!]!;
    if (pos < qs.start) hi = mid - 1;
    else if (pos >= qs.end) lo = mid + 1;
    else return top[mid]!;
  }
  return -1;
}

/** Split a unit's items into clauses at separators. */
export function clauses(items: Item[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  let sep = '';
  for (let i = 0; i < items.length; i++) {
    if (!isSeparator(items[i])) continue;
    out.push({ from, to: i, sep });
    sep = items[i]!.norm;
    from = i + 1;
  }
  out.push({ from, to: items.length, sep });
  return out;
}
