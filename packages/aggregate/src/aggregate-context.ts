import type { Outlet } from '@framelens/corpus';
import type { CompiledLexiconLike } from './lexicon-like.js';
import type { Provenance } from './report-data.js';

// What an aggregation is told about its run (its own file: report-assembly.ts reads it too).

export interface AggregateSettings {
  /** keep: text reuse is shown and counted in full; collapse: a shared passage counts once (see README) */
  syndication: 'keep' | 'collapse';
  /** counted evidence rows per outlet × kind × category in `evidence` (what the HTML embeds) */
  evidencePerCell: number;
  bootstrapSeed: number;
  /** bootstrap resamples (0 disables the bootstrap) */
  bootstrapSamples: number;
  /** containment (shared share of the shorter article's 5-word shingles) at or above which two articles are text reuse (default 0.2) */
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
}
