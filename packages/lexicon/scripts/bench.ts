// Prints matching throughput on a synthetic corpus built from the seed articles.
// Run: pnpm exec tsx packages/lexicon/scripts/bench.ts [MB]
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize, type Doc } from '@framelens/text';
import { compileLexicon, loadLexicon, match } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = `${root}corpus/kazakhstan-2022/`;
const texts = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(corpus + f, 'utf8'));
const mb = Number(process.argv[2] ?? 20);
const compiled = compileLexicon(await loadLexicon(`${root}pipelines/kazakhstan-2022/lexicon.yaml`));

// Tokenize once and match repeatedly: this measures matching alone, without holding millions of tokens.
const seeds: Doc[] = texts.map((text) => ({ text, tokens: tokenize(text), sentences: [{ start: 0, end: text.length }], paragraphs: [], spans: [], boilerplate: [] }));
const t0 = performance.now();
let hits = 0;
let bytes = 0;
let n = 0;
for (; bytes < mb * 1e6; n++) {
  const d = seeds[n % seeds.length]!;
  bytes += Buffer.byteLength(d.text);
  hits += match(d, compiled).length;
}
const s = (performance.now() - t0) / 1000;
console.log(`match: ${(bytes / 1e6).toFixed(1)} MB, ${n} docs, ${hits} hits in ${s.toFixed(2)} s = ${(bytes / 1e6 / s).toFixed(1)} MB/s (tokenizing excluded)`);
