import { cmp } from './compare.js';
import type { LanguageRow, ReportData, Warning } from './report-data.js';
import { UNKNOWN_LANGUAGE } from './tables/prepared.js';

/** An article the map step left out of every count because of its language (never in the parts). */
export interface LeftOutArticle {
  outlet: string;
  article: string;
  /** why, naming the file and what to do */
  message: string;
  /** its language (front matter or outlet.yaml), ISO 639-1 */
  language?: string;
}

/**
 * Add the articles left out because of their language to a reduced report: a `language-mismatch`
 * warning each (first among the warnings, in the order given) and their number in `languages`
 * (a language only left-out articles have gets a row of its own, with no outlets or articles).
 * A reduce from shard parts has none: the shards' map runs printed them.
 */
export function addLeftOut(data: ReportData, leftOut: readonly LeftOutArticle[]): void {
  data.warnings = leftOut.map((l): Warning => ({ kind: 'language-mismatch', outlet: l.outlet, article: l.article, message: l.message })).concat(data.warnings);
  const rows = new Map<string, LanguageRow>((data.languages ?? []).map((r) => [r.language, { ...r }]));
  for (const l of leftOut) {
    const language = l.language ?? UNKNOWN_LANGUAGE;
    let row = rows.get(language);
    if (!row) rows.set(language, (row = { language, outlets: 0, articles: 0, wordTokens: 0, leftOut: 0, termsCompared: false }));
    row.leftOut++;
  }
  data.languages = [...rows.values()].sort((a, b) => cmp(a.language, b.language));
}
