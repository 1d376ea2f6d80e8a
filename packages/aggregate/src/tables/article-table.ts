import type { ArticleRow } from '../report-data.js';
import type { Prepared } from './prepared.js';

/**
 * One row per article, in index order (the sorted corpus; `aggregate()` uses
 * article id order). Columns: article, outlet, title?, date?, datePrecision?,
 * url?, language?, path, wordTokens (outside boilerplate; minus duplicated passages under
 * syndication = collapse), boilerplateTokens, frameHits (counted),
 * duplicateOf? (collapse only).
 */
export function articleTable(p: Prepared): ArticleRow[] {
  return p.records.map((r) => {
    const row: ArticleRow = {
      article: r.article,
      outlet: r.outlet,
      path: r.path,
      wordTokens: r.wordTokens,
      boilerplateTokens: r.boilerplateTokens,
      frameHits: r.frameHits,
    };
    if (r.title !== undefined) row.title = r.title;
    if (r.date !== undefined) row.date = r.date;
    if (r.datePrecision !== undefined) row.datePrecision = r.datePrecision;
    if (r.url !== undefined) row.url = r.url;
    if (r.language !== undefined) row.language = r.language;
    if (r.duplicateOf !== undefined) row.duplicateOf = r.duplicateOf;
    return row;
  });
}
