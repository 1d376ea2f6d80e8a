import PorterStemmerDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';

/**
 * German Snowball/Porter stem of a matching key (`foldKey` output). Not memoised here: a
 * `Tokenizer` (and so an `Analyzer`) stems each distinct surface form once and keeps the stem.
 */
export function stem(norm: string): string {
  return PorterStemmerDe.stem(norm);
}
