/**
 * The per-article map output: small, pure data (JSON / structured-clone safe),
 * never token arrays. `aggregate` turns a list of these into ReportData.
 */
import type { HitKind, Section } from '@framelens/lexicon';
import type { Voice } from '@framelens/text';
import type { EvidenceRow, ReaderArticle } from './report-data.js';

/** Hit counts of one article, one row per kind × category × label × voice × section (counted hits only). */
export interface HitCount {
  kind: HitKind;
  category: string;
  label: string;
  voice: Voice;
  section: Section;
  hits: number;
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

/** A stem's count in the article (stop words, numbers and punctuation removed), with its surface forms. */
export interface TermCount {
  stem: string;
  count: number;
  /** [surface form, count], most frequent first */
  forms: [string, number][];
}

/**
 * Word shingles of the article body (boilerplate excluded), in text order:
 * shingle i covers word i … i + size − 1; `starts[i]` / `ends[i]` are its
 * character offsets; `hashes[i]` is a 53-bit integer hash of its normalised words.
 */
export interface Shingles {
  size: number;
  hashes: number[];
  starts: number[];
  ends: number[];
}

/** Evidence as the map step knows it (labels from the lexicon are added by `aggregate`). */
export type ArticleEvidence = Omit<EvidenceRow, 'categoryLabel'>;

export interface ArticleResult {
  article: string;
  outlet: string;
  title?: string;
  date?: string;
  datePrecision?: string;
  url?: string;
  path: string;
  sha256: string;
  /** word tokens outside boilerplate, body plus title */
  wordTokens: number;
  /** of which in the title */
  titleWordTokens: number;
  /** word tokens inside boilerplate spans (excluded from every rate) */
  boilerplateTokens: number;
  boilerplate: { start: number; end: number; reason: string; words: number }[];
  /** counted hits (boilerplate hits excluded), pre-aggregated */
  counts: HitCount[];
  /** one row per hit, counted or not (see EvidenceRow.excluded) */
  evidence: ArticleEvidence[];
  voiceWords: VoiceWords[];
  terms: TermCount[];
  shingles: Shingles;
  reader: ReaderArticle;
}
