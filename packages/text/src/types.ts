/** A half-open range of UTF-16 code units into the original text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  /** Matching key: NFC, case-folded, ß→ss, typographic apostrophes/dashes unified, soft hyphens removed. */
  norm: string;
  /** German stem of `norm` (computed once per distinct surface form by the `Tokenizer`). Empty for punctuation. */
  stem: string;
  kind: TokenKind;
  /** For hyphenated compounds (`Anti-Terror-Operation`): the parts as spans into the text. */
  parts?: Span[];
}

/**
 * The voice of a stretch of text. Text outside every span is `authorial`.
 * - quoted: inside direct quotation
 * - reported: indirect speech or an attributed claim (Konjunktiv I, "laut X", "X zufolge", "soll ... haben")
 * - distanced: scare quotes, "sogenannt", "angeblich"
 * - name: a quoted proper name („Vlast“); transparent for voice (hits inside take the enclosing voice)
 */
export type SpanVoice = 'quoted' | 'reported' | 'distanced' | 'name';
export type Voice = 'authorial' | 'quoted' | 'reported' | 'distanced';
export const VOICES: readonly Voice[] = ['authorial', 'quoted', 'reported', 'distanced'];

export interface VoiceSpan extends Span {
  voice: SpanVoice;
  /** The speaker phrase as written ("der russische Politologe Juri Solosubow"), or "anonymous". */
  speaker?: string;
  /** The words that signalled the voice ("sagt", "laut", "sei", "sogenannten", "»…«"). */
  cue?: string;
}

export type BoilerplateReason = 'caption' | 'credit' | 'teaser' | 'date-header' | 'furniture';

export interface BoilerplateSpan extends Span {
  reason: BoilerplateReason;
}

/** One analysed document. All offsets are into `text`. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Span[];
  /** Paragraphs (blocks separated by blank lines), for section detection (lead = first prose paragraph). */
  paragraphs: Span[];
  spans: VoiceSpan[];
  boilerplate: BoilerplateSpan[];
}
