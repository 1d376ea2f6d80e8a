import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readArticleSync, scanCorpus, type CorpusEntry } from '@framelens/corpus';
import { InputError, pushAll, type Problem } from '@framelens/diagnostics';
import { loadCompiledLexicon, type CompiledLexicon, type Lexicon } from '@framelens/lexicon';
import { addLeftOut, boundedReport, csvFiles, reduceParts, writeDataFiles, readerQuota, reportJsonChunks, type AggregateContext, type ReportData } from '@framelens/aggregate';
import { type Shard } from '@framelens/facts';
import { renderReport } from '@framelens/report';
import { readValidationInput } from './validation-input.js';
import { mapCorpus, shardManifest, shardsDone, shardWriter, clearShardParts } from './map-corpus.js';
import type { LeftOut } from './analyze-article.js';
import { lexiconNotFound, type PipelineConfig } from './pipeline-config.js';
import { restoreInterrupted, writeFolderAtomically, type FileContent } from './write-output.js';
import { FRAMELENS_VERSION } from './version.js';
import { fileAccessError } from './io-errors.js';

export { MIN_ARTICLES_FOR_WORKERS, defaultWorkers } from './map-corpus.js';

export interface RunOptions {
  /** worker threads for the per-article map; 1 runs in this thread */
  workers?: number;
  /** called after each analysed batch */
  onProgress?: (done: number, total: number) => void;
  /** called for notices about the input (converted encodings and the like) */
  onNotice?: (message: string) => void;
  /** the run's scratch folder (parts, the store, the data files before they move into the report); default: a new one in the system's temporary folder */
  workDir?: string;
  /** map only the articles of this shard, into `partsDir`, and build no report */
  shard?: Shard;
  /** where the map step writes its part files (with `shard`: a folder shared by all shards) */
  partsDir?: string;
  /** build the report from the part files in this folder (written by `--shard` runs); no map step */
  fromParts?: string;
  /** DuckDB memory limit of the reduce (default 256MB) */
  memoryLimit?: string;
  /** after DuckDB's Out of Memory Error, reduce once more at four times the limit (default: only when memoryLimit is not given) */
  retryOutOfMemory?: boolean;
}

