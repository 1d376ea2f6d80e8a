import { foldKey, stem, tokenize, type Token } from '@framelens/text';

/** The keys a word is matched by. Hyphens are dropped first, so "Anti-Terror-Operation" and "Antiterroroperation" share them. */
export interface WordKey {
  /** case-folded form without hyphens ("antiterroroperation") */
  norm: string;
  /** German stem of `norm` ("antiterroroperation") */
  stem: string;
}

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
  return { norm: joined, stem: joined === '' ? '' : stem(joined) };
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

export { foldKey };
