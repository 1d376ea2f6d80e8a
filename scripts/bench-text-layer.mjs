// Child of `pnpm bench:text` (bench-text-baseline.ts): times the German text layer without voice
// (tokens, sentences, paragraphs, boilerplate) of one compiled @framelens/text in a process of its
// own, so that two builds never share a process (and its JIT state) when they are compared.
// Usage: node scripts/bench-text-layer.mjs <path to dist/index.js> <articles.json> <runs>
// Prints {"cpuSeconds": [...]} (one figure per timed run, after two warm-up passes).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [entry, articlesFile, runsArg] = process.argv.slice(2);
if (entry === undefined || articlesFile === undefined) {
  console.error('usage: node scripts/bench-text-layer.mjs <packages/text/dist/index.js> <articles.json> [runs], e.g. … packages/text/dist/index.js /tmp/articles.json 3');
  process.exit(2);
}
const text = await import(pathToFileURL(entry).href);
const articles = JSON.parse(readFileSync(articlesFile, 'utf8'));
const analyzer = new text.Analyzer();

function layer() {
  let tokens = 0;
  for (const a of articles) {
    const t = analyzer.tokenize(a);
    text.splitSentences(a, t.tokens, t.flags, analyzer.tokenizer.arena);
    text.boilerplate(a, text.paragraphs(a));
    tokens += t.tokens.length;
  }
  return tokens;
}

layer();
layer();
const cpuSeconds = [];
for (let r = 0; r < Number(runsArg ?? 3); r++) {
  const c0 = process.cpuUsage();
  layer();
  const c = process.cpuUsage(c0);
  cpuSeconds.push((c.user + c.system) / 1e6);
}
console.log(JSON.stringify({ cpuSeconds }));
