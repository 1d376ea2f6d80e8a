import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { AggregateContext } from '../aggregate-context.js';
import { categoryLabels, readersPerOutlet, DEFAULT_READER_ARTICLES } from '../readers.js';
import type { ReportData } from '../report-data.js';
import { assembleReport } from '../report-assembly.js';
import { collapseInStore } from './collapse-in-store.js';
import { articlesForPage, corpusSummary, filesDigest, NEAR_DUPLICATES_IN_REPORT } from './corpus-from-store.js';
import { cappedEvidence, readerPayloads } from './evidence-from-store.js';
import { DEFAULT_MEMORY_LIMIT, FactStore, sizeBytes } from './fact-store.js';
import { writeParquet } from './outputs.js';
import { preparedFromStore } from './prepared-from-store.js';
import { textReuse } from './text-reuse.js';

export interface ReduceOptions {
  /** folders of part files (one per shard, or one for a run on one machine) */
  partsDirs: readonly string[];
  /** the store's database and spill files (removed by the caller) */
  scratchDir: string;
  /** where the Parquet files are written (a staging folder) */
  outputDir: string;
  /** DuckDB memory_limit, e.g. "256MB" (default DEFAULT_MEMORY_LIMIT) */
  memoryLimit?: string;
  /** after DuckDB's Out of Memory Error, run the reduce once more at four times the limit (default true) */
  retryOutOfMemory?: boolean;
  /** progress messages (the retry after an Out of Memory Error) */
  onNotice?: (message: string) => void;
  threads?: number;
  /** the text of an article (for the passages of text-reuse pairs) */
  readText?: (articleId: string) => string;
}

export interface Reduced {
  data: ReportData;
  articles: number;
  /** UTF-8 bytes of the article texts */
  bytes: number;
  /** files written into outputDir, by their name relative to it */
  files: Map<string, string>;
}

/** Refuse parts that hold an article twice (two runs of one shard, overlapping shards). */
async function checkUnique(store: FactStore): Promise<void> {
  const dup = await store.all<{ article: string; n: number }>(`SELECT article, count(*)::INTEGER AS n FROM articles GROUP BY article HAVING count(*) > 1 ORDER BY article LIMIT 5`);
  if (dup.length > 0)
    throw new Error(
      `the parts hold article "${dup[0]!.article}" ${dup[0]!.n} times (${dup.map((d) => d.article).join(', ')}): each shard's parts must be written once, into their own folder, e.g. parts/shard-0-of-3`,
    );
}

/**
 * The reduce step: load the map step's part files into DuckDB, aggregate there in SQL (counts,
 * term totals, the page's evidence, text-reuse candidates), build the per-outlet tables with
 * Arquero, and write the Parquet tables (every hit is in data/hits.parquet, every article in
 * data/articles.parquet). Nothing in the process holds a row per article: report.json carries the
 * articles the page refers to and the corpus in a few figures (its files as a count and a digest).
 */
export async function reduceParts(context: AggregateContext, options: ReduceOptions): Promise<Reduced> {
  const limit = options.memoryLimit ?? DEFAULT_MEMORY_LIMIT;
  try {
    return await reduceInStore(context, { ...options, memoryLimit: limit });
  } catch (error) {
    if (!isOutOfMemory(error) || options.retryOutOfMemory === false) throw outOfMemoryAdvice(error, limit);
    // the safety net: one more try at a higher limit, said in the progress output
    const higher = higherLimit(limit);
    options.onNotice?.(`the reduce ran out of memory at its limit of ${limit} (DuckDB: ${firstLine(error)}); running it again at ${higher} (set --memory-limit to choose)`);
    try {
      return await reduceInStore(context, { ...options, memoryLimit: higher });
    } catch (again) {
      throw outOfMemoryAdvice(again, higher);
    }
  }
}

/** The limit of the second try: four times the first (a whole-MB figure). */
export function higherLimit(limit: string): string {
  return `${Math.ceil((4 * sizeBytes(limit)) / 1e6)}MB`;
}

/** Whether an error is DuckDB's "Out of Memory Error". */
function isOutOfMemory(error: unknown): boolean {
  return /Out of Memory Error/i.test(error instanceof Error ? error.message : String(error));
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/**
 * DuckDB's "Out of Memory Error" (an allocation larger than the memory limit leaves free, which
 * spilling cannot avoid: the 1 GB bench corpus met one at the default 256MB) as an error that
 * says what to do; any other error as it is.
 */
export function outOfMemoryAdvice(error: unknown, memoryLimit: string): unknown {
  if (!isOutOfMemory(error)) return error;
  return new Error(
    `the reduce (DuckDB) needed more memory than its limit of ${memoryLimit}: run again with a larger limit, ` +
      `e.g. framelens analyze <pipeline> --memory-limit ${higherLimit(memoryLimit)}; DuckDB said: ${firstLine(error)}`,
    { cause: error },
  );
}

async function reduceInStore(context: AggregateContext, options: ReduceOptions): Promise<Reduced> {
  const store = await FactStore.open({
    partsDirs: options.partsDirs,
    scratchDir: options.scratchDir,
    ...(options.memoryLimit !== undefined ? { memoryLimit: options.memoryLimit } : {}),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  });
  try {
    await checkUnique(store);
    const [totals] = await store.all<{ articles: number; bytes: number }>(`SELECT count(*)::INTEGER AS articles, coalesce(sum(bytes), 0)::DOUBLE AS bytes FROM articles`);
    // provenance names the corpus files by their number and one digest; data/articles.parquet lists them
    const { files: _files, ...corpus } = context.provenance.corpus;
    const full = { ...context, provenance: { ...context.provenance, corpus: { ...corpus, ...(await filesDigest(store)) } } };
    const lexicon = context.lexicon.lexicon;
    const s = context.settings;
    const reuse = await textReuse(store, { ...(options.readText ? { readText: options.readText } : {}), ...(s.nearDuplicateThreshold !== undefined ? { threshold: s.nearDuplicateThreshold } : {}) });
    await collapseInStore(store, reuse, s.syndication === 'collapse');
    const capped = await cappedEvidence(store, s.evidencePerCell, categoryLabels(lexicon));
    const prepared = await preparedFromStore(store, context.outlets, lexicon, context.lexicon.coveredStems, { samples: s.bootstrapSamples, seed: s.bootstrapSeed });
    const readers = readerPayloads(options.partsDirs, readersPerOutlet(s.readerArticles ?? DEFAULT_READER_ARTICLES, context.outlets.length));
    const nearDuplicates = reuse.map((p) => p.row);
    const shown = nearDuplicates.slice(0, NEAR_DUPLICATES_IN_REPORT).flatMap((d) => [d.articleA, d.articleB]);
    const data = assembleReport(full, {
      prepared,
      capped,
      evidenceTotal: capped.total,
      readers,
      nearDuplicates,
      unchecked: 0,
      articles: await articlesForPage(store, [...capped.rows.map((r) => r.article), ...readers.map((r) => r.article), ...shown]),
      corpus: await corpusSummary(store),
    });
    const dataDir = path.join(options.outputDir, 'data');
    await mkdir(dataDir, { recursive: true });
    const written = new Map<string, string>();
    for (const [name, file] of await writeParquet(store, dataDir)) written.set(`data/${name}`, file);
    return { data, articles: totals!.articles, bytes: totals!.bytes, files: written };
  } finally {
    store.close();
  }
}
