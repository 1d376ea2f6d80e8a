import { foldKey, Tokenizer, type Language, type Token } from '@framelens/text';

/** The keys a word is matched by. Hyphens are dropped first, so "Anti-Terror-Operation" and "Antiterroroperation" share them. */
export interface WordKey {
  /** case-folded form without hyphens ("antiterroroperation") */
  norm: string;
  /** stem of `norm` in the lexicon language being compiled ("antiterroroperation"; English "terrorists" → "terrorist") */
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

/** Distinct forms a `WordKeys` memo keeps before it starts over (news vocabularies are far smaller). */
const MAX = 500_000;

/**
 * The keys of words in one language: its stemmer, its stop words and its tokenizer. A compiled
 * lexicon owns one per language (`CompiledLexicon.keys`); its memo of term words belongs to it.
 */
export class WordKeys {
  private memo = new Map<string, WordKey>();
  /** one tokenizer for every term, name and example (its table of forms, each stemmed once), made on first use */
  private tokenizer: Tokenizer | undefined;
  constructor(readonly language: Language) {}

  /** Keys of a token's `norm`, memoised per distinct form. */
  wordKey(norm: string): WordKey {
    let k = this.memo.get(norm);
    if (k === undefined) {
      k = this.keysOf(norm);
      if (this.memo.size >= MAX) this.memo = new Map();
      this.memo.set(norm, k);
    }
    return k;
  }

  /** Keys of a token's `norm`, computed (`match` keeps them in a `MatchMemo`). */
  keysOf(norm: string): WordKey {
    const joined = norm.includes('-') ? norm.replaceAll('-', '') : norm;
    const s = joined === '' ? '' : this.language.stem(joined);
    return { norm: joined, stem: s, skey: s !== '' && this.language.stopwords.has(joined) ? STOP_MARK + joined : s };
  }

  /** The tokens of a term, a name or an example, as the language's tokenizer splits them. */
  tokenize(text: string): Token[] {
    return (this.tokenizer ??= new Tokenizer(undefined, 0, 1 << 10, this.language)).tokenize(text).tokens;
  }

  /** The word tokens of a term or name, as keys (punctuation dropped). */
  termWords(text: string): WordKey[] {
    return this.tokenize(text)
      .filter((t) => t.kind !== 'punct')
      .map((t) => this.wordKey(t.norm));
  }

  /** The word tokens of a term with whether each is written capitalised ("Macht": true, "bunte": false). */
  casedTermWords(text: string): { key: WordKey; capital: boolean }[] {
    return this.tokenize(text)
      .filter((t) => t.kind !== 'punct')
      .map((t) => ({ key: this.wordKey(t.norm), capital: startsUpper(text, t.start) }));
  }
}

/** Quotation marks do not interrupt a multi-word term (»von außen inszenierten« …). */
const QUOTES = new Set(['"', "'", '`', '´', '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹', "''", '``']);

export function isQuoteToken(t: Token): boolean {
  return t.kind === 'punct' && QUOTES.has(t.norm);
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
