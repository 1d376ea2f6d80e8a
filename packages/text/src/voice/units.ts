import type { Span, Token } from '../types.js';
import {
  ANALYSE, ATTRIBUTION, CUE, endsWithAny, HEARSAY, KONJ1, KONJ2, MAY_DISTANCE, NAMING, REPORTING, SEP, SPEECH, SPEECH_NOUN, UNIT_MARK_BITS, WORD,
} from './cues.js';
import { grow } from '../grow.js';
import { QUOTE } from './items.js';
import { REPORT_NOUN_TAILS, REPORT_NOUNS } from './lexicon.js';
import type { Marked } from './marked.js';
import type { QuoteSpan } from './types.js';

/**
 * The units of a document: a unit is a sentence, or several when a quotation runs over sentence
 * ends. Held in typed arrays reused from document to document (a unit object per sentence was a
 * fifth of what voice detection allocated). Unit `u` is tokens [from[u], to[u]) of paragraph
 * `paragraph[u]`; `bits[u]` holds the flags below.
 */
export class Units {
  n = 0;
  paragraph = new Int32Array(256);
  from = new Int32Array(256);
  to = new Int32Array(256);
  /** index into the top-level quotations of the first one ending after the unit's first token */
  quote = new Int32Array(256);
  bits = new Uint8Array(256);

  /** Append a unit. */
  add(paragraph: number, from: number, to: number, quote: number, bits: number): void {
    if (this.n === this.from.length) {
      const size = this.n * 2;
      this.paragraph = grow(this.paragraph, size);
      this.from = grow(this.from, size);
      this.to = grow(this.to, size);
      this.quote = grow(this.quote, size);
      const b = new Uint8Array(size);
      b.set(this.bits);
      this.bits = b;
    }
    const u = this.n++;
    this.paragraph[u] = paragraph;
    this.from[u] = from;
    this.to[u] = to;
    this.quote[u] = quote;
    this.bits[u] = bits;
  }
}

// Unit bits.
/**
 * Holds a cue word (bit CUE). A unit analysed only for its quotations (no cue word) yields no
 * frame, attribution or subjunctive claim: it can only continue the speaker carried from before.
 */
export const U_CUE = 1;
/**
 * Needs the clause analysis: holds a quotation, a cue other than a distancing word (bit ANALYSE),
 * or "so" after punctuation ("…, so die Agentur"); a cue unit without these is authorial.
 */
export const U_ANALYSE = 2;
/** Holds a (top-level) quotation. */
export const U_QUOTE = 4;
/**
 * Holds a word that can make a claim or frame by itself: a speech verb, Konjunktiv I, a hearsay
 * modal, an attribution word, a report noun ("nach Angaben"), or "so" after punctuation. Without
 * one, a unit without a quotation and without a speaker carried from before yields nothing
 * (speech nouns only name the speaker of a quotation; Konjunktiv II needs a carried speaker).
 */
export const U_CLAIM = 8;
/**
 * The clause analysis may yield something (`Analysis.mayYield`, on the flags of the unit's marked
 * words outside quotations, without knowing the clauses; it may say yes where the analysis finds
 * nothing, never the reverse): without a speaker carried from before (U_MAY_YIELD), with one
 * (U_MAY_YIELD_CARRIED). A unit without the bit that applies is not analysed.
 */
export const U_MAY_YIELD = 16;
export const U_MAY_YIELD_CARRIED = 32;

/**
 * Set in a unit's or-ed flags (`all` in buildUnits) when it holds a labelling verb (nennen,
 * bezeichnen, titulieren: `isLabellingVerb`). QUOTE's bit: never a token's flag.
 */
const LABELLING_SEEN = QUOTE;

/** Forms of nennen, bezeichnen and titulieren: verbs that give something a label ("nennt sie Terroristen"). */
export function isLabellingVerb(norm: string): boolean {
  return norm.startsWith('nenn') || norm.startsWith('nann') || norm === 'genannt' || norm.startsWith('bezeichn') || norm.startsWith('titulier');
}

/** A clause separator among tokens [from, to) outside the top-level quotations (`q`: the first ending after `from`). */
function hasSeparator(flags: Int32Array, from: number, to: number, quotes: QuoteSpan[], top: number[], q: number): boolean {
  let open = q < top.length ? quotes[top[q]!]!.token : -1;
  for (let k = from; k < to; k++) {
    if (k === open) {
      k = quotes[top[q]!]!.endToken - 1;
      q++;
      open = q < top.length ? quotes[top[q]!]!.token : -1;
      continue;
    }
    if ((flags[k]! & SEP) !== 0) return true;
  }
  return false;
}

