/**
 * The rows of one article as `mapArticle` hands them to a sink (a part writer, or the collector
 * of `summariseArticle`).
 */
import type { HitKind, Section } from '@framelens/lexicon';
import type { Voice } from '@framelens/text';
import type { TermEntry } from './term-memo.js';

/** One hit, counted or not (the hits table without the columns the store derives from the article). */
export interface HitRow {
  kind: HitKind;
  category: string;
  label: string;
  term: string;
  /** the matched text as it stands in the article */
  match: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  start: number;
  end: number;
  voice: Voice;
  speaker?: string;
  speakerGroup?: string;
  cue?: string;
  section: Section;
  /** set when the hit is not counted: 'boilerplate', 'negated' (or 'duplicate', set by the reduce) */
  excluded?: 'boilerplate' | 'duplicate' | 'negated';
  /** for a negated hit: the words that negate it */
  negation?: string;
}

/** A hit with its id ("<article>#[title:]<start>-<end>:<kind>:<category>"), article and outlet. */
export interface ArticleEvidence extends HitRow {
  id: string;
  article: string;
  outlet: string;
}

/** Words spoken by one speaker phrase inside quoted / reported spans. */
export interface VoiceWords {
  /** speaker group id, "anonymous" or "unassigned" */
  group: string;
  /** speaker phrase as written, or "anonymous" */
  speaker: string;
  quotedWords: number;
  reportedWords: number;
}

export interface BoilerplateRow {
  start: number;
  end: number;
  reason: string;
  words: number;
}

/** The article's row (the writer adds its index and text bytes). */
export interface ArticleRow {
  article: string;
  outlet: string;
  title: string | undefined;
  date: string | undefined;
  datePrecision: string | undefined;
  url: string | undefined;
  path: string;
  sha256: string;
  /** word tokens outside boilerplate, body plus title */
  wordTokens: number;
  titleWordTokens: number;
  /** word tokens inside boilerplate spans (excluded from every rate) */
  boilerplateTokens: number;
  /** distinct shingles */
  shingles: number;
  /** ISO 639-1 code of the article's language */
  language: string | undefined;
}

/** Where `mapArticle` puts an article's rows (a part writer, or a collector). */
export interface ArticleSink {
  hit(row: HitRow): void;
  voiceWords(row: VoiceWords): void;
  /** the article's distinct (stem, surface form) pairs with their counts (stop words, numbers and punctuation removed) */
  terms(outlet: string, language: string | undefined, entries: readonly TermEntry[]): void;
  /** the distinct hashes of the body's shingles, ascending */
  shingles(hashes: Float64Array): void;
  boilerplate(row: BoilerplateRow): void;
  /** last */
  article(row: ArticleRow): void;
}

/** What the page's reader shows of an article. */
export interface ReaderPayload {
  article: string;
  outlet: string;
  title?: string;
  text: string;
  spans: { start: number; end: number; voice: string; speaker?: string; cue?: string }[];
  boilerplate: { start: number; end: number; reason: string }[];
  hits: { start: number; end: number; kind: string; category: string; voice: string }[];
}
