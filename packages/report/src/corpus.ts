/**
 * What the page says about every article of the corpus (how many, undated ones, date precisions,
 * languages, the span of dates) without a row per article: the aggregator's `corpus` summary;
 * for report data without one (older runs, hand-made fixtures), derived from the listed articles.
 */
import type { ArticleRow, CorpusSummary, ReportData } from '@framelens/aggregate';

/** The corpus summary of `data`. */
export function corpusOf(data: ReportData): CorpusSummary {
  return data.corpus ?? corpusFromArticles(data.articles);
}

/** The summary of a complete list of articles (in corpus order). */
export function corpusFromArticles(articles: readonly ArticleRow[]): CorpusSummary {
  const outlets = new Map<string, { outlet: string; undated: number; datePrecisions: Set<string>; languages: Set<string> }>();
  const dates = new Set<string>();
  for (const a of articles) {
    let o = outlets.get(a.outlet);
    if (!o) outlets.set(a.outlet, (o = { outlet: a.outlet, undated: 0, datePrecisions: new Set(), languages: new Set() }));
    if (!a.date) o.undated++;
    else dates.add(a.date);
    if (a.datePrecision) o.datePrecisions.add(a.datePrecision);
    o.languages.add(a.language ?? 'und');
  }
  const sorted = [...dates].sort();
  return {
    articles: articles.length,
    dates: { ...(sorted.length ? { first: sorted[0]!, last: sorted[sorted.length - 1]! } : {}), distinct: sorted.length },
    outlets: [...outlets.values()]
      .sort((a, b) => (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0))
      .map((o) => ({ outlet: o.outlet, undated: o.undated, datePrecisions: [...o.datePrecisions], languages: [...o.languages].sort() })),
  };
}
