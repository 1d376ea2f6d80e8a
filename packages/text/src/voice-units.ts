import type { Span, Token } from './types.js';
import {
  ANALYSE, ATTRIBUTION, CAP, CUE, endsWithAny, HEARSAY, IRREALIS_OPENER, isUpper, KONJ1, KONJ2, MARK_BITS, MAY_DISTANCE, NAMING, NUMBER, PERFECT_AUXILIARY, PUNCT, REPORTING, SEP, SPEECH, SPEECH_NOUN, WORD,
} from './voice-cues.js';
import { REPORT_NOUN_TAILS, REPORT_NOUNS } from './voice-lexicon.js';
import type { QuoteSpan } from './voice-quotes.js';

// Item bits: the token bits of voice-cues.ts (CAP, WORD, NUMBER, PUNCT, SEP) and QUOTE.
export { CAP, isUpper, NUMBER, PUNCT, SEP, WORD };
/** A whole top-level quotation. */
export const QUOTE = 1 << 20;

/**
 * The elements of one unit as voice detection sees them: its tokens, with each top-level quotation
 * as one element ("item"). Held in typed arrays that are reused from unit to unit, so building a
 * unit's items allocates nothing; item `i` is read through `bits(i)` (form flags + the kind bits
 * above) and `norm(i)`. Indexes outside [0, n) read as nothing (bits 0, norm '').
 */
export class Items {
  n = 0;
  /** the bits of all items or-ed: a rule whose cue bit is absent need not look */
  all = 0;
  /** the token's flags (`tokenBits`: form flags in bits 0–15 and 22–30, CAP | WORD | NUMBER | PUNCT | SEP in 16–21), or QUOTE for a quotation */
  kind = new Int32Array(256);
  /** token index, or quote index for a QUOTE item */
  ref = new Int32Array(256);
  tokens: Token[] = [];
  quotes: QuoteSpan[] = [];

  /** Where item `i` starts in the text (read from its token or quotation: few items are ever placed). */
  startOf(i: number): number {
    return (this.kind[i]! & QUOTE) !== 0 ? this.quotes[this.ref[i]!]!.start : this.tokens[this.ref[i]!]!.start;
  }

  /** Where item `i` ends in the text. */
  endOf(i: number): number {
    return (this.kind[i]! & QUOTE) !== 0 ? this.quotes[this.ref[i]!]!.end : this.tokens[this.ref[i]!]!.end;
  }

  bits(i: number): number {
    return i >= 0 && i < this.n ? this.kind[i]! : 0;
  }

  norm(i: number): string {
    if (i < 0 || i >= this.n) return '';
    return (this.kind[i]! & QUOTE) !== 0 ? '' : this.tokens[this.ref[i]!]!.norm;
  }

  /** The quote index of a QUOTE item, else -1. */
  quote(i: number): number {
    return (this.bits(i) & QUOTE) !== 0 ? this.ref[i]! : -1;
  }

  /** Make room for `size` items. */
  reserve(size: number): void {
    if (this.kind.length >= size) return;
    const grown = Math.max(size, this.kind.length * 2);
    this.kind = grow(this.kind, grown);
    this.ref = grow(this.ref, grown);
  }
}

