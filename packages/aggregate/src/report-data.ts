/**
 * The contract between aggregation and the report: plain, JSON-serialisable rows.
 * Every array is sorted deterministically. `report.json` is this object.
 * Column meanings are documented in packages/aggregate/README.md.
 */
import type { ArticleEvidence, ReaderPayload } from '@framelens/facts';
import type { Voice } from '@framelens/text';
import type { HitKind } from '@framelens/lexicon';

export interface OutletRow {
  outlet: string;
  name: string;
  country?: string;
  kind?: string;
  /** the outlet's website (outlet.yaml `url`) */
  url?: string;
  attributionStatus: 'confirmed' | 'inferred' | 'unverified';
  attributionEvidence?: string;
  /** outlet.yaml `testCopy: true`: a fictional outlet written for tests, left out of the page's findings at a glance */
  testCopy?: boolean;
  articles: number;
  /** word tokens outside boilerplate, summed over the outlet's articles */
  wordTokens: number;
  boilerplateTokens: number;
  frameHits: number;
  firstDate?: string;
  lastDate?: string;
}

/**
 * per article language: what the figures rest on. Frames, actors, claims and speaker groups are
 * ids shared by every language, so outlets of every language sit in one chart; words are not:
 * distinctive terms and text reuse compare articles of one language only.
 */
export interface LanguageRow {
  /** ISO 639-1 code ("de", "en"); "und" for articles whose language was not recorded */
  language: string;
  /** outlets with at least one counted article in the language */
  outlets: number;
  /** counted articles in the language */
  articles: number;
  /** their word tokens outside boilerplate */
  wordTokens: number;
  /** articles left out of every count because of their language (not the lexicon's, or their text reads as another) */
  leftOut: number;
  /** whether distinctive terms were computed: at least two outlets have words in the language */
  termsCompared: boolean;
}

export interface ArticleRow {
  article: string;
  outlet: string;
  title?: string;
  date?: string;
  datePrecision?: string;
  url?: string;
  /** ISO 639-1 code of the article's language ("de", "en"); absent when the map step did not record it */
  language?: string;
  path: string;
  /** sha256 of the article's file */
  sha256?: string;
  wordTokens: number;
  boilerplateTokens: number;
  frameHits: number;
  /** set when the article is a near-duplicate of an earlier one and syndication = collapse */
  duplicateOf?: string;
}

/**
 * What the page says about every article without listing them (data/articles.parquet does):
 * the count, the span of dates, and per outlet its undated articles, date precisions and languages.
 */
export interface CorpusSummary {
  articles: number;
  /** distinct non-empty article dates: the first and last (string order) and how many */
  dates: { first?: string; last?: string; distinct: number };
  /** per outlet with articles, by outlet id: articles without a date, the date precisions of its articles (first use first), its articles' languages ("und" when not recorded, sorted) */
  outlets: { outlet: string; undated: number; datePrecisions: string[]; languages: string[] }[];
}

/** per outlet × frame */
export interface OutletFrameRow {
  outlet: string;
  frame: string;
  frameLabel: string;
  articles: number;
  wordTokens: number;
  hits: number;
  /** authorial (own-voice) hits */
  ownHits: number;
  /** hits per 1,000 word tokens, with exact Poisson (Garwood) 95% interval */
  density: number;
  densityLow: number;
  densityHigh: number;
  ownDensity: number;
  ownDensityLow: number;
  ownDensityHigh: number;
  /** article-level bootstrap 95% interval of density (only when articles >= 5) */
  bootstrapLow?: number;
  bootstrapHigh?: number;
  /** this frame's hits / all frame hits of the outlet (0 when the outlet has none) */
  share: number;
  /** (authorial − distanced) / hits; undefined (omitted) when hits = 0 */
  endorsement?: number;
  /** hits in distanced voice (scare quotes, "sogenannt"); with ownHits and hits the endorsement index's inputs */
  distancedHits?: number;
}

/** per outlet × frame × voice */
export interface OutletFrameVoiceRow {
  outlet: string;
  frame: string;
  frameLabel: string;
  voice: Voice;
  hits: number;
  /** hits / all hits of this outlet × frame */
  share: number;
}

