import type { ColumnTable } from 'arquero';
import type { Outlet } from '@framelens/corpus';
import type { LexiconLike } from '../lexicon-like.js';

/**
 * An article behind a per-article warning (boilerplate left out, negated hits): only articles
 * with one of them are read from the store, never a record of every article.
 */
export interface ArticleRecord {
  article: string;
  outlet: string;
  path?: string;
  boilerplateTokens: number;
  /** boilerplate spans and their reasons ("caption, credit"), for the warning */
  boilerplateSpans: number;
  boilerplateReasons: string;
  /** NEGATION (#21): the article's negated hits, each as `"match" (cue)`, for the warning; absent when none */
  negated?: string[];
  /** the number of negated hits behind `negated`, which lists each place once (a frame and a referent hit can share one) */
  negatedHits?: number;
}

/** What the warnings say about the corpus as a whole, without a record of every article. */
export interface CorpusFacts {
  /** articles in the corpus */
  articles: number;
  /** articles without a date and the paths of the first UNDATED_LISTED of them (corpus order) */
  undated: number;
  undatedPaths: string[];
  /** per outlet: the path of its first article (corpus order) */
  firstPath: Map<string, string>;
}

/** The language of an article whose language the map step did not record (ISO 639-2 "undetermined"). */
export const UNKNOWN_LANGUAGE = 'und';

/**
 * One outlet's words in one language: token counts by stem and form, total stem tokens, word
 * tokens; and, for the article-level significance test, `stemArticles` (by stem id: the
 * articles that use the stem at least once) and `articles` (the outlet's articles in the language).
 */
export interface TermGroup {
  outlet: string;
  language: string;
  stemCounts: Int32Array;
  formCounts: Int32Array;
  total: number;
  words: number;
  stemArticles: Int32Array;
  articles: number;
}

/** Per outlet × language stem and surface-form counts; stems and forms are interned to integer ids. */
export interface TermState {
  stems: string[];
  forms: string[];
  /** form id → stem id */
  formStem: Int32Array;
  /**
   * One group per outlet × article language with articles, keyed `key(outlet, language)`, in
   * outlet id then language order: words of two languages are never counted together.
   */
  groups: Map<string, TermGroup>;
}

export interface SpeakerCell {
  quoted: number;
  reported: number;
  speakers: Map<string, number>;
}

/**
 * The corpus as the table functions see it, aggregated in the store: no table or list has one
 * row per article (a corpus of a million articles stays as cheap as the seeds), except the
 * articles behind per-article warnings.
 */
export interface Prepared {
  /** sorted by id */
  outlets: Outlet[];
  lexicon: LexiconLike;
  coveredStems: ReadonlySet<string>;
  /** articles per outlet × date × language: outlet, date (null: undated), language, articles, wordTokens, boilerplateTokens */
  articleGroups: ColumnTable;
  /** article-level bootstrap 95% intervals of frame density per outlet (frames in lexicon order), for outlets with enough articles */
  bootstrap: Map<string, [number, number][]>;
  /** articles with boilerplate left out or negated hits, in corpus order */
  warned: ArticleRecord[];
  corpus: CorpusFacts;
  /** counted hits per outlet × kind × category × label × voice: outlet, kind, category, label, voice, hits */
  cells: ColumnTable;
  /** counted frame hits per outlet × day (YYYY-MM-DD dates only) × frame: outlet, date, category, hits */
  days: ColumnTable;
  /** outlet\u0000group → quoted / reported words */
  speakers: Map<string, SpeakerCell>;
  /** outlet\u0000claim → articles with at least one counted hit */
  claimArticles: Map<string, number>;
  /** outlet\u0000claim → first counted evidence (lowest index, then position) */
  claimFirst: Map<string, { sentence: string; article: string }>;
  terms: TermState;
}

/** Rows of an Arquero table as plain objects of a known shape. */
export function rows<T>(table: ColumnTable): T[] {
  return table.objects() as T[];
}

/** "a\u0000b" keys for lookups of rolled-up rows. */
export function key(...parts: (string | number)[]): string {
  return parts.join('\u0000');
}
