/**
 * Micro-benchmark of `add` alone: 12,500 synthetic results generated once, then added 8 times
 * under new article ids (100,000 adds, indexes as from the CLI: shuffled within windows of 768),
 * into a fresh aggregator per round; prints the CPU time of the adds of each round.
 *   node --import tsx packages/aggregate/scripts/bench-add.ts [dist/index.js …]
 * Each implementation runs in turn, ROUNDS (default 3) times. Repeated results meet known
 * surface forms more often than new ones, so the term part is cheaper than in bench-aggregate.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { synthetic, benchContext } from './synthetic.js';
import type { ArticleResult } from '../src/article-result.js';

const impls = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const BASE = 12_500;
const REPEAT = 8;
const N = BASE * REPEAT;
const base = Array.from({ length: BASE }, (_, i) => synthetic(i, process.env.CELLS !== '0'));
const order = Array.from({ length: N }, (_, i) => i);
for (let w = 0; w < N; w += 768) {
  for (let i = Math.min(N, w + 768) - 1; i > w; i--) {
    const j = w + ((i * 7919 + 13) % (i - w + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
const ids = order.map((i) => `${base[i % BASE]!.article}-${Math.floor(i / BASE)}`);
/** the k-th arrival: a shallow copy under a new article id (made inside the timed loop: ~0.1 µs) */
const result = (k: number): ArticleResult => ({ ...base[order[k]! % BASE]!, article: ids[k]! });
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const modules = await Promise.all((impls.length > 0 ? impls : ['../src/aggregate.js']).map(async (p) => [p, (await import(p.startsWith('.') && !p.startsWith('./packages') ? p : pathToFileURL(path.resolve(p)).href)) as typeof import('../src/aggregate.js')] as const));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, m] of modules) {
    const agg = m.createAggregator(benchContext({ syndication: 'keep', evidencePerCell: 200, bootstrapSeed: 1, bootstrapSamples: 0 }));
    const c0 = cpu();
    const t0 = performance.now();
    for (let k = 0; k < N; k++) agg.add(result(k), order[k]!);
    const t1 = performance.now();
    console.log(`${name}: add ${((cpu() - c0) / 1000).toFixed(2)} s CPU, ${((t1 - t0) / 1000).toFixed(2)} s wall`);
  }
}