export interface RunResult {
  data: ReportData;
  /** the report folder's files by relative path; report.json and the CSVs are written from their pieces */
  files: Map<string, FileContent>;
  /** files already written in the work folder, moved into the report folder under these names */
  moveIn: Map<string, string>;
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

/**
 * The lexicon, checked (loadCompiledLexicon runs every check and throws on an error), and compiled
 * once by those checks; problems go to `problems`.
 */
async function lexiconOf(config: PipelineConfig, problems: Problem[]): Promise<{ lexicon?: Lexicon; compiled?: CompiledLexicon; bytes: Buffer }> {
  const bytes = await readFile(config.lexiconFile).catch(() => undefined);
  if (!bytes) {
    throw new InputError([lexiconNotFound(config)]);
  }
  try {
    return { ...(await loadCompiledLexicon(config.lexiconFile)), bytes };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    pushAll(problems, error.problems);
    return { bytes };
  }
}

/**
 * Analyse one pipeline: validate the lexicon and the corpus scan, run the map step (worker
 * threads write the articles' fact rows to part files; only problems and totals come back),
 * then the reduce (DuckDB over the parts) and the page. Writes only into the work folder.
 * With `shard`, only the map step runs, for that shard's articles; with `fromParts`, only the reduce.
 */
export async function runPipeline(config: PipelineConfig, options: RunOptions = {}): Promise<RunResult> {
  const result = await runSteps(config, options);
  if (!('data' in result)) throw new Error('runPipeline: a --shard run builds no report; use mapShard');
  return result;
}

/** The map step of one shard (`options.shard`) into `options.partsDir`: no report. */
export async function mapShard(config: PipelineConfig, options: RunOptions & { shard: Shard; partsDir: string }): Promise<MapResult> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'framelens-shard-'));
  try {
    return (await runSteps(config, { ...options, workDir })) as MapResult;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** What a map-only (shard) run returns. */
export interface MapResult {
  articles: number;
  bytes: number;
  notices: string[];
}

async function runSteps(config: PipelineConfig, options: RunOptions): Promise<RunResult | MapResult> {
  const repoRoot = config.repoRoot;
  const rel = (p: string) => path.relative(repoRoot, p).split(path.sep).join('/');
  const problems: Problem[] = [];
  const { lexicon, compiled: checked, bytes: lexiconBytes } = await lexiconOf(config, problems);
  const index = await scanCorpus(config.corpusDir, { repoRoot });
  pushAll(problems, index.problems.filter((p) => p.severity === 'error'));
  // files and folders the corpus holds but analyze does not read (a sub-folder, a .pdf): said, not skipped silently
  for (const p of index.problems) if (p.ruleId === 'corpus/not-read' && p.severity === 'warning') options.onNotice?.(`${p.file} ${p.message}${p.example ? `; ${p.example}` : ''}`);
  const compiled: CompiledLexicon | undefined = problems.length === 0 ? checked : undefined;
  const workDir = options.workDir ?? mkdtempSync(path.join(os.tmpdir(), 'framelens-run-'));
  const settings = {
    syndication: config.syndication,
    evidencePerCell: config.evidencePerCell,
    evidenceInHtml: config.evidenceInHtml,
    bootstrapSamples: config.bootstrapSamples,
    bootstrapSeed: config.bootstrapSeed,
    testCopiesInFindings: config.testCopiesInFindings,
  };
  const context: Omit<AggregateContext, 'lexicon'> = {
    pipeline: config.name,
    title: config.title,
    ...(config.description !== undefined ? { description: config.description } : {}),
    outlets: index.outlets,
    provenance: {
      framelensVersion: FRAMELENS_VERSION,
      lexicon: { path: rel(config.lexiconFile), sha256: createHash('sha256').update(lexiconBytes).digest('hex') },
      // the files come from the parts
      corpus: { path: rel(config.corpusDir), files: [] },
      settings,
    },
    settings,
  };

  // the map step: each worker writes its own parts; a shard run keeps them in partsDir
  let partsDir = options.fromParts ?? options.partsDir ?? path.join(workDir, 'parts');
  let mapped = { articles: 0, bytes: 0, notices: [] as string[], leftOut: [] as LeftOut[] };
  if (options.fromParts === undefined) {
    const shard = options.shard ?? { index: 0, count: 1 };
    await mkdir(partsDir, { recursive: true });
    await clearShardParts(partsDir, shard);
    mapped = await mapCorpus({
      index,
      lexicon,
      compiled,
      problems,
      workers: options.workers ?? config.workers,
      parts: { dir: partsDir, writer: shardWriter(shard) },
      shard,
      readersPerOutlet: readerQuota({ settings, outlets: index.outlets }),
      repoRoot,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.onNotice ? { onNotice: options.onNotice } : {}),
    });
    if (problems.length > 0 || !compiled) throw new InputError(problems);
    if (options.shard) {
      await shardManifest(partsDir, shard, mapped);
      return mapped;
    }
  } else {
    if (problems.length > 0 || !compiled) throw new InputError(problems);
    // the articles the shards left out for their language, in corpus order (as one run lists them);
    // the map of every article's position only when there is something to sort (a million ids are 60 MB)
    const { leftOut } = await shardsDone(options.fromParts);
    const order = leftOut.length > 1 ? new Map(index.entries.map((e, i) => [e.id, i])) : undefined;
    mapped.leftOut = order ? leftOut.sort((a, b) => (order.get(a.article) ?? -1) - (order.get(b.article) ?? -1)) : leftOut;
    partsDir = options.fromParts;
  }

  // the reduce: DuckDB over the parts, then the tables, the page and the files
  const outputDir = path.join(workDir, 'out');
  const reduced = await reduceParts(
    { ...context, lexicon: compiled },
    {
      partsDirs: [partsDir],
      scratchDir: path.join(workDir, 'store'),
      outputDir,
      ...(options.memoryLimit !== undefined ? { memoryLimit: options.memoryLimit } : {}),
      readText: readTextFrom(index, repoRoot),
      // the default limit is tried once more, higher, after an Out of Memory Error; a limit the user chose is kept
      retryOutOfMemory: options.retryOutOfMemory ?? options.memoryLimit === undefined,
      ...(options.onNotice ? { onNotice: options.onNotice } : {}),
    },
  );
  const full = reduced.data;
  const validation = await readValidationInput(config, (text) => options.onNotice?.(text));
  if (validation) full.provenance.validation = validation.provenance;
  // LANGUAGE (#21): articles left out for their language come first among the warnings (their kind
  // is first in the report's order) and are counted per language in the overview (addLeftOut); a
  // reduce from shard parts has them from the shards' manifests
  addLeftOut(full, mapped.leftOut);
  // every warning and text-reuse pair goes to data/*.parquet; report.json and the page keep the first ones and their counts
  for (const [name, file] of await writeDataFiles(full, path.join(outputDir, 'data'), path.join(workDir, 'rows'))) reduced.files.set(name, file);
  const data = boundedReport(full);
  const files = new Map<string, FileContent>();
  const rendered = await renderReport(data, { maxEvidenceInHtml: evidencePerCellInHtml(config, data), ...(validation ? { validation: validation.input } : {}) });
  files.set('index.html', rendered.html);
  files.set('report.json', () => reportJsonChunks(data));
  for (const [name, csv] of csvFiles(data, { evidence: false })) files.set(`data/${name}`, csv);
  return { data, files, moveIn: reduced.files, articles: reduced.articles, bytes: reduced.bytes, notices: mapped.notices };
}