/** per outlet × referent × label (naming choices) */
export interface NamingRow {
  outlet: string;
  referent: string;
  referentLabel: string;
  label: string;
  hits: number;
  ownHits: number;
  /** hits of this label / all label hits of this outlet × referent */
  share: number;
}

/** per outlet × speaker group: who gets to speak */
export interface SpeakerRow {
  outlet: string;
  /** speaker group id, "anonymous", or "unassigned" (speaker named but in no group) */
  group: string;
  groupLabel: string;
  quotedWords: number;
  reportedWords: number;
  /** (quoted + reported words of this group) / all quoted + reported words of the outlet */
  share: number;
  speakers: string[];
}

/** per outlet × claim */
export interface ClaimRow {
  outlet: string;
  claim: string;
  claimLabel: string;
  present: boolean;
  hits: number;
  articles: number;
  /** first evidence sentence (by article id, then offset) */
  evidence?: string;
  evidenceArticle?: string;
}

/** distinctive terms: log-odds with informative Dirichlet prior, outlet vs the other outlets of the same language */
export interface DistinctiveRow {
  outlet: string;
  /** the language of the words (ISO 639-1): "rest" is the other outlets' articles in this language */
  language?: string;
  stem: string;
  /** surface forms behind the stem, most frequent first */
  forms: string[];
  count: number;
  countRest: number;
  /** per 1,000 word tokens in the outlet / in the rest */
  rate: number;
  rateRest: number;
  logOdds: number;
  z: number;
  /** articles of the outlet / of the rest that use the stem at least once */
  articles?: number;
  articlesRest?: number;
  /** one-sided p-value of the article-level test (Fisher's exact test on per-article presence, outlet vs rest) */
  pArticles?: number;
  /**
   * true when the article-level test passes the Benjamini–Hochberg cut-off (q = 0.05) over
   * every outlet × stem tested in the language: the outlet uses the word in more of its articles than chance explains
   */
  significant?: boolean;
  /** true when a lexicon entry covers this stem */
  inLexicon: boolean;
}

export interface SharedPassage {
  startA: number;
  endA: number;
  startB: number;
  endB: number;
  text: string;
}

export interface NearDuplicateRow {
  articleA: string;
  articleB: string;
  outletA: string;
  outletB: string;
  /** Jaccard similarity of word shingles (5-word shingles, very common ones left out) */
  similarity: number;
  /** share of the shorter article's distinct 5-word shingles found in the other (text reuse) */
  containment?: number;
  /** verbatim: (nearly) all of the shorter article is in the other; edited: partly rephrased or cut */
  reuse?: 'verbatim' | 'edited';
  passages: SharedPassage[];
}

/** frame density by day per outlet */
export interface TimeRow {
  outlet: string;
  date: string;
  frame: string;
  hits: number;
  wordTokens: number;
  density: number;
}

/**
 * One row per hit: the evidence behind every number. A hit as the map step writes it (id
 * "<article>#<start>-<end>:<kind>:<category>", voice, speaker, section; `excluded` when it is not
 * counted in any table: 'boilerplate', 'negated' with the negating words in `negation`, or
 * 'duplicate' inside a passage shared with an earlier article under syndication = collapse), with
 * its category's label.
 */
export interface EvidenceRow extends ArticleEvidence {
  categoryLabel: string;
}

/** full text for the article reader, with spans and hits */
export interface ReaderArticle extends Omit<ReaderPayload, 'hits'> {
  hits: { start: number; end: number; kind: HitKind; category: string; voice: Voice }[];
}

export interface Warning {
  kind:
    | 'language-mismatch'
    | 'single-article-outlet'
    | 'inferred-attribution'
    | 'unverified-attribution'
    | 'near-duplicate'
    | 'boilerplate-excluded'
    | 'negated-hits'
    | 'undated-articles'
    | 'shared-outlet-name'
    | 'evidence-capped'
    | 'other';
  message: string;
  outlet?: string;
  article?: string;
}

export interface LexiconSummary {
  name: string;
  version: string;
  sha256: string;
  frames: { id: string; label: string; description: string; terms: string[] }[];
  referents: { id: string; label: string; labels: string[] }[];
  claims: { id: string; label: string; description: string; terms: string[] }[];
  speakers: { id: string; label: string; names: string[] }[];
}

