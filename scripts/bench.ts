/**
 * `pnpm bench [--size 100MB] [--workers N] [--json] [--runs naive,floor,one,many,seed]`: on one generated corpus, in one run, measure
 * the naive baseline (ENVIRONMENT.md), framelens analyze with 1 worker and with N workers,
 * and print MB/s, articles/s, peak RSS and the ratios. Each measurement runs in a fresh process.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, parseSize, repoRoot } from './bench-corpus.js';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '100MB' }, workers: { type: 'string' }, json: { type: 'boolean', default: false }, runs: { type: 'string', default: 'naive,floor,one,many,seed' } },
});
// `--runs many` alone measures the N-worker run only (its speed and peak RSS: a 1 GB memory check without the hour of the other runs)
const RUNS = ['naive', 'floor', 'one', 'many', 'seed'] as const;
const runs = new Set(values.runs!.split(',').map((r) => r.trim()));
for (const r of runs) if (!(RUNS as readonly string[]).includes(r)) throw new Error(`--runs: unknown run "${r}"; expected a comma-separated list of ${RUNS.join(', ')}, e.g. --runs one,many`);
const size = parseSize(values.size ?? '100MB');
const workers = Number(values.workers ?? os.availableParallelism());
const log = (s: string) => {
  if (!values.json) console.log(s);
};
const out = path.join(repoRoot, 'bench-corpus', (values.size ?? '100MB').toUpperCase());
const pipelineDir = path.join(out, 'pipeline');
if (!existsSync(path.join(pipelineDir, 'pipeline.yaml'))) {
  log(`generating a ${values.size} corpus in ${path.relative(process.cwd(), out)} …`);
  await generateCorpus(size, out);
}
const corpus = path.join(out, 'corpus', 'bench');
const lexicon = path.join(repoRoot, 'pipelines', 'kazakhstan-2022', 'lexicon.yaml');

interface Measurement { mode: string; workers: number; seconds: number; cpuSeconds: number; bytes: number; articles: number; peakRssMB: number; outputMB?: number }
function measure(args: string[]): Measurement {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'bench-run.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, TZ: 'UTC' },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as Measurement;
}

const loadAtStart = os.loadavg()[0]!;
log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), node ${process.version}`);
if (!runs.has('naive') || !runs.has('floor') || !runs.has('one') || !runs.has('many') || !runs.has('seed')) {
  // a partial run prints its measurements only (the ratios need all of them)
  const wanted: [string, string[]][] = [
    ['naive', ['--mode', 'naive', '--corpus', corpus, '--lexicon', lexicon]],
    ['floor', ['--mode', 'floor', '--corpus', corpus, '--lexicon', lexicon]],
    ['one', ['--mode', 'framelens', '--workers', '1', '--pipeline', pipelineDir]],
    ['many', ['--mode', 'framelens', '--workers', String(workers), '--pipeline', pipelineDir]],
  ];
  const measured = Object.fromEntries(wanted.filter(([name]) => runs.has(name)).map(([name, args]) => [name, measure(args)]));
  console.log(JSON.stringify({ runs: measured, cores: os.availableParallelism(), loadAverageStart: Number(loadAtStart.toFixed(1)), loadAverage: Number(os.loadavg()[0]!.toFixed(1)) }, null, 2));
  process.exit(0);
}
const baseline = measure(['--mode', 'naive', '--corpus', corpus, '--lexicon', lexicon]);
const floor = measure(['--mode', 'floor', '--corpus', corpus, '--lexicon', lexicon]);
const one = measure(['--mode', 'framelens', '--workers', '1', '--pipeline', pipelineDir]);
const many = measure(['--mode', 'framelens', '--workers', String(workers), '--pipeline', pipelineDir]);
const mbps = (m: Measurement) => m.bytes / 1e6 / m.seconds;
const round2 = (x: number) => Number(x.toFixed(2));

/** Wall seconds of a command run from the repository root (median of `runs`), output discarded. */
function wall(command: string, args: string[], runs = 3): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    execFileSync(command, args, { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, TZ: 'UTC' } });
    times.push((performance.now() - t0) / 1000);
  }
  return times.sort((a, b) => a - b)[times.length >> 1]!;
}
// `pnpm analyze` on the seed corpus: cold after the build (the packages were built above; `--only`
// runs the analyze tasks without their build dependencies, `--force` ignores turbo's cache for
// them: `--force` alone would rebuild every package too) and a cache hit; and, to show where a
// cache hit's time goes, turbo alone and pnpm's own start-up (`pnpm --version`)
const seedCold = wall('pnpm', ['analyze', '--only', '--force']);
const seedHit = wall('pnpm', ['analyze']);
const turboHit = wall(path.join(repoRoot, 'node_modules', '.bin', 'turbo'), ['run', 'analyze']);
const pnpmStart = wall('pnpm', ['--version']);
const summary = {
  corpusMB: Number((one.bytes / 1e6).toFixed(1)),
  articles: one.articles,
  baselineMBps: Number(mbps(baseline).toFixed(2)),
  oneWorkerMBps: Number(mbps(one).toFixed(2)),
  workersMBps: Number(mbps(many).toFixed(2)),
  workers,
  oneWorkerVsBaseline: Number((mbps(one) / mbps(baseline)).toFixed(2)),
  // read + text layer + voice + lexicon match only, one thread: no run of framelens can be faster
  floorMBps: Number(mbps(floor).toFixed(2)),
  floorVsBaseline: Number((mbps(floor) / mbps(baseline)).toFixed(2)),
  workersVsOneWorker: Number((mbps(many) / mbps(one)).toFixed(2)),
  articlesPerSecond: { baseline: Math.round(baseline.articles / baseline.seconds), oneWorker: Math.round(one.articles / one.seconds), workers: Math.round(many.articles / many.seconds) },
  // one process per run: worker threads and the DuckDB reduce are inside it, so this is the sum over the run
  peakRssMB: Math.round(Math.max(one.peakRssMB, many.peakRssMB)),
  // every file of the report folder (page, report.json, CSVs, Parquet), and its share of the corpus bytes
  outputMB: Number((one.outputMB ?? 0).toFixed(1)),
  outputVsCorpus: Number(((one.outputMB ?? 0) / (one.bytes / 1e6)).toFixed(3)),
  // CPU seconds (user + system, all threads) of each run, and framelens's against the baseline's: steadier than wall time when the machine is shared
  cpuSeconds: { baseline: round2(baseline.cpuSeconds), floor: round2(floor.cpuSeconds), oneWorker: round2(one.cpuSeconds), workers: round2(many.cpuSeconds) },
  oneWorkerCpuVsBaseline: round2(baseline.cpuSeconds / one.cpuSeconds),
  oneWorkerCpuVsFloor: round2(floor.cpuSeconds / one.cpuSeconds),
  peakRssMBByRun: { floor: Math.round(floor.peakRssMB), baseline: Math.round(baseline.peakRssMB), oneWorker: Math.round(one.peakRssMB), workers: Math.round(many.peakRssMB) },
  cores: os.availableParallelism(),
  seedAnalyzeColdSeconds: Number(seedCold.toFixed(2)),
  seedAnalyzeCacheHitSeconds: Number(seedHit.toFixed(2)),
  seedTurboCacheHitSeconds: Number(turboHit.toFixed(2)),
  pnpmStartupSeconds: Number(pnpmStart.toFixed(2)),
  loadAverageStart: Number(loadAtStart.toFixed(1)),
  loadAverage: Number(os.loadavg()[0]!.toFixed(1)),
};
if (values.json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const row = (name: string, m: Measurement) =>
    `${name.padEnd(30)} ${mbps(m).toFixed(2).padStart(8)} MB/s ${Math.round(m.articles / m.seconds).toString().padStart(8)} articles/s ${m.cpuSeconds.toFixed(1).padStart(7)} CPU s ${Math.round(m.peakRssMB).toString().padStart(6)} MB peak RSS`;
  log(`corpus: ${summary.corpusMB} MB, ${summary.articles} articles`);
  log(row('naive baseline', baseline));
  log(row('floor: read+text+voice+match', floor));
  log(row('framelens, 1 worker', one));
  log(row(`framelens, ${workers} workers`, many));
  log(`1 worker vs baseline: ${summary.oneWorkerVsBaseline}× (target ≥ 2.5×); vs the floor: ${(mbps(one) / mbps(floor)).toFixed(2)}× (target ≥ 0.75×)`);
  log(`CPU seconds (user + system, all threads): 1 worker ${summary.cpuSeconds.oneWorker} s against the baseline's ${summary.cpuSeconds.baseline} s (${summary.oneWorkerCpuVsBaseline}× its speed) and the floor's ${summary.cpuSeconds.floor} s (${summary.oneWorkerCpuVsFloor}×)`);
  log(`output: ${summary.outputMB} MB, ${(summary.outputVsCorpus * 100).toFixed(1)}% of the corpus bytes (target ≤ 25%)`);
  log(`  the floor (reading, text layer, voice and lexicon match alone, one thread) vs baseline: ${summary.floorVsBaseline}×: a bound on the ratio above`);
  log(`${workers} workers vs 1 worker: ${summary.workersVsOneWorker}× (target ≥ 1.7×)`);
  log(`pnpm analyze on the seed corpus: ${summary.seedAnalyzeColdSeconds} s cold (target < 3 s), ${summary.seedAnalyzeCacheHitSeconds} s on a cache hit (target < 0.5 s)`);
  log(`  of a cache hit: turbo alone ${summary.seedTurboCacheHitSeconds} s; pnpm's own start-up (pnpm --version) ${summary.pnpmStartupSeconds} s`);
  log(`load average at the start: ${summary.loadAverageStart}, at the end: ${summary.loadAverage}`);
}
