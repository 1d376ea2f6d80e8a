import { cmp } from '../compare.js';
import type { LanguageRow } from '../report-data.js';
import { groupsByLanguage } from './distinctive-table.js';
import { rows as groupRows, UNKNOWN_LANGUAGE, type Prepared } from './prepared.js';

/**
 * One row per article language of the counted articles, sorted by language: outlets with
 * articles in it, articles, word tokens, and whether distinctive terms compare its outlets
 * (at least two have words in it). `leftOut` is 0 here: the articles left out because of
 * their language never reach the reduce; `withLeftOut` adds them.
 */
export function languageTable(p: Prepared): LanguageRow[] {
  const rows = new Map<string, { outlets: Set<string>; articles: number; wordTokens: number }>();
  for (const r of groupRows<{ outlet: string; language: string | null; articles: number; wordTokens: number }>(p.articleGroups)) {
    const language = r.language ?? UNKNOWN_LANGUAGE;
    let row = rows.get(language);
    if (!row) rows.set(language, (row = { outlets: new Set(), articles: 0, wordTokens: 0 }));
    row.outlets.add(r.outlet);
    row.articles += r.articles;
    row.wordTokens += r.wordTokens;
  }
  const compared = groupsByLanguage(p.terms, new Set(p.outlets.map((o) => o.id)));
  return [...rows]
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([language, r]) => ({ language, outlets: r.outlets.size, articles: r.articles, wordTokens: r.wordTokens, leftOut: 0, termsCompared: (compared.get(language)?.length ?? 0) >= 2 }));
}
