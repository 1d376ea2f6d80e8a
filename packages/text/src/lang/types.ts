import type { TokenKind, VoiceSpan } from '../types.js';
import type { VoiceScratch } from '../voice/index.js';
import type { VoiceInput } from '../voice/types.js';

/**
 * Everything the text layer needs to know about one language: its data (abbreviations, months,
 * stop words, quotation marks) and its few rules (stemmer, clitics, ordinal numbers, per-form flags).
 * One folder per language under src/lang/ (README "Adding a language"); an `Analyzer` takes one.
 */
export interface Language {
  /** ISO 639-1 code, as in article metadata and franc's detection mapped to two letters: "de", "en". */
  readonly code: string;
  /** English name, for messages ("German"). */
  readonly name: string;
  /** Letters before a dot that keep it ("Dr", "Mr", "Jan"), case-sensitive as usually written. */
  readonly abbreviations: ReadonlySet<string>;
  /**
   * Whether a lower-case single letter keeps its dot (German "z. B.", "u. a."); upper-case initials
   * ("J. Smith") always do. English: no ("plan b." ends a sentence).
   */
  readonly lowerCaseInitials: boolean;
  /** Abbreviations (with their dot, folded) after which a sentence may still end ("usw.", "etc."). */
  readonly sentenceFinalAbbreviations: ReadonlySet<string>;
  /**
   * Whether an abbreviation's dot at the end of a text or paragraph is the full stop, a token of its
   * own (UD English: "in the U.S" + ".", "etc" + "."). Undefined: the abbreviation keeps it (German).
   */
  readonly finalAbbreviationDot?: boolean;
  /** Month names and their abbreviations, folded ("januar", "jan"): "16. Januar" is an ordinal. */
  readonly months: ReadonlySet<string>;
  /**
   * Whether "16." can be an ordinal that keeps its dot (German "am 16. Januar"); when false a dot
   * after a number is always a full stop (English "in 2013.").
   */
  readonly ordinalDot: boolean;
  /** Words after which "N." is an ordinal (German articles and prepositions); empty without `ordinalDot`. */
  readonly ordinalCues: ReadonlySet<string>;
  /** `stopword`'s list for the language, folded like `Token.norm`. */
  readonly stopwords: ReadonlySet<string>;
  /** The stem of a matching key (`foldKey` output), computed once per distinct surface form. */
  stem(norm: string): string;
  /**
   * Length of a clitic that starts at the apostrophe at `i` and is split from the word before it
   * (English "'s", "'re", "'ll"): 0 for none. Undefined: apostrophes join words (German "geht's").
   */
  readonly clitic?: (text: string, i: number) => number;
  /**
   * When the word from `start` reaches the apostrophe at `i`: where the word ends because a clitic
   * begins before the apostrophe (English "do|n't", "ca|n't"), or -1. Only with `clitic`.
   */
  readonly cliticBefore?: (text: string, start: number, i: number) => number;
  /**
   * Where a word text[start, end) splits into two tokens (English "can|not", "gon|na"), or -1.
   * Undefined: never.
   */
  readonly splitWord?: (text: string, start: number, end: number) => number;
  /**
   * Where a token from `start` continues over the ":" or "/" at `j` ("10:30", "02/13/2001", "b/c"
   * in English, as UD English writes them), or -1 (then the mark is punctuation of its own).
   * Undefined: never (German "10:30" is three tokens).
   */
  readonly joinAt?: (text: string, start: number, j: number) => number;
  /**
   * End of a run of marks from `i` that is one token ("!!!", "?!", "====", "$$$" in UD English), or
   * `i + 1` for a single mark. Undefined: only "...", "--" and "``" / "''" are runs (UD German).
   */
  readonly punctRun?: (text: string, i: number) => number;
  /**
   * Whether ". ! ?" (not "…", not an abbreviation, not before a closing quote) ends a sentence even
   * before a lower-case word: web and comment text ("Help me please! anyone?") in English; German
   * writes nouns with capitals, so there a lower-case word after a stop is read as a continuation.
   */
  readonly lowerCaseSentences: boolean;
  /** Quotation marks as written in the language's news: opening and closing pairs ("„“", "»«"). */
  readonly quotes: readonly (readonly [open: string, close: string])[];
  /** Whether voice detection runs for this language (false: `AnalyzedDoc.voiceSupported` is false). */
  readonly voice: boolean;
  /**
   * The language's own voice detection (English: lang/en/voice/), which the `Analyzer` runs instead
   * of the German rules of src/voice/. Undefined: the German rules (with their speaker check).
   */
  readonly detectVoice?: (input: VoiceInput, scratch: VoiceScratch) => VoiceSpan[];
  /** The flags the tokenizer keeps per distinct surface form (voice cues, kind bits, SENTENCE_FINAL). */
  formFlags(surface: string, kind: TokenKind, norm: string): number;
  /** Tokens whose flags have one of these bits are listed in `marks` (the tokens voice detection visits). */
  readonly markBits: number;
}
