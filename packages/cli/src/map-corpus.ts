import { existsSync, readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CorpusIndex } from '@framelens/corpus';
import { pushAll, type Problem } from '@framelens/diagnostics';
import type { CompiledLexicon, Lexicon } from '@framelens/lexicon';
import { PartWriter, shardOf, type Shard } from '@framelens/facts';
import { mapBatch, mapContext, type BatchOutput, type LeftOut, type MapTask, type PartsTarget } from './analyze-article.js';

/** The compiled worker module (tests run this file from src/, the worker always runs from dist/). */
const workerFile = (): string => new URL(import.meta.url.endsWith('.ts') ? '../dist/worker.js' : './worker.js', import.meta.url).href;

/** Below this many articles the per-article step runs in this thread whatever --workers says (same results; no thread to start). */
export const MIN_ARTICLES_FOR_WORKERS = 64;
/** At most this many articles per message to a worker thread (one part writer per batch: its term counts are totalled over the batch). */
const MAX_BATCH = 64;
/**
 * Each worker thread's young generation (V8's default is about 16 MB): an article's objects (tokens,
 * spans, hits, rows) die within the article, and with room for a few articles fewer of them survive
 * a collection. 20 MB bench corpus, map step, 1 worker, load 17-20: garbage collection 3.4-3.5 s →
 * 2.4 s of the worker's profile, CPU 26.0-26.9 → 24.9-25.6 s, peak RSS unchanged (380-420 MB).
 */
const YOUNG_GENERATION_MB = 96;
/** Batches waiting in each worker thread's queue. */
const QUEUED_PER_WORKER = 3;

export const defaultWorkers = (): number => Math.max(1, os.availableParallelism());

/** The writer id prefix of a shard's part files ("s0of1" for a run on one machine). */
export const shardWriter = (shard: Shard): string => `s${shard.index}of${shard.count}`;

const manifestName = (shard: Shard): string => `shard-${shard.index}-of-${shard.count}.json`;

/** Remove a shard's own part files and manifest (a shard run again starts afresh; other shards' parts stay). */
export async function clearShardParts(dir: string, shard: Shard): Promise<void> {
  const mine = `-${shardWriter(shard)}-`;
  for (const name of readdirSync(dir)) if (name.includes(mine) || name === manifestName(shard)) await rm(path.join(dir, name), { force: true });
}

/**
 * Mark a shard's parts complete (written last: a killed shard leaves no manifest). It also keeps
 * the shard's articles left out for their language, which have no rows in the parts: the reduce
 * lists them in the report's warnings and overview as a run on one machine does.
 */
export async function shardManifest(dir: string, shard: Shard, totals: { articles: number; bytes: number; leftOut?: readonly LeftOut[] }): Promise<void> {
  const manifest = { shard: shard.index, shards: shard.count, articles: totals.articles, bytes: totals.bytes, leftOut: totals.leftOut ?? [] };
  await writeFile(path.join(dir, manifestName(shard)), `${JSON.stringify(manifest)}\n`);
}

/**
 * Check that every shard of the parts folder finished (one manifest per shard, all with the same
 * count); returns the articles the shards left out for their language (in shard order: the caller
 * puts them in corpus order).
 */
export async function shardsDone(dir: string): Promise<{ leftOut: LeftOut[] }> {
  if (!existsSync(dir)) throw new Error(`--from-parts: folder not found: ${dir} (e.g. --from-parts parts, the folder given to --parts)`);
  const manifests = readdirSync(dir).filter((n) => /^shard-\d+-of-\d+\.json$/.test(n));
  if (manifests.length === 0) throw new Error(`--from-parts: ${dir} holds no finished shard (shard-K-of-N.json); run "framelens analyze --shard K/N --parts ${dir}" for each K first`);
  const read = await Promise.all(manifests.map(async (n) => JSON.parse(await readFile(path.join(dir, n), 'utf8')) as { shard: number; shards: number; leftOut?: LeftOut[] }));
  const counts = new Set(read.map((m) => m.shards));
  if (counts.size > 1) throw new Error(`--from-parts: ${dir} mixes shard counts ${[...counts].sort().join(' and ')}; use one folder per split`);
  const n = read[0]!.shards;
  const missing = Array.from({ length: n }, (_, k) => k).filter((k) => !read.some((m) => m.shard === k));
  if (missing.length > 0) throw new Error(`--from-parts: shard(s) ${missing.map((k) => `${k}/${n}`).join(', ')} of ${dir} have not finished (no shard-K-of-N.json); run them, then the reduce`);
  return { leftOut: read.sort((a, b) => a.shard - b.shard).flatMap((m) => m.leftOut ?? []) };
}

export interface MapCorpusOptions {
  index: CorpusIndex;
  lexicon: Lexicon | undefined;
  compiled: CompiledLexicon | undefined;
  /** problems so far; the map step's are appended (in corpus order) */
  problems: Problem[];
  workers: number | undefined;
  parts: PartsTarget;
  shard: Shard;
  /** reader payloads kept per outlet (its first articles in corpus order) */
  readersPerOutlet: number;
  repoRoot: string;
  onProgress?: (done: number, total: number) => void;
  onNotice?: (message: string) => void;
}