/**
 * The unit-level test behind U_MAY_YIELD: `all` is the or of the flags of the unit's marked words
 * outside quotations (cue and attribution words), with SEP when it has a separator there. See `Analysis.mayYield` for the
 * exact test on the unit's clauses, which this one may only loosen: a Konjunktiv I or hearsay
 * modal counts even where the clause analysis discards it, a speech verb or a distancing word
 * counts in any unit with a separator.
 */
function mayYield(all: number, quote: boolean, carried: boolean, demnach: boolean): boolean {
  if (quote && carried) return true;
  if ((all & (ATTRIBUTION | REPORTING)) !== 0) return true;
  if (quote && (all & SPEECH_NOUN) !== 0) return true;
  // a speech noun and a Konjunktiv clause in commas (rules/claim-noun.ts)
  if ((all & (SPEECH_NOUN | SEP)) === (SPEECH_NOUN | SEP) && (all & (KONJ1 | KONJ2)) !== 0) return true;
  if ((all & (KONJ1 | HEARSAY)) !== 0 || (carried && (all & KONJ2) !== 0)) return true;
  if ((all & SPEECH) !== 0 && (quote || (all & SEP) !== 0)) return true;
  // a labelling verb ("nennt sie Terroristen", "bezeichnete … als …"): NAMING | LABELLING_SEEN, see buildUnits
  if ((all & LABELLING_SEEN) !== 0) return true;
  if ((all & (MAY_DISTANCE | SEP)) === (MAY_DISTANCE | SEP)) return true;
  return carried && demnach;
}

/**
 * Group sentences into units so that no top-level quotation crosses a unit boundary, and mark the
 * units that hold a quotation or a cue word (bit CUE of the per-token `flags`). Only the `marked`
 * tokens are visited; with `firsts` (each sentence's first token, `sentenceTokens`) no token
 * object is read to find where a sentence's tokens end.
 */
