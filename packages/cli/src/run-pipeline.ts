import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rm, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { readArticleSync, scanCorpus } from '@framelens/corpus';
import { InputError, type Problem } from '@framelens/diagnostics';
import { checkLexicon, compileLexicon, loadLexicon } from '@framelens/lexicon';
import { createAggregator, csvFiles, FileShingleStore, readerQuota, evidenceCsvHeader, reportJsonChunks, type AggregateContext, type ReportData, type Warning } from '@framelens/aggregate';
import { renderReport } from '@framelens/report';
import { mapBatch, type BatchOutput, type MapOutput, type MapTask } from './analyze-article.js';
import { lexiconNotFound, type PipelineConfig } from './pipeline-config.js';
import { restoreInterrupted, writeFolderAtomically, type FileContent } from './write-output.js';
import { FRAMELENS_VERSION } from './version.js';

export interface RunOptions {
  /** worker threads for the per-article map; 1 runs in this thread */
  workers?: number;
  /** called after each analysed article */
  onProgress?: (done: number, total: number) => void;
  /** called for notices about the input (converted encodings and the like) */
  onNotice?: (message: string) => void;
  /** stream data/evidence.csv to this file instead of returning it in `files` */
  evidenceFile?: string;
  /** the scratch file for the articles' shingle hashes (default: one in the system's temporary folder); removed at the end */
  shingleFile?: string;
}

export interface RunResult {
  data: ReportData;
  /** the report folder's files by relative path; report.json and the CSVs are written from their pieces */
  files: Map<string, FileContent>;
  articles: number;
  bytes: number;
  notices: string[];
}

/**
 * Evidence rows per outlet × category embedded in the HTML: evidencePerCell, lowered so that
 * all cells together stay within evidenceInHtml (a page of many outlets stays small).
 */
export function evidencePerCellInHtml(config: Pick<PipelineConfig, 'evidencePerCell' | 'evidenceInHtml'>, data: ReportData): number {
  const cells = Math.max(1, data.evidenceCells?.filter((c) => c.total > 0).length ?? 1);
  return Math.max(1, Math.min(config.evidencePerCell, Math.floor(config.evidenceInHtml / cells)));
}

/** The compiled worker module (tests run this file from src/, the worker always runs from dist/). */
const workerFile = (): string => new URL(import.meta.url.endsWith('.ts') ? '../dist/worker.js' : './worker.js', import.meta.url).href;

/** Below this many articles the per-article step runs in this thread whatever --workers says (same results). */
export const MIN_ARTICLES_FOR_WORKERS = 64;

/** At most this many articles per message to a worker thread. */
const MAX_BATCH = 16;
/** Batches waiting in each worker thread's queue. */
const QUEUED_PER_WORKER = 3;
/** Articles the main thread maps between two looks at the workers' messages. */
const IN_THREAD_STEP = 4;

export const defaultWorkers = (): number => Math.max(1, os.availableParallelism());

/**
 * Analyse one pipeline: validate everything first-class (all problems in one InputError),
 * stream the corpus article by article through the per-article map, aggregate, render.
 * Nothing is written here. With workers = N > 1 the map runs on N threads: N − 1 worker
 * threads and this one, which maps a batch itself whenever the workers have enough queued
 * (it would otherwise sit mostly idle, waiting for their results, while they compete with it
 * for the cores).
 */
