import { createHash } from 'node:crypto';
import type { ArticleRow, CorpusSummary, Provenance } from '../report-data.js';
import { sqlString, type FactStore } from './fact-store.js';
import { COUNTED } from './prepared-from-store.js';

/** report.json lists the first this many articles (corpus order) besides those the page refers to; the page's article table shows them. */
export const ARTICLES_IN_REPORT = 1000;

/** Text-reuse pairs the page shows with their articles (the first ones by article id). */
export const NEAR_DUPLICATES_IN_REPORT = 200;

/** NULL → absent. */
const opt = <K extends string, V>(k: K, v: V | null): Partial<Record<K, V>> => (v === null ? {} : ({ [k]: v } as Record<K, V>));

/**
 * The article rows report.json carries (ReportData.articles): the first ARTICLES_IN_REPORT by
 * index and those named in `needed` (the embedded evidence, readers and shown text-reuse pairs),
 * in index order; never a row per article of a large corpus.
 */
export async function articlesForPage(store: FactStore, needed: Iterable<string>): Promise<ArticleRow[]> {
  await store.run(`CREATE OR REPLACE TEMP TABLE page_articles (article VARCHAR)`);
  const ids = [...new Set(needed)];
  for (let i = 0; i < ids.length; i += 1000) {
    await store.run(`INSERT INTO page_articles VALUES ${ids.slice(i, i + 1000).map((id) => `(${sqlString(id)})`).join(', ')}`);
  }
  const rows = await store.all<{
    article: string; outlet: string; title: string | null; date: string | null; date_precision: string | null; url: string | null; language: string | null;
    path: string; sha256: string; word_tokens: number; boilerplate_tokens: number; frame_hits: number; duplicate_of: string | null;
  }>(`
    WITH page AS (
      SELECT idx FROM articles WHERE idx IN (SELECT idx FROM articles ORDER BY idx LIMIT ${ARTICLES_IN_REPORT})
      UNION SELECT idx FROM articles SEMI JOIN page_articles USING (article)
    )
    SELECT a.article, a.outlet, a.title, a.date, a.date_precision, a.url, a.language, a.path, a.sha256, a.word_tokens, a.boilerplate_tokens,
      (SELECT count(*) FROM ${COUNTED} h WHERE h.idx = a.idx AND h.kind = 'frame')::INTEGER AS frame_hits, d.duplicate_of
    FROM articles a SEMI JOIN page USING (idx)
    LEFT JOIN duplicates d USING (article)
    ORDER BY a.idx`);
  await store.run(`DROP TABLE page_articles`);
  return rows.map((r) => ({
    article: r.article,
    outlet: r.outlet,
    ...opt('title', r.title),
    ...opt('date', r.date),
    ...opt('datePrecision', r.date_precision),
    ...opt('url', r.url),
    ...opt('language', r.language),
    path: r.path,
    sha256: r.sha256,
    wordTokens: r.word_tokens,
    boilerplateTokens: r.boilerplate_tokens,
    frameHits: r.frame_hits,
    ...opt('duplicateOf', r.duplicate_of),
  }));
}

/** The corpus in a few figures (ReportData.corpus): what the page says about every article. */
export async function corpusSummary(store: FactStore): Promise<CorpusSummary> {
  const [dates] = await store.all<{ first: string | null; last: string | null; distinct: number }>(
    `SELECT min(date) AS first, max(date) AS last, count(DISTINCT date)::INTEGER AS distinct FROM articles WHERE date <> ''`,
  );
  const outlets = await store.all<{ outlet: string; articles: number; undated: number; languages: string[] }>(`
    SELECT outlet, count(*)::INTEGER AS articles, count(*) FILTER (WHERE date IS NULL OR date = '')::INTEGER AS undated,
      list(DISTINCT coalesce(language, 'und') ORDER BY coalesce(language, 'und')) AS languages
    FROM articles GROUP BY outlet ORDER BY outlet`);
  // an outlet's date precisions in the order of their first article
  const precisions = await store.all<{ outlet: string; precisions: string[] }>(`
    SELECT outlet, list(date_precision ORDER BY first) AS precisions
    FROM (SELECT outlet, date_precision, min(idx) AS first FROM articles WHERE date_precision <> '' GROUP BY ALL) GROUP BY outlet`);
  const precisionsOf = new Map(precisions.map((p) => [p.outlet, p.precisions]));
  const articles = outlets.reduce((sum, o) => sum + o.articles, 0);
  return {
    articles,
    dates: { ...opt('first', dates?.first ?? null), ...opt('last', dates?.last ?? null), distinct: dates?.distinct ?? 0 },
    outlets: outlets.map((o) => ({ outlet: o.outlet, undated: o.undated, datePrecisions: precisionsOf.get(o.outlet) ?? [], languages: o.languages })),
  };
}

/**
 * The corpus files in provenance: their number and the sha256 of the lines "<sha256>  <path>\n"
 * sorted by path (byte order), which `sha256sum` over the files and `LC_ALL=C sort -k2` reproduce.
 */
export async function filesDigest(store: FactStore): Promise<Pick<Provenance['corpus'], 'fileCount' | 'filesSha256'>> {
  // hashed here a chunk of lines at a time: DuckDB's string_agg of the lines grows one string,
  // which at a million files (68 MB at 1 GB) is one allocation larger than a 256MB limit leaves
  // free, and an aggregate's state cannot spill ("failed to allocate data of size 128.0 MiB")
  const hash = createHash('sha256');
  let n = 0;
  for await (const rows of store.chunks(`SELECT sha256 || '  ' || path || chr(10) AS line FROM articles ORDER BY path`)) {
    for (const [line] of rows) {
      n++;
      // a NULL line (no sha256 or path) is left out, as string_agg left it out
      if (typeof line === 'string') hash.update(line);
    }
  }
  return { fileCount: n, filesSha256: hash.digest('hex') };
}
