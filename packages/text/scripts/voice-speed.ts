/**
 * `tsx packages/text/scripts/voice-speed.ts [--size 10] [--rounds 3] [dist …]`: what voice detection
 * costs next to the text pipeline, for one or more compiled copies of the package (default
 * packages/text/dist; build it first with `pnpm --filter @framelens/text build`; an older version
 * can be built from `git archive <commit> packages/text tsconfig.base.json` into a temporary
 * directory). On the corpus `pnpm bench:text` generates (seed sentences recombined, seed 20220106),
 * in CPU time (`cpuClock` of speed-corpus.ts: on Linux the main thread's, which the load of other
 * processes and the collector's helper threads barely move; process.cpuUsage before 2026-12-07):
 * tokens + sentences + paragraphs + boilerplate, without and with
 * detectVoice, per article, every copy in turn on each chunk of 40 articles so that all see the same
 * machine load: the slowdown voice adds (what the 30% target is about; `pnpm bench:text` measures
 * the same on 50 MB with stems, one copy). Prints the load average: the machine is shared. For
 * comparing builds: the text + voice run of a chunk follows the text run over the same articles,
 * whose text it finds in the caches, so the slowdown printed here is a few points below
 * `bench:text`'s (a no-op detectVoice shows -7%); several copies in one process slow each other.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuClock, generate, root, type Text } from './speed-corpus.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { size: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' } },
});
const size = Number(values.size);
const rounds = Number(values.rounds);
if (!(size > 0)) throw new Error(`--size takes megabytes, e.g. --size 10 (got "${values.size}")`);
if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error(`--rounds takes a positive integer, e.g. --rounds 3 (got "${values.rounds}")`);
const dists = positionals.length > 0 ? positionals.map((d) => path.resolve(d)) : [path.join(root, 'packages', 'text', 'dist')];
const mods: Text[] = [];
for (const d of dists) mods.push((await import(pathToFileURL(path.join(d, 'index.js')).href)) as Text);

const articles = generate(mods[0]!, size);
const cpu = cpuClock.ms;
// one Analyzer per copy (builds since 2026-12-07; older ones kept their memos in module state)
const analyzers = new Map(mods.map((m) => [m, m.Analyzer === undefined ? undefined : new m.Analyzer()]));
function pipeline(m: Text, a: string, voice: boolean): void {
  const an = analyzers.get(m);
  if (an === undefined) {
    const tokens = m.tokenize(a);
    const sentences = m.sentences(a, tokens);
    const paragraphs = m.paragraphs(a);
    const boilerplate = m.boilerplate(a, paragraphs);
    if (voice) m.detectVoice({ text: a, tokens, sentences, paragraphs, boilerplate });
    return;
  }
  const t = an.tokenize(a);
  const s = m.splitSentences(a, t.tokens, t.flags, an.tokenizer.arena);
  const paragraphs = m.paragraphs(a);
  const boilerplate = m.boilerplate(a, paragraphs);
  if (voice) m.detectVoice({ text: a, tokens: t.tokens, sentences: s.spans, paragraphs, boilerplate, flags: t.flags, marks: t.marks, sentenceFirsts: s.firsts }, an.voice);
}
const CHUNK = 40;
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`${articles.length} articles, ${size} MB, ${rounds} rounds, node ${process.version}, ${cpuClock.name}, load before ${load()}`);

// warm-up (JIT) on 400 articles
for (const m of mods) for (let r = 0; r < 2; r++) for (const a of articles.slice(0, 400)) (pipeline(m, a, false), pipeline(m, a, true));
// every copy runs every chunk of 40 articles without and with voice before the next chunk, so that
// all of them see the same machine load; no timer runs per article (a timer per article cost 7%)
const text = mods.map(() => 0);
const withVoice = mods.map(() => 0);
for (let r = 0; r < rounds; r++) {
  for (let s = 0; s < articles.length; s += CHUNK) {
    const e = Math.min(articles.length, s + CHUNK);
    for (let i = 0; i < mods.length; i++) {
      const m = mods[i]!;
      let c = cpu();
      for (let k = s; k < e; k++) pipeline(m, articles[k]!, false);
      text[i]! += cpu() - c;
      c = cpu();
      for (let k = s; k < e; k++) pipeline(m, articles[k]!, true);
      withVoice[i]! += cpu() - c;
    }
  }
}
const per = (x: number) => `${Math.round(x / rounds)} ms`;
console.log(`load after ${load()}`);
for (let i = 0; i < mods.length; i++) {
  console.log(
    `${path.relative(process.cwd(), dists[i]!) || '.'}: text ${per(text[i]!)}, text + voice ${per(withVoice[i]!)} per round: ` +
      `voice slowdown ${(100 * (withVoice[i]! / text[i]! - 1)).toFixed(1)}%`,
  );
}
