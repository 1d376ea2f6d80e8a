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
