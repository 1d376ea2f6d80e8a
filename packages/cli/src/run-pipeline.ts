import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { InputError, readArticle, scanCorpus, type Article, type Problem } from '@framelens/corpus';
import { checkLexicon, compileLexicon, loadLexicon } from '@framelens/lexicon';
import { aggregate, reportJson, toCsvFiles, type ArticleResult, type ReportData } from '@framelens/aggregate';
import { renderReport } from '@framelens/report';
import { analyzeArticle } from './analyze-article.js';
import type { PipelineConfig } from './pipeline-config.js';
import { writeFolderAtomically } from './write-output.js';
import { FRAMELENS_VERSION } from './version.js';

export interface RunOptions {
  /** worker threads for the per-article map; 1 runs in this thread */
  workers?: number;
  /** called after each analysed article */
  onProgress?: (done: number, total: number) => void;
  /** called for notices about the input (converted encodings and the like) */
  onNotice?: (message: string) => void;
}

export interface RunResult {
  data: ReportData;
  files: Map<string, string>;
  articles: number;
  bytes: number;
  notices: string[];
}

/** The compiled worker module (tests run this file from src/, the worker always runs from dist/). */
const workerFile = (): string => new URL(import.meta.url.endsWith('.ts') ? '../dist/worker.js' : './worker.js', import.meta.url).href;

/** Below this many articles the per-article step runs in this thread whatever --workers says (same results). */
export const MIN_ARTICLES_FOR_WORKERS = 64;

export const defaultWorkers = (): number => Math.max(1, os.availableParallelism());

/**
 * Analyse one pipeline: validate everything first-class (all problems in one InputError),
 * stream the corpus article by article through the per-article map (in worker threads
 * when workers > 1), aggregate, render. Nothing is written here.
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
    throw new InputError([
      { file: rel(config.file), field: 'lexicon', severity: 'error', message: `lexicon file not found: ${rel(config.lexiconFile)}`, example: 'lexicon: lexicon.yaml' },
    ]);
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
          minThreads: workers,
          maxThreads: workers,
        })
      : undefined;
  const results: ArticleResult[] = new Array(index.entries.length);
  const files: { path: string; sha256: string }[] = [];
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(2, workers * 4);
  let done = 0;
  let bytes = 0;
  try {
    for (const [i, entry] of index.entries.entries()) {
      const outlet = outlets.get(entry.outlet);
      if (!outlet) continue; // its outlet.yaml problem is already reported
      const read = await readArticle(entry, outlet, { repoRoot });
      problems.push(...read.problems.filter((p) => p.severity === 'error'));
      for (const notice of read.notices) {
        notices.push(notice);
        options.onNotice?.(notice);
      }
      const article: Article | undefined = read.article;
      if (!article || !compiled || problems.length > 0) continue; // keep reading: report every problem
      files.push({ path: article.source.path, sha256: article.source.sha256 });
      bytes += Buffer.byteLength(article.text);
      const task = (pool ? (pool.run(article) as Promise<ArticleResult>) : Promise.resolve().then(() => analyzeArticle(article, compiled))).then((result) => {
        results[i] = result;
        options.onProgress?.(++done, index.entries.length);
      });
      const tracked = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.destroy();
  }
  if (problems.length > 0 || !compiled || !lexicon) throw new InputError(problems);

  const settings = {
    syndication: config.syndication,
    evidencePerCell: config.evidencePerCell,
    bootstrapSamples: config.bootstrapSamples,
    bootstrapSeed: config.bootstrapSeed,
  };
  const data = aggregate(
    results.filter((r): r is ArticleResult => r !== undefined),
    {
      pipeline: config.name,
      title: config.title,
      ...(config.description !== undefined ? { description: config.description } : {}),
      outlets: index.outlets,
      lexicon: compiled,
      provenance: {
        framelensVersion: FRAMELENS_VERSION,
        lexicon: { path: rel(config.lexiconFile), sha256: createHash('sha256').update(lexiconBytes).digest('hex') },
        corpus: { path: rel(config.corpusDir), files: files.sort((a, b) => (a.path < b.path ? -1 : 1)) },
        settings,
      },
      settings,
    },
  );
  const output = new Map<string, string>();
  const rendered = await renderReport(data, { maxEvidenceInHtml: config.evidencePerCell });
  output.set('index.html', rendered.html);
  output.set('report.json', reportJson(data));
  for (const [name, csv] of toCsvFiles(data)) output.set(`data/${name}`, csv);
  return { data, files: output, articles: results.length, bytes, notices };
}

/** Run a pipeline and write its report folder atomically. */
export async function runAndWrite(config: PipelineConfig, options: RunOptions = {}): Promise<RunResult> {
  const result = await runPipeline(config, options);
  await writeFolderAtomically(config.outputDir, result.files);
  return result;
}
