/**
 * CPU of reading article files (#18): `readArticleSync` on every file of a corpus against the floor's
 * read (readFileSync + one regular expression for the front matter), alternating, same process.
 *   node --import tsx packages/corpus/scripts/bench-read.ts [corpus root] [rounds] [reference repo root, built]
 * Default corpus: bench-corpus/20MB/corpus/bench (pnpm bench:corpus --size 20MB).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readArticleSync, scanCorpus } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = process.argv[2] || `${root}bench-corpus/20MB/corpus/bench`;
const rounds = Number(process.argv[3] ?? 3);
const index = await scanCorpus(dir);
const outlets = new Map(index.outlets.map((o) => [o.id, o]));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
let sink = 0;
const runs: Record<string, () => void> = {
  floor: () => {
    for (const e of index.entries) sink += readFileSync(e.path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').length;
  },
  readArticleSync: () => {
    for (const e of index.entries) sink += readArticleSync(e, outlets.get(e.outlet)!, { repoRoot: root }).article?.text.length ?? 0;
  },
};
if (process.argv[4]) {
  // the same function of another build (its packages/corpus/dist), alternating with this one
  const ref = (await import(pathToFileURL(path.join(process.argv[4], 'packages/corpus/dist/index.js')).href)) as { readArticleSync: typeof readArticleSync };
  runs['reference'] = () => {
    for (const e of index.entries) sink += ref.readArticleSync(e, outlets.get(e.outlet)!, { repoRoot: root }).article?.text.length ?? 0;
  };
}
const totals: Record<string, number> = {};
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(runs)) {
    const t0 = cpu();
    run();
    totals[name] = (totals[name] ?? 0) + cpu() - t0;
  }
}
for (const [name, t] of Object.entries(totals)) console.log(`${name.padEnd(16)} ${(t / rounds).toFixed(3)} CPU s per pass over ${index.entries.length} files`);
if (sink === 0) console.log('nothing read');
