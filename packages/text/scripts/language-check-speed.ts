/**
 * `pnpm tsx packages/text/scripts/language-check-speed.ts [--bench bench-corpus/20MB/corpus/bench] [--rounds 2] [--before DIR]`:
 * CPU seconds (process.cpuUsage) of the map step's language check alone on the bench corpus
 * (`pnpm bench:corpus --size 20MB`), today's and the new one's in the same run, chunk by chunk of
 * 200 articles in turn so that both see the same machine load (the machine is shared: the load
 * average is printed):
 * - today: the trigram detector on the whole text outside quotations (`detectLanguage`), from the
 *   compiled package in --before when given (main's packages/text/dist copied to a folder under
 *   packages/text/, where it finds the same node_modules, e.g. packages/text/.before), else
 *   this one's (whose `francLanguage` already skips the script scan for mostly Latin text);
 * - new: the stop words of the tokens the text layer has already made (tokenised before the clock
 *   starts, as the map step has them from its analysis), the trigram detector only when not clear;
 * - new, tokenising itself: the same with its own tokenisation (what it costs without the map step's tokens);
 * - bounded sample: the trigram detector on three windows of 400 characters (language-sampled.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Analyzer, detectLanguage, german, type Token } from '../src/index.js';
import { clearlyDeclared } from '../src/language-stopwords.js';
import { sampledLanguage } from './language-sampled.js';
import { corpusDocs, root } from './language-sets.js';

const { values } = parseArgs({
  options: { bench: { type: 'string', default: path.join(root, 'bench-corpus', '20MB', 'corpus', 'bench') }, rounds: { type: 'string', default: '2' }, before: { type: 'string' } },
});
const before: typeof detectLanguage = values.before === undefined ? detectLanguage : (await import(pathToFileURL(path.resolve(values.before, 'index.js')).href)).detectLanguage;
const docs = corpusDocs(values.bench).filter((d) => d.declared === 'de');
if (docs.length === 0) throw new Error(`no articles under ${values.bench}: make the corpus with pnpm bench:corpus --size 20MB`);
const analyzer = new Analyzer({ language: german });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const MB = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1e6;
const time = { today: 0, fromTokens: 0, ownTokens: 0, sample: 0 };
let sink = 0;
const load = os.loadavg()[0]!;
for (let round = 0; round < Number(values.rounds); round++) {
  for (let i = 0; i < docs.length; i += 200) {
    const chunk = docs.slice(i, i + 200);
    const tokens: Token[][] = chunk.map((d) => analyzer.tokenize(d.text).tokens);
    let t = cpu();
    for (const d of chunk) if (before(d.text) === 'de') sink++;
    time.today += cpu() - t;
    t = cpu();
    chunk.forEach((d, k) => {
      if (clearlyDeclared(d.text, tokens[k]!, 'de') || detectLanguage(d.text) === 'de') sink++;
    });
    time.fromTokens += cpu() - t;
    t = cpu();
    for (const d of chunk) if (clearlyDeclared(d.text, analyzer.tokenize(d.text).tokens, 'de') || detectLanguage(d.text) === 'de') sink++;
    time.ownTokens += cpu() - t;
    t = cpu();
    for (const d of chunk) if (sampledLanguage(d.text) === 'de') sink++;
    time.sample += cpu() - t;
  }
}
const rounds = Number(values.rounds);
const s = (x: number) => `${(x / rounds).toFixed(2)} CPU s`;
console.log(`${docs.length} articles, ${MB.toFixed(1)} MB (${path.relative(root, values.bench)}), mean of ${rounds} rounds; load average ${load.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end`);
console.log(`today (trigrams, whole text${values.before === undefined ? '' : `, ${values.before}`}): ${s(time.today)}`);
console.log(`new (stop words of the map step's tokens, trigrams when not clear): ${s(time.fromTokens)}  (${((100 * time.fromTokens) / time.today).toFixed(1)}% of today)`);
console.log(`new, tokenising itself:                ${s(time.ownTokens)}  (${((100 * time.ownTokens) / time.today).toFixed(1)}%)`);
console.log(`bounded sample (3 × 400 characters):   ${s(time.sample)}  (${((100 * time.sample) / time.today).toFixed(1)}%)`);
if (sink < 0) console.log(sink);
