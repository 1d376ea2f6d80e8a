/**
 * Memory of the streaming aggregator: feeds N synthetic ArticleResults (each
 * with a 5 KB reader text, evidence, stems and shingles, generated one at a
 * time and dropped after add(), as the CLI streams them) and prints heap and
 * RSS after the adds and the peak RSS, for 20,000 and 200,000 articles.
 *   node --import tsx packages/aggregate/scripts/bench-memory.ts [articles…]
 * Each size runs in its own child process so the peaks do not mix.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createAggregator } from '../src/aggregate.js';
import { synthetic, benchContext } from './synthetic.js';

const MB = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

if (process.env.BENCH_MEMORY_CHILD) {
  const n = Number(process.env.BENCH_MEMORY_CHILD);
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  const agg = createAggregator(benchContext({ syndication: 'keep', evidencePerCell: 200, bootstrapSeed: 20220106, bootstrapSamples: 2000 }));
  for (let i = 0; i < n; i++) {
    agg.add(synthetic(i), i);
    if (i % 1000 === 0) sample();
  }
  global.gc?.();
  const afterAdd = process.memoryUsage();
  sample();
  const data = await agg.finish();
  sample();
  console.log(
    `${n.toLocaleString('en')} articles: after add() heap ${MB(afterAdd.heapUsed)} (+ ${MB(afterAdd.arrayBuffers)} typed arrays), RSS ${MB(afterAdd.rss)}; ` +
      `peak RSS ${MB(peak)} (${data.articles.length.toLocaleString('en')} article rows, ${data.evidence.length} evidence rows embedded of ${data.evidenceTotal!.toLocaleString('en')}, ${data.readers.length} readers)`,
  );
} else {
  const sizes = process.argv.slice(2).map(Number);
  for (const n of sizes.length > 0 ? sizes : [20_000, 200_000]) {
    process.stdout.write(
      execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)], { env: { ...process.env, BENCH_MEMORY_CHILD: String(n) }, encoding: 'utf8', maxBuffer: 1 << 24 }),
    );
  }
}