export interface Provenance {
  framelensVersion: string;
  lexicon: { path: string; sha256: string };
  /**
   * The corpus folder, how many files the report rests on and one digest over them: the sha256 of
   * the lines "<sha256>  <path>\n" of every file (as `sha256sum` prints them), sorted by path (byte
   * order); data/articles.parquet lists each file's path and sha256. `files` (every file) is only
   * in reports written before the digest.
   */
  corpus: { path: string; files?: { path: string; sha256: string }[]; fileCount?: number; filesSha256?: string };
  settings: Record<string, string | number | boolean>;
  /** the hand-coded sample behind the report's Validation section (framelens agreement), when there is one */
  validation?: { agreement: { path: string; sha256: string }; sample: string; files: { path: string; sha256: string; coder: string }[] };
}

export interface ReportData {
  schemaVersion: 1;
  pipeline: string;
  title: string;
  description?: string;
  provenance: Provenance;
  lexicon: LexiconSummary;
  outlets: OutletRow[];
  /** per language: outlets, articles and words counted, articles left out (always set by the aggregator; sorted by language) */
  languages?: LanguageRow[];
  /**
   * The articles the page refers to, in corpus order: the first ARTICLES_IN_REPORT and every
   * article behind the embedded evidence, the readers and the first NEAR_DUPLICATES_IN_REPORT
   * text-reuse pairs. Every article is in data/articles.parquet; `corpus` counts them.
   */
  articles: ArticleRow[];
  /** the whole corpus in a few figures (always set by the aggregator) */
  corpus?: CorpusSummary;
  outletFrames: OutletFrameRow[];
  outletFrameVoices: OutletFrameVoiceRow[];
  naming: NamingRow[];
  speakers: SpeakerRow[];
  claims: ClaimRow[];
  distinctive: DistinctiveRow[];
  lexiconGaps: DistinctiveRow[];
  nearDuplicates: NearDuplicateRow[];
  overTime: TimeRow[];
  /**
   * The evidence the HTML embeds: at most `settings.evidencePerCell` counted rows per
   * outlet × kind × category, spread over the outlet's articles (round robin in index
   * order), sorted by outlet, index, position. The full evidence (every hit, counted or
   * not) is NOT held here: every hit is in data/hits.parquet, written by the reduce.
   */
  evidence: EvidenceRow[];
  /** Number of evidence rows in data/hits.parquet (every hit, counted or excluded). Always set by the aggregator. */
  evidenceTotal?: number;
  /** Per outlet × kind × category with counted hits: how many rows exist and how many `evidence` shows ("showing 10 of 1,234"). */
  evidenceCells?: EvidenceCell[];
  /**
   * Reader payloads (full text) for a bounded set of articles (`settings.readerArticles`,
   * default 300, spread evenly over outlets, lowest indexes first). Evidence rows whose
   * article has no reader payload exist: show their sentence without the reader link.
   */
  readers: ReaderArticle[];
  /**
   * The warnings the page lists: every warning of the run, or in report.json the first
   * WARNINGS_PER_KIND_IN_REPORT of each kind (in this order); data/warnings.parquet holds every
   * one and `warningCounts` counts them.
   */
  warnings: Warning[];
  /** Warnings per kind × outlet, over every warning of the run (data/warning-counts.csv); set in report.json. */
  warningCounts?: WarningCount[];
  /** Text-reuse pairs of the run: `nearDuplicates` in report.json holds the first NEAR_DUPLICATES_IN_REPORT, data/near-duplicates.parquet every one. */
  nearDuplicatesTotal?: number;
}

/** How many warnings of a kind concern an outlet (no outlet: the warnings about the corpus as a whole). */
export interface WarningCount {
  kind: Warning['kind'];
  outlet?: string;
  warnings: number;
}

/** Evidence per outlet × kind × category: counted rows in the corpus and rows embedded in `evidence`. */
export interface EvidenceCell {
  outlet: string;
  kind: HitKind;
  category: string;
  /** counted hits (= counted evidence rows in data/hits.parquet) */
  total: number;
  /** rows in ReportData.evidence */
  shown: number;
}
