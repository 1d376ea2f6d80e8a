/**
 * One measurement of `pnpm bench`, run in its own process so that its peak RSS is its own.
 * Prints one JSON line: {mode, workers, seconds, cpuSeconds, bytes, articles, peakRssMB}.
 * Modes: naive (the baseline of ENVIRONMENT.md), framelens (the whole `analyze` run) and floor:
 * only the part of the per-article work that the 1-worker target cannot do without (read the
 * file, tokens, sentences, paragraphs, boilerplate, voice with speakers, lexicon match), with
 * nothing kept, summarised, aggregated or written: an upper bound on what framelens can reach.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

const { values } = parseArgs({
  options: { mode: { type: 'string' }, workers: { type: 'string', default: '1' }, pipeline: { type: 'string' }, corpus: { type: 'string' }, lexicon: { type: 'string' } },
});

async function* articleFiles(dir: string): AsyncGenerator<string> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* articleFiles(p);
    else if (entry.name.endsWith('.md')) yield p;
  }
}

/** The naive pipeline from ENVIRONMENT.md: natural's tokenizer, stop words, a stem per token, a RegExp per multi-word term. */
async function naive(corpus: string, lexiconFile: string) {
  const { default: Tokenizer } = await import('natural/lib/natural/tokenizers/aggressive_tokenizer_de.js');
  const { default: stemmer } = await import('natural/lib/natural/stemmers/porter_stemmer_de.js');
  const { removeStopwords, deu } = await import('stopword');
  type Term = string | { term: string };
  const lexicon = parseYaml(await readFile(lexiconFile, 'utf8')) as { frames: { terms: Term[] | Record<string, Term[]> }[] };
  // the bench corpus is German: a frame's German terms (a plain list is in the lexicon's language, German here)
  const germanTerms = (terms: Term[] | Record<string, Term[]>): Term[] => (Array.isArray(terms) ? terms : (terms['de'] ?? []));
  const terms = lexicon.frames.flatMap((f) => germanTerms(f.terms).map((t) => (typeof t === 'string' ? t : t.term)));
  const single = new Set(terms.filter((t) => !t.includes(' ')).map((t) => stemmer.stem(t.toLowerCase())));
  const multi = terms.filter((t) => t.includes(' ')).map((t) => new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'));
  const tokenizer = new Tokenizer();
  let bytes = 0;
  let articles = 0;
  let hits = 0;
  for await (const file of articleFiles(corpus)) {
    const text = (await readFile(file, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
    bytes += Buffer.byteLength(text);
    articles++;
    const tokens = removeStopwords(tokenizer.tokenize(text), deu);
    for (const token of tokens) if (single.has(stemmer.stem(token.toLowerCase()))) hits++;
    for (const re of multi) hits += text.match(re)?.length ?? 0;
  }
  return { bytes, articles, hits };
}

/**
 * The floor: read each file (synchronously, the fastest way on this machine: 0.18 s for the 10,563
 * files of the 20 MB corpus against 1.5 s for the baseline's walk with asynchronous reads), then
 * framelens's text layer, voice and lexicon match, nothing else.
 */
async function floor(corpus: string, lexiconFile: string) {
  const { Analyzer } = (await import(path.resolve(import.meta.dirname, '../packages/text/dist/index.js'))) as typeof import('@framelens/text');
  const lexiconPackage = (await import(path.resolve(import.meta.dirname, '../packages/lexicon/dist/index.js'))) as typeof import('@framelens/lexicon');
  const lexicon = lexiconPackage.compileLexicon(await lexiconPackage.loadLexicon(lexiconFile));
  // one analyzer and match memo for the run, as a worker has
  const analyzer = new Analyzer();
  const memo = new lexiconPackage.MatchMemo(lexicon);
  let bytes = 0;
  let articles = 0;
  let hits = 0;
  for await (const file of articleFiles(corpus)) {
    const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    bytes += Buffer.byteLength(text);
    articles++;
    hits += lexiconPackage.match(analyzer.analyze(text), lexicon, memo).length;
  }
  return { bytes, articles, hits };
}

const t0 = performance.now();
let result: { bytes: number; articles: number };
if (values.mode === 'naive') {
  result = await naive(values.corpus as string, values.lexicon as string);
} else if (values.mode === 'floor') {
  result = await floor(values.corpus as string, values.lexicon as string);
} else {
  const cli = (await import(path.resolve(import.meta.dirname, '../packages/cli/dist/index.js'))) as typeof import('@framelens/cli');
  const config = await cli.loadPipelineConfig(values.pipeline as string);
  const run = await cli.runAndWrite(config, { workers: Number(values.workers) });
  // every file the run wrote (the report folder), in MB
  let output = 0;
  for (const entry of readdirSync(config.outputDir, { recursive: true, withFileTypes: true })) if (entry.isFile()) output += statSync(path.join(entry.parentPath, entry.name)).size;
  result = { bytes: run.bytes, articles: run.articles, outputMB: output / 1e6 } as typeof result;
}
const seconds = (performance.now() - t0) / 1000;
// CPU seconds of every thread of this process (user + system: the worker threads and DuckDB's threads included): on a shared machine a fairer comparison than wall time
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(JSON.stringify({ mode: values.mode, workers: Number(values.workers), seconds, cpuSeconds, ...result, peakRssMB: usage.maxRSS / 1024 }));
