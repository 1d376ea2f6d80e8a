import type { ColumnTable } from 'arquero';
import type { Outlet } from '@framelens/corpus';
import type { LexiconLike } from '../lexicon-like.js';
import type { ArticleRow } from '../report-data.js';

/**
 * What aggregation keeps of one article after `add`: the report's article row plus its position
 * and boilerplate summary; a few numbers and strings, never text or evidence.
 */
export interface ArticleRecord extends ArticleRow {
  /** position in the sorted corpus (the order of every per-article output) */
  index: number;
  /** boilerplate spans and their reasons ("caption, credit"), for the warning */
  boilerplateSpans: number;
  boilerplateReasons: string;
  /** NEGATION (#21): the article's negated hits, each as `"match" (cue)`, for the warning; absent when none */
  negated?: string[];
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
 * The corpus as the table functions see it, folded from the per-article
 * results: per-article records (in index order) and compact frame counts,
 * plus small Arquero tables rolled up over the per-article counts (so no
 * table has one row per article × category; 200,000 articles stay cheap).
 */
export interface Prepared {
  /** sorted by id */
  outlets: Outlet[];
  lexicon: LexiconLike;
  coveredStems: ReadonlySet<string>;
  /** one per article, by index */
  records: ArticleRecord[];
  /** counted frame hits per article: records.length × frames (lexicon order), row-major, records order */
  frameCounts: Int32Array;
  /** one row per article: article, outlet, date, wordTokens, boilerplateTokens */
  articles: ColumnTable;
  /** counted hits per outlet × kind × category × label × voice: outlet, kind, category, label, voice, hits, articles (with ≥ 1 such hit) */
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