export async function runPipeline(config: PipelineConfig, options: RunOptions = {}): Promise<RunResult> {
  const workers = options.workers ?? config.workers ?? defaultWorkers();
  const repoRoot = config.repoRoot;
  const rel = (p: string) => path.relative(repoRoot, p).split(path.sep).join('/');
  const problems: Problem[] = [];
  const notices: string[] = [];

  // lexicon: schema and semantic checks
  const lexiconBytes = await readFile(config.lexiconFile).catch(() => undefined);
  if (!lexiconBytes) {
    throw new InputError([lexiconNotFound(config)]);
  }
  let lexicon;
  try {
    lexicon = await loadLexicon(config.lexiconFile);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
  }
  if (lexicon) problems.push(...checkLexicon(lexicon, rel(config.lexiconFile)).filter((p) => p.severity === 'error'));

  // corpus: scan, then stream articles
  const index = await scanCorpus(config.corpusDir, { repoRoot });
  problems.push(...index.problems.filter((p) => p.severity === 'error'));
  const compiled = lexicon && problems.length === 0 ? compileLexicon(lexicon) : undefined;
  const outlets = new Map(index.outlets.map((o) => [o.id, o]));

  // Starting worker threads costs more than a small corpus takes to analyse in this thread.
  const usePool = workers > 1 && index.entries.length >= MIN_ARTICLES_FOR_WORKERS;
  const pool =
    compiled && usePool
      ? new Piscina({
          filename: workerFile(),
          workerData: { lexicon },
          minThreads: workers - 1,
          maxThreads: workers - 1,
          // tasks wait in the worker's own queue: it starts the next batch at once, without
          // waiting for this thread (busy with a batch of its own) to hand it over
          concurrentTasksPerWorker: QUEUED_PER_WORKER,
        })
      : undefined;
  const settings = {
    syndication: config.syndication,
    evidencePerCell: config.evidencePerCell,
    evidenceInHtml: config.evidenceInHtml,
    bootstrapSamples: config.bootstrapSamples,
    bootstrapSeed: config.bootstrapSeed,
  };
  // each article's distinct shingle hashes, kept on disk from the map step to the near-duplicate check
  const shingleFile = options.shingleFile ?? path.join(os.tmpdir(), `framelens-shingles-${process.pid}-${Date.now()}.bin`);
  const shingleStore = compiled ? new FileShingleStore(shingleFile) : undefined;
  try {
    const files: { path: string; sha256: string }[] = [];
    /** article id → its index in the corpus scan, for re-reading texts */
    const located = new Map<string, number>();
    const context: AggregateContext | undefined = compiled && {
      pipeline: config.name,
      title: config.title,
      ...(config.description !== undefined ? { description: config.description } : {}),
      outlets: index.outlets,
      lexicon: compiled,
      provenance: {
        framelensVersion: FRAMELENS_VERSION,
        lexicon: { path: rel(config.lexiconFile), sha256: createHash('sha256').update(lexiconBytes).digest('hex') },
        // filled while reading, sorted before finish()
        corpus: { path: rel(config.corpusDir), files },
        settings,
      },
      settings,
      // near-duplicate candidates are verified on texts read again from the corpus; synchronously:
      // the main thread has nothing else to do then, and an asynchronous read per candidate
      // left it idle half the time
      ...(shingleStore ? { shingleStore } : {}),
    readText: (id) => {
        const i = located.get(id);
        const entry = i === undefined ? undefined : index.entries[i];
        const outlet = entry && outlets.get(entry.outlet);
        const read = entry && outlet && readArticleSync(entry, outlet, { repoRoot });
        if (!read?.article) throw new Error(`could not read ${id} again for near-duplicate detection`);
        return read.article.text;
      },
    };
    const aggregator = context && createAggregator(context);
    const evidence = new OrderedWriter(options.evidenceFile, evidenceCsvHeader());

    const inFlight = new Set<Promise<void>>();
    // batches queued on the worker threads (a worker finds its next batches waiting), and
    // how far ahead of the oldest unfinished one the map may run (results are folded at once; only
    // evidence lines wait for their turn)
    const limit = (workers - 1) * QUEUED_PER_WORKER;
    const window = Math.max(16, workers * 24);
    // problems and notices of the articles, in corpus order whatever order the workers finish in
    const articleProblems = new Map<number, Problem[]>();
    const articleNotices = new Map<number, string[]>();
    // LANGUAGE (#21): articles left out because their language is not the lexicon's, for the report's warnings
    const leftOut = new Map<number, Warning>();
    let done = 0;
    let bytes = 0;
    let articles = 0;
    const collect = (i: number, output: Omit<MapOutput, 'evidenceCsv'>): void => {
      if (output.problems.length > 0) articleProblems.set(i, output.problems);
      if (output.notices.length > 0) {
        articleNotices.set(i, output.notices);
        for (const notice of output.notices) options.onNotice?.(notice);
      }
      const { source, result } = output;
      if (output.leftOut !== undefined) {
        leftOut.set(i, { kind: 'language-mismatch', outlet: index.entries[i]!.outlet, ...(source ? { article: source.id } : {}), message: output.leftOut });
        options.onNotice?.(output.leftOut);
      }
      if (source) {
        files.push({ path: source.path, sha256: source.sha256 });
        located.set(source.id, i);
        bytes += source.bytes;
        if (output.leftOut === undefined) articles++;
      }
      if (result && aggregator && articleProblems.size === 0 && problems.length === 0) aggregator.add(result, i);
      options.onProgress?.(++done, index.entries.length);
    };
    // Articles go to the map step in batches of consecutive articles: one message each way per batch.
    const batches: number[][] = [];
    const batchSize = pool ? Math.max(1, Math.min(MAX_BATCH, Math.ceil(index.entries.length / (workers * 8)))) : 1;
    for (const [i, entry] of index.entries.entries()) {
      if (!outlets.has(entry.outlet)) continue; // its problem is reported by the scan
      const last = batches.at(-1);
      if (last && last.length < batchSize) last.push(i);
      else batches.push([i]);
    }
    const collectBatch = (b: number, batch: number[], output: BatchOutput): void => {
      const valid = problems.length === 0 && articleProblems.size === 0;
      batch.forEach((i, k) => collect(i, output.outputs[k]!));
      // evidence lines only while the run is valid: a run with problems writes nothing
      evidence.put(b, valid && articleProblems.size === 0 ? output.evidenceCsv : '');
    };
    // whether the report can keep an article's reader payload: the aggregator keeps those of each
    // outlet's first readerQuota articles in corpus order (the others' texts stay in the map step)
    const readersKept = context ? readerQuota(context) : 0;
    const seenInOutlet = new Map<string, number>();
    const mayBeReader = index.entries.map((entry) => {
      const rank = seenInOutlet.get(entry.outlet) ?? 0;
      seenInOutlet.set(entry.outlet, rank + 1);
      return rank < readersKept;
    });
    const tasksOf = (batch: number[]): MapTask[] =>
      batch.map((i) => {
        const entry = index.entries[i]!;
        return { entry, outlet: outlets.get(entry.outlet)!, repoRoot, analyse: problems.length === 0 && articleProblems.size === 0, reader: mayBeReader[i]! };
      });
    // batches are handed out in corpus order from one cursor: to the worker threads (topped up
    // whenever one of their results comes in) and to this thread, which maps the next one itself
    // whenever the workers have enough queued
    let cursor = 0;
    let failure: unknown;
    const topUp = (): void => {
      if (!pool) return;
      while (cursor < batches.length && inFlight.size < limit && cursor - evidence.next < window) {
        const b = cursor++;
        const batch = batches[b]!;
        const tracked: Promise<void> = (pool.run(tasksOf(batch)) as Promise<BatchOutput>)
          .then((output) => {
            collectBatch(b, batch, output);
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
      while (cursor < batches.length && failure === undefined) {
        if (pool && inFlight.size > 0 && cursor - evidence.next >= window) {
          // evidence lines may run only so far ahead of the oldest batch still out
          await Promise.race(inFlight);
          topUp();
          continue;
        }
        const b = cursor++;
        const batch = batches[b]!;
        const tasks = tasksOf(batch);
        if (!pool) {
          collectBatch(b, batch, mapBatch(tasks, compiled));
          // let queued writes of data/evidence.csv go out now and then
          if (b % 64 === 63) await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        // a few articles at a time, taking in the workers' results (and topping them up) in between
        const outputs: BatchOutput['outputs'] = [];
        const csv: Uint8Array[] = [];
        for (let k = 0; k < tasks.length; k += IN_THREAD_STEP) {
          const part = mapBatch(tasks.slice(k, k + IN_THREAD_STEP), compiled);
          outputs.push(...part.outputs);
          csv.push(part.evidenceCsv);
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        collectBatch(b, batch, { outputs, evidenceCsv: Buffer.concat(csv) });
        topUp();
      }
      while (inFlight.size > 0) await Promise.race(inFlight);
      if (failure !== undefined) throw failure;
    } finally {
      await pool?.destroy();
    }
    for (const i of [...articleProblems.keys()].sort((a, b) => a - b)) problems.push(...articleProblems.get(i)!);
    for (const i of [...articleNotices.keys()].sort((a, b) => a - b)) notices.push(...articleNotices.get(i)!);
    if (problems.length > 0 || !compiled || !lexicon || !aggregator) {
      await evidence.discard();
      throw new InputError(problems);
    }
    const evidenceCsv = await evidence.close();

    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const data = await aggregator.finish();
    // first among the warnings (their kind comes first in the report's order), in corpus order
    data.warnings.unshift(...[...leftOut.keys()].sort((a, b) => a - b).map((i) => leftOut.get(i)!));
    for (const w of leftOut.values()) notices.push(w.message);
    const output = new Map<string, FileContent>();
    const rendered = await renderReport(data, { maxEvidenceInHtml: evidencePerCellInHtml(config, data) });
    output.set('index.html', rendered.html);
    output.set('report.json', () => reportJsonChunks(data));
    for (const [name, csv] of csvFiles(data, { evidence: false })) output.set(`data/${name}`, csv);
    if (evidenceCsv !== undefined) output.set('data/evidence.csv', evidenceCsv);
    return { data, files: output, articles, bytes, notices };
  } finally {
    shingleStore?.close();
    if (shingleStore) await rm(shingleFile, { force: true });
  }
}

/**
 * Appends text chunks in index order whatever order they arrive in (worker threads finish
 * out of order), to a file when one is given, else to memory.
 */
class OrderedWriter {
  next = 0;
  private readonly pending = new Map<number, Uint8Array | string>();
  private buffer: Uint8Array[] = [];
  private buffered = 0;
  private readonly memory: Uint8Array[] = [];
  private writing: Promise<void> = Promise.resolve();
  private handle: Promise<FileHandle> | undefined;

  constructor(
    private readonly file: string | undefined,
    header: string,
  ) {
    this.push(header);
    if (file) this.handle = open(file, 'w');
  }

  /** Chunk number `index` (UTF-8 bytes or text); chunks are written in number order. */
  put(index: number, chunk: Uint8Array | string): void {
    this.pending.set(index, chunk);
    while (this.pending.has(this.next)) {
      this.push(this.pending.get(this.next)!);
      this.pending.delete(this.next++);
    }
    if (this.buffered > 1 << 20) this.flush();
  }

  private push(chunk: Uint8Array | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (bytes.length === 0) return;
    this.buffer.push(bytes);
    this.buffered += bytes.length;
  }

  private flush(): void {
    const chunk = Buffer.concat(this.buffer, this.buffered);
    this.buffer = [];
    this.buffered = 0;
    if (!this.handle) {
      this.memory.push(chunk);
      return;
    }
    const handle = this.handle;
    this.writing = this.writing.then(async () => void (await (await handle).write(chunk)));
  }

  /** Finish writing; returns the text when kept in memory. */
  async close(): Promise<string | undefined> {
    this.flush();
    await this.writing;
    if (!this.handle) return Buffer.concat(this.memory).toString('utf8');
    await (await this.handle).close();
    return undefined;
  }

  async discard(): Promise<void> {
    await this.close();
    if (this.file) await rm(this.file, { force: true });
  }
}

/** Run a pipeline and write its report folder atomically (evidence.csv is streamed to disk while analysing). */
export async function runAndWrite(config: PipelineConfig, options: RunOptions = {}): Promise<RunResult> {
  await mkdir(path.dirname(config.outputDir), { recursive: true });
  // a run killed between the two renames of the swap left the previous report aside: put it back first
  await restoreInterrupted(config.outputDir);
  const evidenceFile = path.join(path.dirname(config.outputDir), `.${path.basename(config.outputDir)}.evidence-${process.pid}.csv`);
  const shingleFile = path.join(path.dirname(config.outputDir), `.${path.basename(config.outputDir)}.shingles-${process.pid}.bin`);
  try {
    const result = await runPipeline(config, { ...options, evidenceFile, shingleFile });
    await writeFolderAtomically(config.outputDir, result.files, new Map([['data/evidence.csv', evidenceFile]]));
    return result;
  } finally {
    await rm(evidenceFile, { force: true });
  }
}
