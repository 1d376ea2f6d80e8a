import PorterStemmerDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';

const MAX_ENTRIES = 1_000_000;
let memo = new Map<string, string>();

/**
 * German Snowball/Porter stem of a matching key (`foldKey` output), memoised per distinct form:
 * news vocabulary is small compared with its token count.
 */
export function stem(norm: string): string {
  let s = memo.get(norm);
  if (s === undefined) {
    s = PorterStemmerDe.stem(norm);
    if (memo.size >= MAX_ENTRIES) memo = new Map(); // bound memory on unbounded vocabularies
    memo.set(norm, s);
  }
  return s;
}
