import type { Outlet } from '@framelens/corpus';
import type { CompiledLexiconLike } from './lexicon-like.js';
import type { Provenance } from './report-data.js';
import type { ShingleStore } from './shingle-store.js';

// What an aggregation is told about its run (its own file: report-assembly.ts reads it too).

export interface AggregateSettings {
  /** keep: near-duplicates are shown and counted in full; collapse: a shared passage counts once (see README) */
  syndication: 'keep' | 'collapse';
  /** counted evidence rows per outlet × kind × category in `evidence` (what the HTML embeds) */
  evidencePerCell: number;
  bootstrapSeed: number;
  /** bootstrap resamples (0 disables the bootstrap) */
  bootstrapSamples: number;
  /** shingle Jaccard at or above which two articles are near-duplicates (default 0.2) */
  nearDuplicateThreshold?: number;
  /** distinctive terms per outlet (default 20) */
  distinctivePerOutlet?: number;
  /** lexicon-gap suggestions per outlet (default 10) */
  lexiconGapsPerOutlet?: number;
  /** α0 of the Dirichlet prior (default 1000) */
  priorScale?: number;
  /** reader payloads (full text) kept for the report: about this many, spread evenly over the outlets, lowest indexes first (default 300) */
  readerArticles?: number;
}

export interface AggregateContext {
  pipeline: string;
  title: string;
  description?: string;
  outlets: readonly Outlet[];
  lexicon: CompiledLexiconLike;
  provenance: Provenance;
  settings: AggregateSettings;
  /**
   * The article body as `summariseArticle` saw it (Article.text), re-read from
   * the corpus: the streaming aggregator keeps no texts, so near-duplicate
   * candidates are checked, and their shared passages cut, on re-read texts.
   * Without it `finish()` reports no near-duplicates (and says so in a warning).
   * It may answer synchronously: candidates are checked one after another, so
   * a synchronous read spares a round trip through the event loop per text.
   */
  readText?: (articleId: string) => string | Promise<string>;
  /**
   * Keeps each article's distinct shingle hashes from `add()` to `finish()` (e.g. a
   * `FileShingleStore`), where candidate pairs are then checked on them: a text is read
   * again only for a pair that is a near-duplicate (its shared passages). Without a store,
   * every candidate's text is read and tokenized again, which for a homogeneous corpus of
   * 50,000 articles (hundreds of thousands of candidate pairs) takes longer than the map step.
   */
  shingleStore?: ShingleStore;
}
