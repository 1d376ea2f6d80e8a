/**
 * `pnpm bench:paragraph [--max 16] [--json]`: seconds per MB of one article that is a single long
 * paragraph (seed sentences of corpus/kazakhstan-2022 joined with spaces, quotes and reported speech
 * included), from 10 KB up to --max MB (default 16), through the per-article path analyze runs:
 * analyze (tokens, sentences, boilerplate, voice), match (the kazakhstan-2022 lexicon) and
 * summariseArticle. Linear code gives a flat s/MB column; the baseline printed beside each row is
 * the median s/MB of the sizes up to 256 KB, measured in the same run (the ratio should stay near 1).
 * Times are CPU times (user + system) of this process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summariseArticle } from '@framelens/facts';
import { compileLexicon, loadLexicon, match, speakerGroup } from '@framelens/lexicon';
import { analyze } from '@framelens/text';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { max: { type: 'string', default: '16' }, json: { type: 'boolean', default: false } } });
const maxMb = Number(values.max);
const corpus = path.join(root, 'corpus', 'kazakhstan-2022');
let seed = '';
for (const outlet of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const file of readdirSync(path.join(corpus, outlet)).filter((f) => f.endsWith('.md')).sort()) {
    // the body after the front matter, every line break turned into a space: one paragraph
    seed += readFileSync(path.join(corpus, outlet, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/\s+/g, ' ') + ' ';
  }
}
const lexicon = compileLexicon(await loadLexicon(path.join(root, 'pipelines', 'kazakhstan-2022', 'lexicon.yaml')));
const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

const sizes: number[] = [10 * 1024];
for (let kb = 64; kb <= maxMb * 1024; kb *= 2) sizes.push(kb * 1024);
const rows: { bytes: number; seconds: number; perMb: number; stages: Record<string, number> }[] = [];
for (const bytes of sizes) {
  let text = seed.repeat(Math.ceil(bytes / seed.length)).slice(0, bytes);
  text = text.slice(0, text.lastIndexOf(' '));
  // small sizes are repeated so that each row measures at least a second or so
  const rounds = Math.max(1, Math.round((256 * 1024) / bytes));
  const stages = { analyze: 0, match: 0, summarise: 0 };
  for (let r = 0; r < rounds; r++) {
    let t = cpu();
    const doc = analyze(text);
    stages.analyze += cpu() - t;
    t = cpu();
    const hits = match(doc, lexicon);
    stages.match += cpu() - t;
    t = cpu();
    summariseArticle({ id: 'bench/one-paragraph', outlet: 'bench', language: 'de', text, source: { path: 'corpus/bench/bench/one-paragraph.md', sha256: '' } }, doc, hits, { speakerGroup: (p) => speakerGroup(lexicon, p) });
    stages.summarise += cpu() - t;
  }
  const seconds = (stages.analyze + stages.match + stages.summarise) / rounds;
  const mb = Buffer.byteLength(text) / 2 ** 20;
  rows.push({ bytes, seconds, perMb: seconds / mb, stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, v / rounds / mb])) });
  if (!values.json) {
    const small = rows.filter((r) => r.bytes <= 256 * 1024).map((r) => r.perMb).sort((a, b) => a - b);
    const baseline = small[Math.floor(small.length / 2)]!;
    const last = rows.at(-1)!;
    const label = bytes < 2 ** 20 ? `${bytes / 1024} KB` : `${bytes / 2 ** 20} MB`;
    const parts = Object.entries(last.stages).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    console.log(`${label.padStart(7)}: ${last.perMb.toFixed(2)} s/MB (baseline ${baseline.toFixed(2)} s/MB, ×${(last.perMb / baseline).toFixed(2)}; ${parts}) ${seconds.toFixed(2)} s`);
  }
}
if (values.json) console.log(JSON.stringify(rows, null, 2));
