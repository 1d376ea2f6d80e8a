import type { Token } from '../types.js';
import { grow } from '../grow.js';
import { CAP, HEARSAY, IRREALIS_OPENER, KONJ1, KONJ2, PERFECT_AUXILIARY, SEP, SPEECH, WORD } from './cues.js';
import type { QuoteSpan } from './types.js';

// A unit's items (its tokens, each top-level quotation as one item) and its clauses, in typed
// arrays reused from unit to unit. Item bits: the token bits of cues.ts (CAP, WORD, NUMBER, PUNCT, SEP) and QUOTE.

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