/** An article's text read again from the corpus, by id (for the passages of text-reuse pairs). */
function readTextFrom(index: Awaited<ReturnType<typeof scanCorpus>>, repoRoot: string): (id: string) => string {
  // made at the first text asked for: a corpus without text reuse needs no map of every article
  let entries: Map<string, CorpusEntry> | undefined;
  const outlets = new Map(index.outlets.map((o) => [o.id, o]));
  return (id) => {
    entries ??= new Map(index.entries.map((e) => [e.id, e]));
    const entry = entries.get(id);
    const outlet = entry && outlets.get(entry.outlet);
    const read = entry && outlet && readArticleSync(entry, outlet, { repoRoot });
    if (!read?.article) throw new Error(`could not read ${id} again for its text-reuse passages`);
    return read.article.text;
  };
}

/**
 * Run a pipeline and write its report folder atomically. The run's scratch folder (parts, store,
 * spill files, data files) sits next to the report folder and is removed at the end.
 */
export async function runAndWrite(config: PipelineConfig, options: RunOptions = {}): Promise<RunResult> {
  await mkdir(path.dirname(config.outputDir), { recursive: true });
  // a run killed between the two renames of the swap left the previous report aside: put it back first
  await restoreInterrupted(config.outputDir);
  // named like the evidence scratch file restoreInterrupted knows: another run's is removed as stale
  const workDir = path.join(path.dirname(config.outputDir), `.${path.basename(config.outputDir)}.evidence-${process.pid}`);
  await rm(workDir, { recursive: true, force: true });
  try {
    const result = await runPipeline(config, { ...options, workDir }).catch((error: unknown) => {
      // a full disk or a missing permission in the scratch folder: named, with its cause (exit code 4)
      throw fileAccessError(error, (error as NodeJS.ErrnoException).path ?? workDir, 'write');
    });
    await writeFolderAtomically(config.outputDir, result.files, result.moveIn);
    return result;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
