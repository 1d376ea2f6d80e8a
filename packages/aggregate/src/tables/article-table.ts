import type { ArticleRow } from '../report-data.js';
import type { Prepared } from './prepared.js';

/**
 * One row per article, by article id. Columns: article, outlet, title?, date?,
 * datePrecision?, url?, path, wordTokens (outside boilerplate; minus
 * duplicated passages under syndication = collapse), boilerplateTokens,
 * frameHits (counted), duplicateOf? (collapse only).
 */
export function articleTable(p: Prepared, duplicateOf: ReadonlyMap<string, string> = new Map()): ArticleRow[] {
  const frameHits = new Map(p.results.map((r) => [r.article, r.counts.reduce((s, c) => s + (c.kind === 'frame' ? c.hits : 0), 0)]));
  return p.results.map((r) => {
    const row: ArticleRow = {
      article: r.article,
      outlet: r.outlet,
      path: r.path,
      wordTokens: r.wordTokens,
      boilerplateTokens: r.boilerplateTokens,
      frameHits: frameHits.get(r.article) ?? 0,
    };
    if (r.title !== undefined) row.title = r.title;
    if (r.date !== undefined) row.date = r.date;
    if (r.datePrecision !== undefined) row.datePrecision = r.datePrecision;
    if (r.url !== undefined) row.url = r.url;
    const dup = duplicateOf.get(r.article);
    if (dup !== undefined) row.duplicateOf = dup;
    return row;
  });
}
