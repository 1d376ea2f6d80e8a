/**
 * Benchmark: the streaming aggregator (add + finish) over synthetic per-article results.
 *   pnpm bench:aggregate [articles=100000] [bootstrapSamples=2000]
 * Prints CPU and wall time on this machine (one core; aggregation is
 * single-threaded), with the CLI's default settings (evidencePerCell 200,
 * 2,000 bootstrap resamples; also without bootstrap). Results are shaped like
 * summariseArticle's on the bench corpus (see synthetic.ts).
 * AGGREGATE_IMPL=<path to a built dist/index.js> measures another build of
 * this package (e.g. the previous commit's) on the same synthetic results.
 * Results arrive in the CLI's order (ARRIVAL=cli, default: near index order) or
 * fully shuffled (ARRIVAL=shuffled), and are generated in small batches outside
 * the clock, as the CLI streams them: the heap holds the aggregator's state, not
 * the corpus. Timed: every add() plus finish(). Each setting also times the floor in the same run
 * (`aggregate-floor.ts`: the passes over the results any aggregation has to make, and nothing else).
 */
import type { ReportData } from '../src/report-data.js';
import os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { aggregateFloor } from './aggregate-floor.js';
import { synthetic, benchContext, OUTLETS, FRAMES } from './synthetic.js';

const N = Number(process.argv[2] ?? 100_000);
const SAMPLES = Number(process.argv[3] ?? 2000);
const impl = process.env.AGGREGATE_IMPL;
const { createAggregator } = (await import(impl ? pathToFileURL(path.resolve(impl)).href : '../src/aggregate.js')) as typeof import('../src/aggregate.js');

// Arrival order: ARRIVAL=cli (default) is how `framelens analyze` delivers results: batches are
// handed out in corpus order from one cursor and at most 48 batches of 16 articles (two workers)
// are out at once, so an article arrives at most 768 places from its index (a deterministic
// shuffle within windows of 768); ARRIVAL=shuffled is a deterministic shuffle of all indexes
// (the worst case for choosing the page's evidence rows).
const arrival = process.env.ARRIVAL ?? 'cli';
if (arrival !== 'cli' && arrival !== 'shuffled') throw new Error(`ARRIVAL takes cli or shuffled (got "${arrival}")`);
const WINDOW = arrival === 'cli' ? 768 : N;
const order = Array.from({ length: N }, (_, i) => i);
for (let w = 0; w < N; w += WINDOW) {
  for (let i = Math.min(N, w + WINDOW) - 1; i > w; i--) {
    const j = w + ((i * 7919 + 13) % (i - w + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

// garbage collection pauses (main thread): their entries arrive after a tick, so each run records
// its timed windows and counts the pauses that started inside them afterwards
const gcPauses: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });
async function gcInside(windows: number[]): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  let ms = 0;
  for (const g of gcPauses) {
    // windows are sorted [start, end] pairs
    let lo = 0;
    let hi = windows.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (windows[2 * mid + 1]! < g.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < windows.length / 2 && windows[2 * lo]! <= g.start) ms += g.ms;
  }
  gcPauses.length = 0;
  return ms;
}

/** What is timed: the aggregator, or the floor (`aggregate-floor.ts`). */
interface Timed<T> {
  add(r: ReturnType<typeof synthetic>, index: number): void;
  finish(): T | Promise<T>;
}

async function run<T>(make: () => Timed<T>, n: number): Promise<{ data: T; ms: number; addCpu: number; finishCpu: number; gcMs: number }> {
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  // results are generated in small batches outside the clock (as the CLI receives them from the workers), then added under it
  const agg = make();
  let ms = 0;
  let addCpu = 0;
  const windows: number[] = [];
  gcPauses.length = 0;
  // results arrive from the workers in small batches; reading the CPU clock once per batch keeps its own cost (a system call) out of the figure
  const BATCH = 32;
  for (let k = 0; k < order.length; k += BATCH) {
    const batch: [ReturnType<typeof synthetic>, number][] = [];
    for (const i of order.slice(k, k + BATCH)) if (i < n) batch.push([synthetic(i), i]);
    const a0 = cpu();
    const t0 = performance.now();
    for (const [r, i] of batch) agg.add(r, i);
    const t1 = performance.now();
    ms += t1 - t0;
    windows.push(t0, t1);
    addCpu += cpu() - a0;
  }
  const f0 = cpu();
  const t0 = performance.now();
  const data = await agg.finish();
  const t1 = performance.now();
  ms += t1 - t0;
  windows.push(t0, t1);
  const finishCpu = cpu() - f0;
  return { data, ms, addCpu, finishCpu, gcMs: await gcInside(windows) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
for (const samples of [0, SAMPLES]) {
  const context = benchContext({ syndication: 'keep', evidencePerCell: 200, bootstrapSeed: 20220106, bootstrapSamples: samples });
  const aggregator = (): Timed<ReportData> => createAggregator(context);
  const floor = (): Timed<number> => aggregateFloor(context, N);
  await run(aggregator, Math.min(N, 2000)); // warm-up
  await run(floor, Math.min(N, 2000));
  const base = await run(floor, N);
  const { data, ms, addCpu, finishCpu, gcMs } = await run(aggregator, N);
  console.log(
    `aggregate${impl ? ` [${impl}]` : ''} (add + finish): ${N.toLocaleString('en')} articles arriving ${arrival === 'cli' ? 'as from the CLI (within 768 places of their index)' : 'fully shuffled'}, ${OUTLETS} outlets × ${FRAMES.length} frames, bootstrap ${samples} samples: ` +
      `${((addCpu + finishCpu) / 1000).toFixed(2)} s CPU (add ${(addCpu / 1000).toFixed(2)} s, finish ${(finishCpu / 1000).toFixed(2)} s); wall ${(ms / 1000).toFixed(2)} s, load average ${os.loadavg()[0]!.toFixed(1)}; of which GC pauses ${(gcMs / 1000).toFixed(2)} s; heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB ` +
      `(${data.evidenceTotal!.toLocaleString('en')} evidence rows, ${data.evidence.length} embedded, ${data.readers.length} readers, ${data.outletFrames.length} outlet×frame rows)`,
  );
  console.log(
    `  floor in the same run (scripts/aggregate-floor.ts: count every hit, evidence row and surface form, store signatures, LSH${samples > 0 ? ', bootstrap' : ''}; no page evidence, no tables): ` +
      `${seconds(base.addCpu + base.finishCpu)} CPU (add ${seconds(base.addCpu)}, finish ${seconds(base.finishCpu)}); wall ${seconds(base.ms)}; the aggregator takes ${(ms / base.ms).toFixed(1)}× the floor's wall time`,
  );
}
