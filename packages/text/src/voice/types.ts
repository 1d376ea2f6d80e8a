import type { BoilerplateSpan, Span, Token } from '../types.js';

/**
 * A document as `analyze` builds it. The optional columns are what the analyzer's tokenizer and
 * sentence splitter computed for these very tokens and sentences (`Tokenized.flags` and `.marks`,
 * `Sentences.firsts`): with them voice detection reads per-token flags and sentence starts instead
 * of recomputing them; without them it computes the same from the tokens.
 */
export interface VoiceInput {
  text: string;
  tokens: Token[];
  sentences: Span[];
  paragraphs: Span[];
  boilerplate: BoilerplateSpan[];
  /** per token: its form flags (voice/cues.ts `tokenBits`) */
  flags?: Int32Array;
  /** the tokens whose flags have a MARK_BITS bit, ascending (read only with `flags`) */
  marks?: Int32Array;
  /** the first token of each sentence, then the number of tokens */
  sentenceFirsts?: Int32Array;
}

/** A stretch in quotation marks, marks included (`start` is the opening mark, `end` is after the closing one). */
export interface QuoteSpan extends Span {
  /** Offsets of the content between the marks. */
  innerStart: number;
  innerEnd: number;
  /** The opening mark's UTF-16 code („ 0x201e, » 0xbb, « 0xab, " 0x22 …). */
  open: number;
  /** False when the quotation was closed at the end of its paragraph for lack of a closing mark. */
  closed: boolean;
  /** Index of the token holding the opening mark. */
  token: number;
  /** Index of the first token after the quotation (starting at or after `end`). */
  endToken: number;
}

/** Who speaks in a unit, and where (for speakers carried to the next sentence). */
export interface Speech {
  speaker: string | undefined;
  cue: string;
  /** introduced by a verb of saying (a later "er"/"sie" most likely refers to this speaker) */
  verbal?: boolean;
}

/** A frame: the clause that says who speaks ("sagte Tokajew"), and the clauses it attributes. */
export interface Frame extends Speech {
  /** clause indexes [frameFrom, frameTo) of the frame itself */
  frameFrom: number;
  frameTo: number;
  /** clause indexes of the attributed claim, ascending */
  claims: number[];
  /** item index of the speech verb, for naming verbs ("nannte … einen „…“") */
  verb: number;
  naming: boolean;
  /** items [from, to) of the label a naming verb gives without quotation marks ("nennt sie Terroristen"), or undefined */
  label?: readonly [number, number];
  /** quotations inside the frame clause itself („…,“ sagt der Politologe) */
  quotes: readonly number[];
}
