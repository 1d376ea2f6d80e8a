import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Outlet } from '@framelens/corpus';
import type { AggregateContext } from './aggregate-context.js';
import { PartWriter, type ArticleResult } from '@framelens/facts';
import { cmp } from './compare.js';
import { DEFAULT_READER_ARTICLES, readersPerOutlet } from './readers.js';
import type { LexiconLike } from './lexicon-like.js';
import { FactStore } from './store/fact-store.js';
import { preparedFromStore } from './store/prepared-from-store.js';
import type { Prepared } from './tables/prepared.js';
import type { ReportData } from './report-data.js';
import { reduceParts } from './store/reduce.js';

export type { AggregateContext, AggregateSettings } from './aggregate-context.js';

/**
 * How many reader payloads per outlet the report keeps: those of each outlet's lowest-indexed
 * articles (`settings.readerArticles`, default 300, spread evenly over the outlets). The map step
 * writes only those articles' payloads to the parts.
 */
export function readerQuota(context: Pick<AggregateContext, 'settings' | 'outlets'>): number {
  return readersPerOutlet(context.settings.readerArticles ?? DEFAULT_READER_ARTICLES, context.outlets.length);
}

/** Sort results by article id, check them, and write them as one part (index = position) into a temporary folder for `fn`. */
async function inParts<T>(
  input: readonly ArticleResult[],
  outletIds: readonly string[],
  quota: number,
  fn: (partsDir: string, scratch: string, byId: ReadonlyMap<string, ArticleResult>) => Promise<T>,
): Promise<T> {
  const sorted = [...input].sort((a, b) => cmp(a.article, b.article));
  const outlets = new Set(outletIds);
  const byId = new Map<string, ArticleResult>();
  for (const r of sorted) {
    if (!outlets.has(r.outlet))
      throw new Error(`aggregate: article "${r.article}" (${r.path}) names outlet "${r.outlet}", which is not in the outlet list (${outletIds.join(', ') || 'empty'})`);
    if (byId.has(r.article)) throw new Error(`aggregate: article id "${r.article}" occurs twice (${r.path}); article ids must be unique, e.g. "junge-welt/2022-01-07-friedenstruppe-entsandt"`);
    byId.set(r.article, r);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-aggregate-'));
  try {
    const parts = path.join(dir, 'parts');
    const writer = new PartWriter(parts, 'results');
    const rank = new Map<string, number>();
    sorted.forEach((r, i) => {
      const k = rank.get(r.outlet) ?? 0;
      rank.set(r.outlet, k + 1);
      writer.add(r, i, Buffer.byteLength(r.reader.text), k < quota ? r.reader : undefined);
    });
    writer.close();
    return await fn(parts, dir, byId);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * ReportData from a list of results (tests, small corpora, scripts): sorts them by article id
 * (index = that position), writes them as part files to a temporary folder and runs the same
 * reduce as `framelens analyze` (DuckDB over the parts); texts for the text-reuse passages come
 * from the results' reader payloads. Provenance names the files by their number and digest.
 */
export async function aggregate(
  input: readonly ArticleResult[],
  context: AggregateContext,
  /** outputDir: keep the Parquet tables there (data/*.parquet) instead of in the temporary folder */
  options: { memoryLimit?: string; outputDir?: string } = {},
): Promise<ReportData> {
  return inParts(input, context.outlets.map((o) => o.id), readerQuota(context), async (parts, dir, byId) => {
    const reduced = await reduceParts(context, {
      partsDirs: [parts],
      scratchDir: path.join(dir, 'store'),
      outputDir: options.outputDir ?? path.join(dir, 'out'),
      ...(options.memoryLimit !== undefined ? { memoryLimit: options.memoryLimit } : {}),
      readText: (id) => byId.get(id)?.reader.text ?? '',
    });
    return reduced.data;
  });
}

/** The table functions' input from a list of results (their order by article id is their index), without text reuse: for table tests. */
export async function prepare(
  results: readonly ArticleResult[],
  outlets: readonly Outlet[],
  lexicon: LexiconLike,
  coveredStems: ReadonlySet<string>,
  bootstrap?: { samples: number; seed: number },
): Promise<Prepared> {
  return inParts(results, outlets.map((o) => o.id), 0, async (parts, dir) => {
    const store = await FactStore.open({ partsDirs: [parts], scratchDir: path.join(dir, 'store') });
    try {
      await store.run(`CREATE TEMP TABLE duplicates (article VARCHAR, words INTEGER, duplicate_of VARCHAR)`);
      return await preparedFromStore(store, outlets, lexicon, coveredStems, bootstrap);
    } finally {
      store.close();
    }
  });
}
