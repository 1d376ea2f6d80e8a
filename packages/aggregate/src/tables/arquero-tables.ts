import * as aq from 'arquero';
import type { ArticleRecord } from './prepared.js';

/** Build the Arquero tables of Prepared from plain rows. */
export function arqueroTables(records: readonly ArticleRecord[], cells: readonly object[], days: readonly object[]) {
  return {
    articles: aq.table({
      article: records.map((r) => r.article),
      outlet: records.map((r) => r.outlet),
      date: records.map((r) => r.date ?? null),
      wordTokens: records.map((r) => r.wordTokens),
      boilerplateTokens: records.map((r) => r.boilerplateTokens),
    }),
    cells: cells.length > 0 ? aq.from(cells) : aq.table({ outlet: [], kind: [], category: [], label: [], voice: [], hits: [], articles: [] }),
    days: days.length > 0 ? aq.from(days) : aq.table({ outlet: [], date: [], category: [], hits: [] }),
  };
}
