import { foldKey, isStopword, stem, tokenize, type Token } from '@framelens/text';

/** The keys a word is matched by. Hyphens are dropped first, so "Anti-Terror-Operation" and "Antiterroroperation" share them. */
export interface WordKey {
  /** case-folded form without hyphens ("antiterroroperation") */
  norm: string;
  /** German stem of `norm` ("antiterroroperation") */
  stem: string;
  /**
   * What stem-mode tries are keyed by: the stem, or for a stop word its own form marked with
   * STOP_MARK, so that a stop word ("sich", "seit", "will", "macht") matches only a term word
   * that is that very stop word, never a term whose stem it shares ("Sicherheit" → "sich").
   */
  skey: string;
}

/** Prefix of a stop word's `skey` (cannot occur in a stem). */
export const STOP_MARK = '\u0001';

const MAX = 500_000;
let memo = new Map<string, WordKey>();

/** Keys of a token's `norm`, memoised per distinct form (news vocabularies are small). */
export function wordKey(norm: string): WordKey {
  let k = memo.get(norm);
  if (k === undefined) {
    k = keysOf(norm);
    if (memo.size >= MAX) memo = new Map();
    memo.set(norm, k);
  }
  return k;
}

/** Keys of a token's `norm`, computed (`match` keeps them in the compiled lexicon's own memo). */
export function keysOf(norm: string): WordKey {
  const joined = norm.includes('-') ? norm.replaceAll('-', '') : norm;
  const s = joined === '' ? '' : stem(joined);
  return { norm: joined, stem: s, skey: s !== '' && isStopword(joined) ? STOP_MARK + joined : s };
}

/** Quotation marks do not interrupt a multi-word term (»von außen inszenierten« …). */
const QUOTES = new Set(['"', "'", '`', '´', '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹', "''", '``']);

export function isQuoteToken(t: Token): boolean {
  return t.kind === 'punct' && QUOTES.has(t.norm);
}

/** The word tokens of a term or name, as keys (punctuation dropped). */
export function termWords(text: string): WordKey[] {
  return tokenize(text)
    .filter((t) => t.kind !== 'punct')
    .map((t) => wordKey(t.norm));
}

/** The word tokens of a term with whether each is written capitalised ("Macht": true, "bunte": false). */
export function casedTermWords(text: string): { key: WordKey; capital: boolean }[] {
  return tokenize(text)
    .filter((t) => t.kind !== 'punct')
    .map((t) => ({ key: wordKey(t.norm), capital: startsUpper(text, t.start) }));
}

/** Is the character at `i` an upper-case letter ("M" in "Macht"; not "m", not a digit)? */
export function startsUpper(text: string, i: number): boolean {
  const c = text[i] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Is the character at `i` a lower-case letter ("m" in "macht")? */
export function startsLower(text: string, i: number): boolean {
  const c = text[i] ?? '';
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

export { foldKey };
