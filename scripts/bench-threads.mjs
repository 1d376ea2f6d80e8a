/**
 * `node scripts/bench-threads.mjs [main|worker|two|mainworker] [corpus dir] [articles]`: why more
 * threads do not make the map step faster on this machine. Times the per-article map (mapBatch
 * from the built packages, batches of 16) over the first N articles of a generated corpus
 * (default bench-corpus/20MB, 4,000 articles; `pnpm bench:corpus --size 20MB` makes it):
 * - main: all in the main thread; worker: all in one worker thread (main idle);
 * - two: two worker threads, half each; mainworker: main thread and one worker, half each;
 * - mainprocess: main thread and a child process (this script, mode range), half each.
 * With perfect scaling each half takes half of "main". Try node flags such as --single-threaded
 * (no V8 background threads) to see what contends.
 * Build first: pnpm build.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { mapBatch } = await import(path.join(root, 'packages/cli/dist/analyze-article.js'));
const { scanCorpus } = await import(path.join(root, 'packages/corpus/dist/index.js'));
const { compileLexicon, loadLexicon } = await import(path.join(root, 'packages/lexicon/dist/index.js'));
const options = isMainThread
  ? { mode: process.argv[2] ?? 'two', dir: path.resolve(process.argv[3] ?? path.join(root, 'bench-corpus/20MB/corpus/bench')), n: Number(process.argv[4] ?? 4000) }
  : workerData;
if (isMainThread && options.mode === 'range') Object.assign(options, { dir: process.argv[3], from: Number(process.argv[4]), to: Number(process.argv[5]) });

async function setup() {
  const lexicon = compileLexicon(await loadLexicon(path.join(root, 'pipelines/kazakhstan-2022/lexicon.yaml')));
  const index = await scanCorpus(options.dir, { repoRoot: root });
  const outlets = new Map(index.outlets.map((o) => [o.id, o]));
  return { lexicon, tasks: index.entries.map((entry) => ({ entry, outlet: outlets.get(entry.outlet), repoRoot: root, analyse: true })) };
}
function run({ lexicon, tasks }, from, to) {
  const t0 = performance.now();
  for (let i = from; i < to; i += 16) mapBatch(tasks.slice(i, Math.min(to, i + 16)), lexicon);
  return performance.now() - t0;
}

const s = await setup();
run(s, 0, 500); // warm-up
if (!isMainThread) parentPort.postMessage(run(s, options.from, options.to));
else if (options.mode === 'range') console.log(run(s, options.from, options.to));
else {
  const n = Math.min(s.tasks.length, options.n);
  if (n === 0) throw new Error(`bench-threads: no articles under ${options.dir}; run pnpm bench:corpus --size 20MB first`);
  const half = Math.floor(n / 2);
  const spawn = (from, to) =>
    new Promise((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { ...options, from, to } });
      w.once('message', (ms) => void w.terminate().then(() => resolve(ms)));
      w.once('error', reject);
    });
  const f = (ms) => `${ms.toFixed(0)} ms`;
  if (options.mode === 'main') console.log(`${n} articles, main thread alone: ${f(run(s, 0, n))}`);
  else if (options.mode === 'worker') console.log(`${n} articles, one worker alone: ${f(await spawn(0, n))}`);
  else if (options.mode === 'two') console.log(`${n} articles, two workers, half each: ${(await Promise.all([spawn(0, half), spawn(half, n)])).map(f).join(', ')}`);
  else if (options.mode === 'mainworker') {
    const w = spawn(half, n);
    const m = run(s, 0, half);
    console.log(`${n} articles, main thread half: ${f(m)}, worker half: ${f(await w)}`);
  } else if (options.mode === 'mainprocess') {
    const { execFile } = await import('node:child_process');
    const child = new Promise((resolve, reject) =>
      execFile(process.execPath, [fileURLToPath(import.meta.url), 'range', options.dir, String(half), String(n)], (error, stdout) => (error ? reject(error) : resolve(Number(stdout.trim())))),
    );
    await new Promise((r) => setTimeout(r, 1500)); // let the child set up before both map
    const m = run(s, 0, half);
    console.log(`${n} articles, main thread half: ${f(m)}, child process half: ${f(await child)}`);
  } else throw new Error(`bench-threads: mode is main, worker, two, mainworker or mainprocess (got "${options.mode}")`);
}
