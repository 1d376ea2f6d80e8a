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

/**
 * The article's terms (stop words, numbers and punctuation removed), one entry
 * per distinct (stem, surface form), in columns: stems in code-unit order, a
 * stem's forms most frequent first (then in code-unit order). `counts[i]` is
 * how often `forms[i]` occurs; a stem's count is the sum over its forms.
 * `keys[2i]` and `keys[2i + 1]` are two 32-bit hashes of
 * `stems[i] + "\u0000" + forms[i]` (see termKey): the aggregator counts by
 * this 64-bit key and reads the strings only the first time it meets a key.
 */
export interface TermCounts {
  stems: string[];
  forms: string[];
  counts: number[];
  keys: number[];
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
  /** ISO 639-1 code of the article's language (Article.language): distinctive terms and text reuse compare within one language */
  language?: string;
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
  terms: TermCounts;
  shingles: Shingles;
  reader: ReaderArticle;
}
