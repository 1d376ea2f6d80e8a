import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Outlet } from '@framelens/corpus';
import type { ArticleResult } from '../article-result.js';
import type { LexiconLike } from '../lexicon-like.js';

/**
 * The corpus as aggregation sees it: results sorted by article id, plus small
 * Arquero tables rolled up in one pass over the per-article counts (so no
 * table has one row per article × category; 100,000 articles stay cheap).
 */
export interface Prepared {
  results: ArticleResult[];
  /** sorted by id */
  outlets: Outlet[];
  lexicon: LexiconLike;
  coveredStems: ReadonlySet<string>;
  /** one row per article: article, outlet, date, wordTokens, boilerplateTokens */
  articles: ColumnTable;
  /** counted hits per outlet × kind × category × label × voice: outlet, kind, category, label, voice, hits, articles (with ≥ 1 such hit) */
  cells: ColumnTable;
  /** counted frame hits per outlet × day (YYYY-MM-DD dates only) × frame: outlet, date, category, hits */
  days: ColumnTable;
}

export function prepare(results: ArticleResult[], outlets: readonly Outlet[], lexicon: LexiconLike, coveredStems: ReadonlySet<string>): Prepared {
  const cells = new Map<string, { outlet: string; kind: string; category: string; label: string; voice: string; hits: number; articles: number; last: number }>();
  const days = new Map<string, { outlet: string; date: string; category: string; hits: number }>();
  results.forEach((r, i) => {
    const day = r.date !== undefined && r.date.length === 10 ? r.date : undefined;
    for (const c of r.counts) {
      const k = `${r.outlet}\u0000${c.kind}\u0000${c.category}\u0000${c.label}\u0000${c.voice}`;
      let cell = cells.get(k);
      if (!cell) cells.set(k, (cell = { outlet: r.outlet, kind: c.kind, category: c.category, label: c.label, voice: c.voice, hits: 0, articles: 0, last: -1 }));
      cell.hits += c.hits;
      if (cell.last !== i) {
        cell.articles++;
        cell.last = i;
      }
      if (day && c.kind === 'frame') {
        const dk = `${r.outlet}\u0000${day}\u0000${c.category}`;
        const d = days.get(dk);
        if (d) d.hits += c.hits;
        else days.set(dk, { outlet: r.outlet, date: day, category: c.category, hits: c.hits });
      }
    }
  });
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
    cells: aq.from([...cells.values()].map(({ last, ...c }) => c)),
    days: aq.from([...days.values()]),
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
