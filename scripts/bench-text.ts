/**
 * `pnpm bench:text [--size 50] [--json] [--baseline-rev REV|none]`: throughput of @framelens/text (tokens + sentences +
 * paragraphs + boilerplate + memoised stems: the analyze path without voice, and the same with
 * voice detection, to print the slowdown voice costs) on a deterministic
 * generated corpus of German news-like text (seed sentences from corpus/kazakhstan-2022 recombined
 * with a seeded PRNG into articles), and, in the same run, of the naive baseline from
 * ENVIRONMENT.md: natural's AggressiveTokenizerDe + stopword's removeStopwords + PorterStemmerDe
 * per token. Prints MB/s (UTF-8), tokens/s and the ratio; --json prints one JSON object.
 * Next to the voice slowdown in wall-clock time (#23's target) it prints the same ratio in the
 * main thread's CPU time (Linux), which the load of a shared machine barely moves.
 *
 * The German text layer is also timed in the same run as compiled at an earlier commit
 * (`--baseline-rev`, default: the commit before English was added; bench-text-baseline.ts), in
 * alternating ABBA rounds of fresh processes on CPU seconds, and the cost of the current code over
 * it printed (#24: at most 5%).
 *
 * It measures the compiled package (packages/text/dist, built first with `tsc -b`), which is what
 * users run, not the TypeScript sources through tsx.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import PorterStemmerDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import AggressiveTokenizerDe from 'natural/lib/natural/tokenizers/aggressive_tokenizer_de.js';
import { deu, removeStopwords } from 'stopword';
import { generate as generateCorpus } from '../packages/text/scripts/speed-corpus.js';
import { BEFORE_ENGLISH, compareLayers, textAt } from './bench-text-baseline.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync('pnpm', ['--filter', '@framelens/text', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
const text = (await import(pathToFileURL(path.join(repoRoot, 'packages', 'text', 'dist', 'index.js')).href)) as typeof import('@framelens/text');
const { Analyzer, boilerplate, detectVoice, paragraphs, splitSentences } = text;
// one Analyzer for the run, as a worker has one (its intern table and voice buffers are reused)
const analyzer = new Analyzer();
const { values } = parseArgs({ options: { 'baseline-rev': { type: 'string', default: BEFORE_ENGLISH }, size: { type: 'string', default: '50' }, json: { type: 'boolean', default: false }, seed: { type: 'string', default: '20220106' }, rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error(`--rounds takes a positive integer, e.g. --rounds 3 (got "${values.rounds}")`);
const targetBytes = Number(values.size) * 1e6;
if (!(targetBytes > 0)) throw new Error(`--size takes megabytes, e.g. --size 50 (got "${values.size}")`);


function generate(): { articles: string[]; bytes: number } {
  const articles = generateCorpus(text, targetBytes / 1e6, Number(values.seed));
  let bytes = 0;
  for (const a of articles) bytes += Buffer.byteLength(a, 'utf8');
  return { articles, bytes };
}

function framelens(articles: string[]): number {
  let tokens = 0;
  for (const a of articles) {
    const t = analyzer.tokenize(a);
    splitSentences(a, t.tokens, t.flags, analyzer.tokenizer.arena);
    boilerplate(a, paragraphs(a));
    tokens += t.tokens.length;
  }
  return tokens;
}

// the same German path at an earlier commit (default: before English), timed in the same run
const before = values['baseline-rev'] === 'none' ? undefined : textAt(repoRoot, values['baseline-rev']);

function withVoice(articles: string[]): number {
  let tokens = 0;
  for (const a of articles) {
    const t = analyzer.tokenize(a);
    const sents = splitSentences(a, t.tokens, t.flags, analyzer.tokenizer.arena);
    const paras = paragraphs(a);
    const boiler = boilerplate(a, paras);
    detectVoice({ text: a, tokens: t.tokens, sentences: sents.spans, paragraphs: paras, boilerplate: boiler, flags: t.flags, marks: t.marks, sentenceFirsts: sents.firsts }, analyzer.voice);
    tokens += t.tokens.length;
  }
  return tokens;
}

function baseline(articles: string[]): number {
  const tokenizer = new AggressiveTokenizerDe();
  let tokens = 0;
  for (const a of articles) {
    const t = removeStopwords(tokenizer.tokenize(a).map((w) => w.toLowerCase()), deu);
    for (const w of t) PorterStemmerDe.stem(w);
    tokens += t.length;
  }
  return tokens;
}

// a full garbage collection before every timed run, so that no run pays for the garbage of the one
// before it (V8's old-generation collections otherwise land in whichever run happens to trigger them)
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// The CPU time of this (the main) thread, on Linux: what the load of other processes and the
// collector's helper threads barely move (process.cpuUsage counts every thread), for a ratio that
// is stable on the shared machine next to the wall-clock one the target is stated in.
const SCHEDSTAT = '/proc/thread-self/schedstat';
const threadSeconds = existsSync(SCHEDSTAT) ? () => Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e9 : undefined;

function time(f: () => number): { seconds: number; cpuSeconds: number; threadSeconds: number; tokens: number } {
  gc();
  const c0 = process.cpuUsage();
  const m0 = threadSeconds?.() ?? 0;
  const t0 = performance.now();
  const tokens = f();
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { seconds, cpuSeconds: (c.user + c.system) / 1e6, threadSeconds: (threadSeconds?.() ?? 0) - m0, tokens };
}

const { articles, bytes } = generate();
const mb = bytes / 1e6;
// JIT warm-up: V8 reaches its optimised code only after a few megabytes, which is what a corpus of
// any size sees; every pipeline gets the same warm-up. The memo tables fill during the timed runs.
const warm = articles.slice(0, Math.min(articles.length, 300));
for (let r = 0; r < 3; r++) {
  framelens(warm);
  withVoice(warm);
  baseline(warm);
}
// the three pipelines alternate for `rounds` rounds, so that all see the same machine load and the
// ratios compare like with like; MB/s are the medians of the rounds
type Run = { seconds: number; cpuSeconds: number; threadSeconds: number; tokens: number };
const oursRuns: Run[] = [];
const voiceRuns: Run[] = [];
const baseRuns: Run[] = [];
for (let r = 0; r < rounds; r++) {
  oursRuns.push(time(() => framelens(articles)));
  voiceRuns.push(time(() => withVoice(articles)));
  baseRuns.push(time(() => baseline(articles)));
}
const versus = before === undefined ? undefined : compareLayers(repoRoot, path.join(repoRoot, 'packages', 'text', 'dist', 'index.js'), before.entry, articles);
const median = (xs: Run[]) => [...xs].sort((a, b) => a.seconds - b.seconds)[xs.length >> 1]!;
const ours = median(oursRuns);
const voice = median(voiceRuns);
const base = median(baseRuns);
// The ratios are taken within each round (runs next to each other in time) and their median kept:
// on a shared machine load comes in bursts of seconds, which a ratio of separately taken medians
// mixes into the figure (it swung by ±5 points between runs), a ratio within a round mostly cancels.
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const voiceRatios = voiceRuns.map((v, r) => v.seconds / oursRuns[r]!.seconds);
const voiceThreadRatios = threadSeconds === undefined ? undefined : voiceRuns.map((v, r) => v.threadSeconds / oursRuns[r]!.threadSeconds);
const baseRatios = baseRuns.map((b, r) => b.seconds / oursRuns[r]!.seconds);
const baseVoiceRatios = baseRuns.map((b, r) => b.seconds / voiceRuns[r]!.seconds);
const result = {
  corpus: { megabytes: round(mb), articles: articles.length, seed: Number(values.seed) },
  node: process.version,
  rounds,
  loadAverage: round(loadavg()[0]!),
  spread: { framelensSeconds: oursRuns.map((r) => round(r.seconds)), withVoiceSeconds: voiceRuns.map((r) => round(r.seconds)), baselineSeconds: baseRuns.map((r) => round(r.seconds)) },
  framelens: figures(ours),
  withVoice: figures(voice),
  voiceSlowdownPercent: round(100 * (medianOf(voiceRatios) - 1)),
  voiceSlowdownPercentPerRound: voiceRatios.map((x) => round(100 * (x - 1))),
  ...(voiceThreadRatios === undefined ? {} : { voiceSlowdownMainThreadCpuPercent: round(100 * (medianOf(voiceThreadRatios) - 1)), voiceSlowdownMainThreadCpuPercentPerRound: voiceThreadRatios.map((x) => round(100 * (x - 1))) }),
  baseline: figures(base),
  ratio: round(medianOf(baseRatios)),
  ratioPerRound: baseRatios.map(round),
  ratioWithVoice: round(medianOf(baseVoiceRatios)),
  ...(versus === undefined || before === undefined ? {} : { germanVsEarlier: { rev: before.label, ...versus } }),
};
function figures(r: Run) {
  return { seconds: round(r.seconds), mbPerSecond: round(mb / r.seconds), tokens: r.tokens, tokensPerSecond: Math.round(r.tokens / r.seconds), cpuSeconds: round(r.cpuSeconds) };
}
function round(x: number): number {
  return Math.round(x * 100) / 100;
}
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`corpus: ${result.corpus.megabytes} MB UTF-8, ${result.corpus.articles} articles (seed ${result.corpus.seed}), node ${result.node}, one core, ${rounds} alternating rounds (MB/s: median; ratios: median of the per-round ratios), full GC before each run, load average ${result.loadAverage}`);
  console.log(`seconds per round: framelens ${result.spread.framelensSeconds.join(', ')}; with voice ${result.spread.withVoiceSeconds.join(', ')}; baseline ${result.spread.baselineSeconds.join(', ')}`);
  console.log(`framelens tokens+sentences+stems+boilerplate: ${result.framelens.mbPerSecond} MB/s, ${result.framelens.tokensPerSecond.toLocaleString('en')} tokens/s (${result.framelens.seconds} s)`);
  console.log(`framelens the same + voice detection:          ${result.withVoice.mbPerSecond} MB/s, ${result.withVoice.tokensPerSecond.toLocaleString('en')} tokens/s (${result.withVoice.seconds} s)`);
  console.log(`voice slowdown: ${result.voiceSlowdownPercent}% (target <= 30%; median of the rounds' ${result.voiceSlowdownPercentPerRound.join(', ')}%)`);
  if (result.voiceSlowdownMainThreadCpuPercent !== undefined) console.log(`voice slowdown in the main thread's CPU time: ${result.voiceSlowdownMainThreadCpuPercent}% (load-robust companion; median of the rounds' ${result.voiceSlowdownMainThreadCpuPercentPerRound!.join(', ')}%)`);
  console.log(`baseline natural+stopword per token:         ${result.baseline.mbPerSecond} MB/s, ${result.baseline.tokensPerSecond.toLocaleString('en')} tokens/s (${result.baseline.seconds} s)`);
  console.log(`ratio (framelens without voice / baseline): ${result.ratio}x (target >= 10x; median of the rounds' ${result.ratioPerRound.join(', ')}; with voice: ${result.ratioWithVoice}x)`);
  const v = result.germanVsEarlier;
  if (v !== undefined) {
    console.log(`German text layer, CPU seconds on ${v.megabytes} MB, ${v.rounds} ABBA rounds of fresh processes: now ${v.nowCpuSeconds} s, at ${v.rev} ${v.earlierCpuSeconds} s (medians)`);
    console.log(`cost of the current German path over ${v.rev}: ${v.costPercent}% (target <= 5%; median of the rounds' ${v.costPercentPerRound.join(', ')}%)`);
  }
}
