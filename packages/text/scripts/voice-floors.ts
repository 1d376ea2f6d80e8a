/**
 * `tsx packages/text/scripts/voice-floors.ts [--size 10] [--rounds 8]`: where the time of voice
 * detection goes, stage by stage, and so the floor each stage sets for the ≤ 30% target. Copies of
 * the compiled package (packages/text/dist; build it first) are cut after a stage of `detectVoice`
 * (under packages/text/node_modules/.voice-floors/, remade on every run):
 *   quotations       findQuotes only
 *   units            + buildUnits
 *   per-unit rules   + the rules of rules/, quotation classes, distancing words, nest (no news passes)
 *   + RuleContext    + the news passes' sentence records, without any pass
 *   full             the build as it is
 * The articles of `pnpm bench:text` (speed-corpus.ts) are tokenized once; every round runs the text
 * pipeline (tokens, sentences, paragraphs, boilerplate) and then `detectVoice` of each copy alone
 * over all of them, in a rotating order, timed with `cpuClock` (on Linux the main thread's CPU
 * time, stable under the shared machine's load). Prints per copy the minimum and median over the
 * rounds and the share of the text pipeline: the voice slowdown that stage alone would cost.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuClock, generate, root, type Text } from './speed-corpus.js';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10' }, rounds: { type: 'string', default: '8' } } });
const size = Number(values.size);
const rounds = Number(values.rounds);
if (!(size > 0)) throw new Error(`--size takes megabytes, e.g. --size 10 (got "${values.size}")`);
if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error(`--rounds takes a positive integer, e.g. --rounds 8 (got "${values.rounds}")`);

const dist = path.join(root, 'packages', 'text', 'dist');
if (!existsSync(path.join(dist, 'index.js'))) throw new Error(`voice-floors: ${dist}/index.js missing; run pnpm --filter @framelens/text build`);

/** A cut: in `file` (relative to dist), `find` replaced by `put`. */
interface Cut {
  file: string;
  find: string | RegExp;
  put: string;
}
const INDEX = 'voice/index.js';
const PASSES = 'voice/passes/index.js';
const STAGES: { name: string; cuts: Cut[] }[] = [
  { name: 'quotations', cuts: [{ file: INDEX, find: '    const top = topLevel(quotes);\n', put: '    const top = topLevel(quotes);\n    if (top.length >= 0) return [];\n' }] },
  { name: 'units', cuts: [{ file: INDEX, find: '    const out = []; // reported spans', put: '    if (units.n >= 0) return [];\n    const out = []; // reported spans' }] },
  { name: 'per-unit rules', cuts: [{ file: INDEX, find: /return newsPasses\([^\n]*\);/, put: 'return nest(out, quoted, distanced);' }] },
  { name: '+ RuleContext', cuts: [{ file: PASSES, find: /\n    [a-zA-Z]+\(c\);/g, put: '' }] },
  { name: 'full', cuts: [] },
];

const work = path.join(root, 'packages', 'text', 'node_modules', '.voice-floors');
rmSync(work, { recursive: true, force: true });
const mods: Text[] = [];
for (const [i, stage] of STAGES.entries()) {
  let entry = path.join(dist, 'index.js');
  if (stage.cuts.length > 0) {
    const copy = path.join(work, String(i), 'dist');
    cpSync(dist, copy, { recursive: true });
    for (const cut of stage.cuts) {
      const file = path.join(copy, cut.file);
      const js = readFileSync(file, 'utf8');
      const cutJs = js.replace(cut.find, cut.put);
      if (cutJs === js) throw new Error(`voice-floors: cannot cut stage "${stage.name}": ${cut.file} has no ${String(cut.find)} (detectVoice changed? update STAGES in this script)`);
      writeFileSync(file, cutJs);
    }
    entry = path.join(copy, 'index.js');
  }
  mods.push((await import(pathToFileURL(entry).href)) as Text);
}

const full = mods[mods.length - 1]!;
const articles = generate(full, size);
const analyzer = new full.Analyzer();
// one tokenization for all copies (the same code): columns copied out of the analyzer's reused arena
const inputs = articles.map((text) => {
  const t = analyzer.tokenize(text);
  const s = full.splitSentences(text, t.tokens, t.flags, analyzer.tokenizer.arena);
  const paragraphs = full.paragraphs(text);
  return {
    text, tokens: t.tokens, sentences: s.spans, paragraphs, boilerplate: full.boilerplate(text, paragraphs),
    flags: t.flags.slice(), marks: t.marks.slice(), sentenceFirsts: s.firsts.slice(),
  };
});
const scratches = mods.map((m) => new m.VoiceScratch());
const textRun = (): number => {
  const c = cpuClock.ms();
  for (const a of articles) {
    const t = analyzer.tokenize(a);
    full.splitSentences(a, t.tokens, t.flags, analyzer.tokenizer.arena);
    full.boilerplate(a, full.paragraphs(a));
  }
  return cpuClock.ms() - c;
};
const voiceRun = (i: number, list = inputs): number => {
  const m = mods[i]!;
  const c = cpuClock.ms();
  for (const x of list) m.detectVoice(x, scratches[i]);
  return cpuClock.ms() - c;
};

const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`${articles.length} articles, ${size} MB, ${rounds} rounds, node ${process.version}, ${cpuClock.name}, load before ${load()}`);
// warm-up (JIT)
for (let w = 0; w < 2; w++) {
  textRun();
  for (let i = 0; i < mods.length; i++) voiceRun(i, inputs.slice(0, 400));
}
const text: number[] = [];
const voice: number[][] = mods.map(() => []);
for (let r = 0; r < rounds; r++) {
  text.push(textRun());
  for (let k = 0; k < mods.length; k++) {
    const i = (k + r) % mods.length;
    voice[i]!.push(voiceRun(i));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const min = (xs: number[]) => Math.min(...xs);
console.log(`load after ${load()}`);
console.log(`text pipeline: ${min(text).toFixed(0)} ms (min), ${median(text).toFixed(0)} ms (median) per round`);
let before = 0;
for (const [i, stage] of STAGES.entries()) {
  const v = voice[i]!;
  const share = median(v.map((x, r) => x / text[r]!));
  console.log(
    `${stage.name.padEnd(16)} detectVoice ${min(v).toFixed(0).padStart(4)} ms (min), ${median(v).toFixed(0).padStart(4)} ms (median): ` +
      `${(100 * share).toFixed(1)}% of the text time (the stage: +${(min(v) - before).toFixed(0)} ms)`,
  );
  before = min(v);
}
