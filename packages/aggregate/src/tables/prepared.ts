import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Outlet } from '@framelens/corpus';
import type { ArticleResult } from '../article-result.js';
import type { LexiconLike } from '../lexicon-like.js';

/** The corpus as aggregation sees it: results sorted by article id, plus two long Arquero tables. */
export interface Prepared {
  results: ArticleResult[];
  /** sorted by id */
  outlets: Outlet[];
  lexicon: LexiconLike;
  coveredStems: ReadonlySet<string>;
  /** one row per article: article, outlet, date, wordTokens, boilerplateTokens */
  articles: ColumnTable;
  /** counted hits, one row per article × kind × category × label × voice × section: article, outlet, kind, category, label, voice, section, hits */
  counts: ColumnTable;
}

export function prepare(results: ArticleResult[], outlets: readonly Outlet[], lexicon: LexiconLike, coveredStems: ReadonlySet<string>): Prepared {
  const cols = { article: [] as string[], outlet: [] as string[], kind: [] as string[], category: [] as string[], label: [] as string[], voice: [] as string[], section: [] as string[], hits: [] as number[] };
  for (const r of results) {
    for (const c of r.counts) {
      cols.article.push(r.article);
      cols.outlet.push(r.outlet);
      cols.kind.push(c.kind);
      cols.category.push(c.category);
      cols.label.push(c.label);
      cols.voice.push(c.voice);
      cols.section.push(c.section);
      cols.hits.push(c.hits);
    }
  }
  return {
    results,
    outlets: [...outlets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    lexicon,
    coveredStems,
    articles: aq.table({
      article: results.map((r) => r.article),
      outlet: results.map((r) => r.outlet),
      date: results.map((r) => r.date ?? null),
      wordTokens: results.map((r) => r.wordTokens),
      boilerplateTokens: results.map((r) => r.boilerplateTokens),
    }),
    counts: aq.table(cols),
  };
}

/** Rows of an Arquero table as plain objects of a known shape. */
export function rows<T>(table: ColumnTable): T[] {
  return table.objects() as T[];
}

/** "a\u0000b" keys for lookups of rolled-up rows. */
export function key(...parts: (string | number)[]): string {
  return parts.join('\u0000');
}