export function buildUnits(
  tokens: Token[], sentences: Span[], paragraphs: Span[], quotes: QuoteSpan[], top: number[],
  flags: Int32Array, marked: Marked, firsts: Int32Array | undefined, units: Units,
): void {
  units.n = 0;
  let mi = 0; // next marked token
  let p = 0;
  let t = 0;
  let q = 0; // next top-level quotation
  for (let s = 0; s < sentences.length; s++) {
    const start = sentences[s]!.start;
    const first = s; // the unit's first sentence
    let end = sentences[s]!.end;
    while (q < top.length && quotes[top[q]!]!.end <= start) q++;
    // extend over following sentences while a quotation runs past the end (a quotation holding
    // end - 1 is top[q] or later: none when top[q] starts at or after the end)
    while (q < top.length && quotes[top[q]!]!.start < end) {
      const qi = end > 0 ? quoteAt(quotes, top, end - 1) : -1;
      if (qi >= 0 && quotes[qi]!.end > end && s + 1 < sentences.length) {
        s++;
        end = Math.max(end, sentences[s]!.end);
      } else break;
    }
    while (p + 1 < paragraphs.length && paragraphs[p]!.end <= start) p++;
    if (firsts !== undefined) t = firsts[first]!;
    else while (t < tokens.length && tokens[t]!.start < start) t++;
    const quote = q < top.length && quotes[top[q]!]!.start < end;
    let analyse = quote;
    let cue = false;
    let claim = false;
    let report = false; // a report noun ("Angaben"): a claim only with an attribution word ("nach")
    let attribution = false;
    let all = 0; // the flags of the marked tokens outside quotations, or-ed
    let demnach = false;
    const k = firsts !== undefined ? firsts[s + 1]! : firstTokenFrom(tokens, t, end);
    // only the marked tokens (a cue, attribution or quotation-mark form) of [t, k). Words inside a
    // top-level quotation are the quoted speaker's: they frame nothing in this unit
    while (mi < marked.n && marked.at[mi]! < t) mi++;
    let qq = q; // the top-level quotation at or after the marked token
    for (; mi < marked.n && marked.at[mi]! < k; mi++) {
      const m = marked.at[mi]!;
      const f = flags[m]!;
      if ((f & UNIT_MARK_BITS) === 0) continue; // a word of the news passes only
      while (qq < top.length && quotes[top[qq]!]!.endToken <= m) qq++;
      if (qq < top.length && quotes[top[qq]!]!.token < m) continue;
      all |= f;
      // NAMING also holds sprechen, rufen and fordern: only a labelling verb yields without a quotation or separator
      if ((f & NAMING) !== 0 && (all & LABELLING_SEEN) === 0 && isLabellingVerb(tokens[m]!.norm)) all |= LABELLING_SEEN;
      if ((f & ATTRIBUTION) !== 0) attribution = true;
      if ((f & CUE) === 0 || (f & WORD) === 0) continue; // not a cue word
      cue = true;
      // "demnach" is a cue without any other bit (as report nouns are): only such words are read
      if (!demnach && (f & (SPEECH | KONJ1 | KONJ2 | HEARSAY | ATTRIBUTION | SPEECH_NOUN | MAY_DISTANCE)) === 0 && tokens[m]!.norm === 'demnach') demnach = true;
      if (!analyse && ((f & ANALYSE) !== 0 || soAfterPunct(tokens, t, m, f))) analyse = true;
      if (!claim) {
        const c = claimWord(tokens, t, m, f);
        if (c === CLAIM) claim = true;
        else if (c === REPORT) report = true;
      }
    }
    if (report && attribution) claim = true;
    // a speech noun with a Konjunktiv II: "Tokajews Behauptung, Banden hätten … angegriffen" (rules/claim-noun.ts)
    if ((all & (SPEECH_NOUN | KONJ2)) === (SPEECH_NOUN | KONJ2)) claim = true;
    // "Ein Sprecher der Polizei: „…“": a colon right before the unit's first quotation may name its speaker
    const colonQuote = quote && colonBefore(tokens, quotes[top[q]!]!.token, t);
    if (colonQuote) cue = true;
    if (k > t) {
      let bits = (cue ? U_CUE : 0) | (analyse ? U_ANALYSE : 0) | (quote ? U_QUOTE : 0) | (claim ? U_CLAIM : 0);
      if (analyse) {
        let alone = mayYield(all, quote, false, demnach);
        let carried = mayYield(all, quote, true, demnach);
        // a clause separator outside quotations matters only with a speech verb or a distancing
        // word (or a speech noun: rules/claim-noun.ts), and only when the answer is still no: looked up only then
        if (!(alone && carried) && (all & (SPEECH | MAY_DISTANCE | SPEECH_NOUN)) !== 0 && hasSeparator(flags, t, k, quotes, top, q)) {
          alone = mayYield(all | SEP, quote, false, demnach);
          carried = mayYield(all | SEP, quote, true, demnach);
        }
        if (alone || colonQuote) bits |= U_MAY_YIELD;
        if (carried) bits |= U_MAY_YIELD_CARRIED;
      }
      units.add(p, t, k, q, bits);
    }
    t = k;
  }
}

/** Is the token before the quotation's opening mark (token `open`) a colon with something before it in the unit (from token `from`)? */
function colonBefore(tokens: Token[], open: number, from: number): boolean {
  return open - 1 > from && tokens[open - 1]!.norm === ':';
}

/**
 * Index of the first token at or after `from` that starts at or after `pos`: gallops forward from
 * `from` (a sentence is a few dozen tokens), then a binary search, touching few token objects.
 */
function firstTokenFrom(tokens: Token[], from: number, pos: number): number {
  let lo = from;
  let hi = from;
  let step = 8;
  while (hi < tokens.length && tokens[hi]!.start < pos) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > tokens.length) hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CLAIM = 1;
const REPORT = 2;

/**
 * Can cue word `k` make a claim or frame by itself (`U_CLAIM`)? CLAIM; a report noun, which
 * needs an attribution word as well ("nach Angaben"): REPORT; else 0.
 */
function claimWord(tokens: Token[], from: number, k: number, f: number): number {
  if ((f & (SPEECH | KONJ1 | HEARSAY | ATTRIBUTION)) !== 0 || soAfterPunct(tokens, from, k, f)) return CLAIM;
  if ((f & ANALYSE) !== 0) {
    const norm = tokens[k]!.norm;
    if (REPORT_NOUNS.has(norm) || endsWithAny(norm, REPORT_NOUN_TAILS)) return REPORT;
  }
  return 0;
}



/** "so" right after punctuation inside the unit: may open an inverted frame ("…, so die Agentur X"). */
function soAfterPunct(tokens: Token[], from: number, k: number, f: number): boolean {
  return (f & MAY_DISTANCE) !== 0 && k > from && tokens[k - 1]!.kind === 'punct' && tokens[k]!.norm === 'so';
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