/**
 * The map step over a corpus (or one shard of it): batches of consecutive articles go to N worker
 * threads (one with --workers 1); this thread only hands out batches and takes in what comes back.
 * Each worker writes its own part files; only problems, notices and totals come back. When the
 * map step ends its threads end, and the memory of their heaps (the text layer's and lexicon's
 * memos, the garbage of a whole corpus) goes with them before the reduce starts: mapped in this
 * thread, the 20 MB bench corpus left this thread's heap at 450 MB under the reduce's own.
 * A corpus below MIN_ARTICLES_FOR_WORKERS articles is mapped in this thread.
 */
export async function mapCorpus(o: MapCorpusOptions): Promise<{ articles: number; bytes: number; notices: string[]; leftOut: LeftOut[] }> {
  const { index, compiled, problems } = o;
  const workers = o.workers ?? defaultWorkers();
  const outlets = new Map(index.outlets.map((x) => [x.id, x]));
  // whether the report may keep an article's reader payload: each outlet's first articles in corpus order (of the whole corpus, whatever the shard)
  const seenInOutlet = new Map<string, number>();
  const mayBeReader = index.entries.map((entry) => {
    const rank = seenInOutlet.get(entry.outlet) ?? 0;
    seenInOutlet.set(entry.outlet, rank + 1);
    return rank < o.readersPerOutlet;
  });
  const mine = index.entries.flatMap((entry, i) => (outlets.has(entry.outlet) && shardOf(entry.id, o.shard.count) === o.shard.index ? [i] : []));
  const usePool = compiled !== undefined && mine.length >= MIN_ARTICLES_FOR_WORKERS;
  const batchSize = usePool ? Math.max(1, Math.min(MAX_BATCH, Math.ceil(mine.length / (workers * 8)))) : 1;
  const batches: number[][] = [];
  for (let k = 0; k < mine.length; k += batchSize) batches.push(mine.slice(k, k + batchSize));

  const outputs = new Map<number, BatchOutput>();
  let bad = problems.length > 0;
  let done = 0;
  const collect = (b: number, output: BatchOutput): void => {
    outputs.set(b, output);
    if (output.problems.length > 0) bad = true;
    for (const notice of output.notices) o.onNotice?.(notice);
    done += batches[b]!.length;
    o.onProgress?.(done, mine.length);
  };
  const tasksOf = (batch: number[]): MapTask[] =>
    batch.map((i) => {
      const entry = index.entries[i]!;
      return { entry, outlet: outlets.get(entry.outlet)!, repoRoot: o.repoRoot, index: i, analyse: !bad, reader: mayBeReader[i]! };
    });
  // this thread's writer (small corpora) stays open for the whole map step (opening the files per article cost more than writing them)
  const here = compiled && !usePool ? new PartWriter(o.parts.dir, `${o.parts.writer}-main`) : undefined;
  // the main thread's memos for the articles it maps itself (each worker has its own)
  const memos = mapContext();
  // piscina is loaded only for a pool (a seed-sized corpus never starts one: issue #18, start-up)
  const pool = usePool
    ? new (await import('piscina')).Piscina({
        filename: workerFile(),
        workerData: { lexicon: o.lexicon, partsDir: o.parts.dir, writer: o.parts.writer },
        minThreads: workers,
        maxThreads: workers,
        // tasks wait in the worker's own queue: it starts the next batch at once
        concurrentTasksPerWorker: QUEUED_PER_WORKER,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      })
    : undefined;
  const inFlight = new Set<Promise<void>>();
  const limit = workers * QUEUED_PER_WORKER;
  let cursor = 0;
  let failure: unknown;
  const topUp = (): void => {
    if (!pool) return;
    while (cursor < batches.length && inFlight.size < limit && failure === undefined) {
      const b = cursor++;
      const tracked: Promise<void> = (pool.run(tasksOf(batches[b]!)) as Promise<BatchOutput>)
        .then((output) => {
          collect(b, output);
          inFlight.delete(tracked);
          topUp();
        })
        .catch((error: unknown) => {
          failure ??= error;
          inFlight.delete(tracked);
        });
      inFlight.add(tracked);
    }
  };
  try {
    topUp();
    // without a pool, this thread maps the batches itself, looking at the event loop now and then
    for (; !pool && cursor < batches.length; cursor++) {
      collect(cursor, mapBatch(tasksOf(batches[cursor]!), compiled, here, memos));
      if (cursor % 64 === 63) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    while (inFlight.size > 0) await Promise.race(inFlight);
    if (failure !== undefined) throw failure;
  } finally {
    here?.close();
    await pool?.destroy();
  }
  const totals = { articles: 0, bytes: 0, notices: [] as string[], leftOut: [] as LeftOut[] };
  for (let b = 0; b < batches.length; b++) {
    const output = outputs.get(b);
    if (!output) continue;
    pushAll(problems, output.problems);
    pushAll(totals.notices, output.notices);
    if (output.leftOut) pushAll(totals.leftOut, output.leftOut);
    totals.articles += output.articles;
    totals.bytes += output.bytes;
  }
  return totals;
}
