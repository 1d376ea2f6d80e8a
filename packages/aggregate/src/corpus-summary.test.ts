/**
 * report.json without a row per article of a large corpus: the articles the page refers to, the
 * corpus in a few figures, the files as a count and one digest; data/articles.parquet has all.
 * 1,203 short articles in two outlets (more than ARTICLES_IN_REPORT), a hit in the last one.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregate, type AggregateContext } from './aggregate.js';
import type { ReportData } from './report-data.js';
import { bootstrapRatesRows, seedFor } from './stats/bootstrap.js';
import { ARTICLES_IN_REPORT } from './store/corpus-from-store.js';
import { readParquet } from './store/outputs.js';
import { summariseArticle } from '@framelens/facts';
import { article, doc, hit, outlet } from './__fixtures__/seed-doc.js';

const N = 1203;
const lexicon = { lexicon: { name: 't', frames: [{ id: 'protest', label: 'Protest', terms: [] }] }, sha256: 'x', coveredStems: new Set<string>() };
const context: AggregateContext = {
  pipeline: 't',
  title: 't',
  outlets: [outlet('a', 'A'), outlet('b', 'B')],
  lexicon,
  provenance: { framelensVersion: '0', lexicon: { path: 'l', sha256: 'x' }, corpus: { path: 'corpus/kazakhstan-2022', files: [] }, settings: {} },
  settings: { syndication: 'keep', evidencePerCell: 5, bootstrapSeed: 1, bootstrapSamples: 0, readerArticles: 2 },
};

// outlet a: articles 0000–0999 (every tenth undated, the others on one of 20 days, day-precise);
// outlet b: 0000–0202 dated by month ("2022-02"), its last article with a protest hit
const results = Array.from({ length: N }, (_, i) => {
  const [o, k] = i < 1000 ? ['a', i] : ['b', i - 1000];
  const last = o === 'b' && k === N - 1001;
  const text = last ? `Artikel ${k} von ${o} über die Proteste in Almaty.` : `Artikel ${k} von ${o} über das Wetter in Almaty.`;
  const extra = o === 'a' ? (k % 10 === 0 ? {} : { date: `2022-01-${String(1 + (k % 20)).padStart(2, '0')}`, datePrecision: 'day' as const }) : { date: '2022-02', datePrecision: 'month' as const };
  const d = doc(text);
  return summariseArticle(article(`${o}/${String(k).padStart(4, '0')}`, o, text, extra), d, last ? [hit(d, { category: 'protest', word: 'Proteste' })] : []);
});

describe('report.json for a corpus larger than the page lists', () => {
  let out: string;
  let data: ReportData;
  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'framelens-corpus-'));
    data = await aggregate(results, context, { outputDir: out });
  }, 120_000);
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('lists the first ARTICLES_IN_REPORT articles and those behind the evidence and the readers, not every article', () => {
    expect(data.evidence.map((e) => e.article)).toEqual(['b/0202']);
    // one reader per outlet (readerArticles 2): a/0000 and b/0000
    expect(data.readers.map((r) => r.article)).toEqual(['a/0000', 'b/0000']);
    expect(data.articles.map((a) => a.article)).toEqual([...results.slice(0, ARTICLES_IN_REPORT).map((r) => r.article), 'b/0000', 'b/0202']);
    expect(data.articles.at(-1)).toMatchObject({ outlet: 'b', date: '2022-02', datePrecision: 'month', frameHits: 1, sha256: results.at(-1)!.sha256 });
  });

  it('counts every article, the undated ones, the dates and the languages in `corpus`', () => {
    expect(data.corpus).toEqual({
      articles: N,
      // 18 days of January (the 1st and 11th fall on undated articles: k % 20 is 0 or 10), and "2022-02" (string order)
      dates: { first: '2022-01-02', last: '2022-02', distinct: 19 },
      outlets: [
        { outlet: 'a', undated: 100, datePrecisions: ['day'], languages: ['de'] },
        { outlet: 'b', undated: 0, datePrecisions: ['month'], languages: ['de'] },
      ],
    });
    expect(data.outlets.map((o) => o.articles)).toEqual([1000, 203]);
  });

  it('names the files by their number and the sha256 of their "sha256  path" lines; articles.parquet lists every one', async () => {
    const files = await readParquet<{ path: string; sha256: string; frame_hits: number }>(path.join(out, 'data', 'articles.parquet'), (t) => `SELECT path, sha256, frame_hits FROM ${t} ORDER BY path`);
    expect(files).toHaveLength(N);
    expect(files.map((f) => f.sha256).sort()).toEqual(results.map((r) => r.sha256).sort());
    expect(files.reduce((s, f) => s + f.frame_hits, 0)).toBe(1);
    const lines = files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
    expect(data.provenance.corpus).toEqual({ path: 'corpus/kazakhstan-2022', fileCount: N, filesSha256: createHash('sha256').update(lines).digest('hex') });
  });
});

describe('the article-level bootstrap, read one outlet at a time from the store', () => {
  it('gives the interval of the same seeded draws over the articles in index order', async () => {
    const boot = await aggregate(results, { ...context, settings: { ...context.settings, bootstrapSamples: 300, bootstrapSeed: 7 } });
    const b = results.filter((r) => r.outlet === 'b');
    // the reference: one record per article of outlet b (words, protest hits), in index order
    const words = b.map((r) => r.wordTokens);
    const counts = b.map((r) => r.evidence.filter((e) => e.kind === 'frame' && !e.excluded).length);
    const [interval] = bootstrapRatesRows(counts, 1, words, { samples: 300, seed: seedFor(7, 'b') });
    const row = boot.outletFrames.find((r) => r.outlet === 'b')!;
    expect(counts.reduce((x, y) => x + y, 0)).toBe(1);
    expect([row.bootstrapLow, row.bootstrapHigh]).toEqual(interval);
    expect(row.bootstrapHigh).toBeGreaterThan(0);
  }, 120_000);
});

