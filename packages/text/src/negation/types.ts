/** A stretch of a sentence whose words are negated or rejected ("kein [Terrorist]"). Offsets into Doc.text. */
export interface NegationScope {
  start: number;
  end: number;
  /** the words that negate, as written ("kein", "weder … noch", "bestreitet") */
  cue: string;
  /** the rule that found it (its file name in src/negation/) */
  rule: string;
}

/** One token of a sentence, as the rules see it. */
export interface Word {
  /** case-folded form (Token.norm) */
  norm: string;
  start: number;
  end: number;
  /** written with an upper-case first letter (a noun, a name, or the first word of a sentence) */
  cap: boolean;
  punct: boolean;
}

/** A sentence's tokens, and whether it is a question (rhetorical questions are not negations). */
export interface Sentence {
  words: Word[];
  question: boolean;
}

/**
 * One negation rule. `examples.negated` are sentences with the negated words in [[double
 * brackets]]; `examples.not` are look-alikes in which the rule must find nothing. Both run in
 * negation.test.ts.
 */
export interface NegationRule {
  id: string;
  examples: { negated: string[]; not: string[] };
  find(s: Sentence): NegationScope[];
}

/**
 * A limit on other rules' scopes: what a negated head does not deny ("keine Gewalt gegen
 * [Demonstranten]": the scope of "keine" stops before the complement). `examples.kept` are
 * sentences whose [[marked]] words a rule of `rules` would negate and this limit keeps out;
 * `examples.negated` are look-alikes whose [[marked]] words stay negated. Both run in
 * negation.test.ts, with all rules of the language.
 */
export interface ScopeLimit {
  id: string;
  /** ids of the rules whose scopes it limits */
  rules: readonly string[];
  examples: { kept: string[]; negated: string[] };
  /** the word ranges [from, to) of the scope words[from..to) that stay negated (none: the scope is dropped) */
  limit(s: Sentence, from: number, to: number, sc: NegationScope): Array<readonly [number, number]>;
}
