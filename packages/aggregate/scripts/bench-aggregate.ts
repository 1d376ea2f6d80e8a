/**
 * Benchmark: the streaming aggregator (add + finish) over synthetic per-article results.
 *   pnpm bench:aggregate [articles=100000] [bootstrapSamples=1000]
 * Prints wall time on this machine (one core; aggregation is single-threaded).
 * Results arrive in a shuffled order (as from worker threads) and are generated
 * one at a time outside the clock, as the CLI streams them: the heap holds the
 * aggregator's state, not the corpus. Timed: every add() plus finish().
 */
import { createAggregator, type AggregateContext } from '../src/aggregate.js';
import type { ReportData } from '../src/report-data.js';
import os from 'node:os';
import { synthetic, benchContext, OUTLETS, FRAMES } from './synthetic.js';

const N = Number(process.argv[2] ?? 100_000);
const SAMPLES = Number(process.argv[3] ?? 1000);

// arrival order as from worker threads: a deterministic shuffle of the indexes
const order = Array.from({ length: N }, (_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = (i * 7919 + 13) % (i + 1);
  [order[i], order[j]] = [order[j]!, order[i]!];
}

async function run(context: AggregateContext, n: number): Promise<{ data: ReportData; ms: number; addCpu: number; finishCpu: number }> {
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  // CPU of generating the results alone, subtracted below (wall clocks are unreliable on a shared machine)
  const g0 = cpu();
  for (const i of order) if (i < n) synthetic(i);
  const genCpu = cpu() - g0;
  const agg = createAggregator(context);
  let ms = 0;
  const a0 = cpu();
  for (const i of order) {
    if (i >= n) continue;
    const r = synthetic(i);
    const t0 = performance.now();
    agg.add(r, i);
    ms += performance.now() - t0;
  }
  const addCpu = cpu() - a0 - genCpu;
  const f0 = cpu();
  const t0 = performance.now();
  const data = await agg.finish();
  ms += performance.now() - t0;
  return { data, ms, addCpu, finishCpu: cpu() - f0 };
}

for (const samples of [0, SAMPLES]) {
  const context = benchContext({ syndication: 'keep', evidencePerCell: 10, bootstrapSeed: 1, bootstrapSamples: samples });
  await run(context, Math.min(N, 2000)); // warm-up
  const { data, ms, addCpu, finishCpu } = await run(context, N);
  console.log(
    `aggregate (add + finish): ${N.toLocaleString('en')} articles, ${OUTLETS} outlets × ${FRAMES.length} frames, bootstrap ${samples} samples: ` +
      `${((addCpu + finishCpu) / 1000).toFixed(2)} s CPU (add ${(addCpu / 1000).toFixed(2)} s, finish ${(finishCpu / 1000).toFixed(2)} s); wall ${(ms / 1000).toFixed(2)} s, load average ${os.loadavg()[0]!.toFixed(1)} ` +
      `(${data.evidenceTotal!.toLocaleString('en')} evidence rows, ${data.evidence.length} embedded, ${data.readers.length} readers, ${data.outletFrames.length} outlet×frame rows)`,
  );
}