export function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

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
    // "Ein Sprecher der Polizei: „…“": a colon right before the unit's first quotation may name its speaker
    const colonQuote = quote && colonBefore(tokens, quotes[top[q]!]!.token, t);
    if (colonQuote) cue = true;
    if (k > t) {
      let bits = (cue ? U_CUE : 0) | (analyse ? U_ANALYSE : 0) | (quote ? U_QUOTE : 0) | (claim ? U_CLAIM : 0);
      if (analyse) {
        let alone = mayYield(all, quote, false, demnach);
        let carried = mayYield(all, quote, true, demnach);
        // a clause separator outside quotations matters only with a speech verb or a distancing
        // word, and only when the answer is still no: looked up only then
        if (!(alone && carried) && (all & (SPEECH | MAY_DISTANCE)) !== 0 && hasSeparator(flags, t, k, quotes, top, q)) {
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

/** Token indexes whose form is a cue, an attribution word or may hold a quotation mark, ascending. */
export class Marked {
  n = 0;
  /** [0, n): the token indexes (the tokenizer's list, or `own`) */
  at: Int32Array = new Int32Array(0);
  private own = new Int32Array(1024);

  /** Take the list the tokenizer collected (`tokenMarks`). */
  use(list: { readonly at: Int32Array; readonly n: number }): void {
    this.at = list.at;
    this.n = list.n;
  }

  /** Collect them from the per-token flags of `tokens` tokens: one pass over all tokens' flags. */
  scan(flags: Int32Array, tokens: number): void {
    let n = 0;
    let at = this.own;
    for (let t = 0; t < tokens; t++) {
      if ((flags[t]! & MARK_BITS) === 0) continue;
      if (n === at.length) at = this.own = grow(at, n * 2);
      at[n++] = t;
    }
    this.at = at;
    this.n = n;
  }
}

/** "so" right after punctuation inside the unit: may open an inverted frame ("…, so die Agentur X"). */
function soAfterPunct(tokens: Token[], from: number, k: number, f: number): boolean {
  return (f & MAY_DISTANCE) !== 0 && k > from && tokens[k - 1]!.kind === 'punct' && tokens[k]!.norm === 'so';
}

/**
 * Fill `items` with the items of the unit of tokens [tokenFrom, tokenTo): tokens, with each top-level quotation as one item; with
 * `cls`, split them into clauses and find each clause's markers in the same pass.
 */
export function fillItems(
  items: Items, text: string, tokens: Token[], quotes: QuoteSpan[], top: number[], tokenFrom: number, tokenTo: number, firstQuote: number,
  flags: Int32Array, cls: Clauses | null,
): void {
  items.tokens = tokens;
  items.quotes = quotes;
  items.reserve(tokenTo - tokenFrom); // a unit has at most as many items as tokens
  const kinds = items.kind;
  const refs = items.ref;
  let n = 0;
  let all = 0;
  let k = tokenFrom;
  // the clause being built: its first item, separator, markers (see Clauses)
  if (cls !== null) cls.n = 0;
  let from = 0;
  let sep = 0;
  let konj1 = -1;
  let konj2 = -1;
  let speech = -1;
  let modal = -1;
  // top-level quotations are sorted and disjoint: walk them along with the tokens. A unit never
  // starts inside one, and an opening mark is a token of its own, so the next quotation starts at
  // token `open` (compared by index: no token object is read). `firstQuote` is the first top-level
  // quotation ending after the unit's first token (`Units.quote`)
  let tq = firstQuote;
  let open = tq < top.length ? quotes[top[tq]!]!.token : -1;
  while (k < tokenTo) {
    const b = flags[k]!;
    if (k === open) {
      const qi = top[tq]!;
      kinds[n] = QUOTE;
      refs[n++] = qi;
      all |= QUOTE;
      k = Math.min(quotes[qi]!.endToken, tokenTo); // top-level quotations never cross a unit's end
      tq++;
      open = tq < top.length ? quotes[top[tq]!]!.token : -1;
      continue;
    }
    all |= b;
    const i = n++;
    kinds[i] = b;
    refs[i] = k;
    k++;
    if (cls === null) continue;
    if ((b & (KONJ1 | KONJ2 | HEARSAY | SPEECH | SEP)) === 0) continue; // most items: nothing to note
    if ((b & WORD) !== 0) {
      // subjunctive, hearsay and speech-verb markers; a capitalised one past the first item is a noun
      if ((b & CAP) !== 0 && i > 0) continue;
      if ((konj1 < 0 && (b & KONJ1) !== 0) || (konj2 < 0 && (b & KONJ2) !== 0)) {
        const irrealis = i > 0 && (kinds[i - 1]! & (QUOTE | IRREALIS_OPENER)) === IRREALIS_OPENER;
        if (konj1 < 0 && (b & KONJ1) !== 0 && !irrealis) konj1 = i;
        if (konj2 < 0 && (b & KONJ2) !== 0 && !irrealis) konj2 = i;
      }
      if (modal < 0 && (b & HEARSAY) !== 0) modal = i;
      if (speech < 0 && (b & SPEECH) !== 0 && !(tokens[k - 1]!.norm === 'genannt' && i > 0 && (kinds[i - 1]! & QUOTE) === 0 && tokens[refs[i - 1]!]!.norm === 'so')) speech = i;
    } else if ((b & SEP) !== 0) {
      cls.add(from, i, sep, konj1, konj2, hearsayOf(items, modal, i), speech);
      from = i + 1;
      sep = tokens[k - 1]!.norm.charCodeAt(0);
      konj1 = konj2 = speech = modal = -1;
    }
  }
  items.n = n;
  items.all = all;
  cls?.add(from, n, sep, konj1, konj2, hearsayOf(items, modal, n), speech);
}

/** "soll … haben": the modal counts when the last word of its clause (ending before item `end`) is a perfect auxiliary. */
function hearsayOf(items: Items, modal: number, end: number): number {
  if (modal < 0) return -1;
  let last = end - 1;
  while (last > modal && (items.kind[last]! & WORD) === 0) last--;
  return last > modal && (items.kind[last]! & PERFECT_AUXILIARY) !== 0 ? modal : -1;
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

/**
 * A unit's clauses: stretches of items between clause separators (, ; : and free-standing
 * dashes), in reused typed arrays, built while the items are filled (`fillItems`). Clause `c` is
 * items [from[c], to[c]); `sep[c]` is the char code of the separator before it (0 for the first
 * clause); `konj1[c]`, `konj2[c]`, `hearsay[c]`, `speech[c]` are the item indexes of its first
 * Konjunktiv I, Konjunktiv II, hearsay construction ("soll … haben") and speech verb, or -1.
 */
export class Clauses {
  n = 0;
  from = new Int32Array(32);
  to = new Int32Array(32);
  sep = new Int32Array(32);
  konj1 = new Int32Array(32);
  konj2 = new Int32Array(32);
  hearsay = new Int32Array(32);
  speech = new Int32Array(32);
  /** Append a clause: items [from, to) after separator `sep`, with its markers. */
  add(from: number, to: number, sep: number, konj1: number, konj2: number, hearsay: number, speech: number): void {
    if (this.n === this.from.length) {
      const size = this.n * 2;
      this.from = grow(this.from, size);
      this.to = grow(this.to, size);
      this.sep = grow(this.sep, size);
      this.konj1 = grow(this.konj1, size);
      this.konj2 = grow(this.konj2, size);
      this.hearsay = grow(this.hearsay, size);
      this.speech = grow(this.speech, size);
    }
    const c = this.n++;
    this.from[c] = from;
    this.to[c] = to;
    this.sep[c] = sep;
    this.konj1[c] = konj1;
    this.konj2[c] = konj2;
    this.hearsay[c] = hearsay;
    this.speech[c] = speech;
  }

  /** The clause holding item `i`, or -1. */
  of(i: number): number {
    for (let c = 0; c < this.n; c++) if (this.from[c]! <= i && i < this.to[c]!) return c;
    return -1;
  }
}
