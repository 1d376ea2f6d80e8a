/**
 * Per-article cost of summariseArticle (the map step's last part, run in the
 * worker threads for every article) on a generated bench corpus: analyze +
 * match once per article, then summariseArticle timed alone (CPU), alternating
 * with a reference build when one is given, so both run under the same load;
 * "src, cell ids" is src given the lexicon (`options.lexicon`: results carry cell ids).
 *   node --import tsx packages/aggregate/scripts/bench-summarise.ts [corpus dir] [reference dist/index.js]
 * Default corpus: bench-corpus/2MB/corpus/bench (pnpm bench:corpus --size 2MB).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus, type Article } from '@framelens/corpus';
import { Analyzer, type Doc } from '@framelens/text';
import { compileLexicon, loadLexicon, match, speakerGroup, type Hit } from '@framelens/lexicon';
import * as current from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = process.argv[2] ?? `${root}bench-corpus/2MB/corpus/bench`;
const referencePath = process.argv[3];
const compiled = compileLexicon(await loadLexicon(`${root}pipelines/kazakhstan-2022/lexicon.yaml`));
const impls: [string, typeof current, current.SummariseOptions][] = [['src', current, {}]];
if (referencePath) impls.unshift(['reference', (await import(pathToFileURL(path.resolve(referencePath)).href)) as typeof current, {}]);
const { articles } = await loadCorpus(dir, { repoRoot: root });
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const t0 = cpu();
const analyzer = new Analyzer();
const inputs: { article: Article; doc: Doc; hits: Hit[]; options: current.SummariseOptions }[] = articles.map((article) => {
  const doc = analyzer.analyze(article.text);
  const options: current.SummariseOptions = { speakerGroup: (phrase) => speakerGroup(compiled, phrase) };
  if (article.title !== undefined) {
    options.titleDoc = analyzer.analyze(article.title);
    options.titleHits = match(options.titleDoc, compiled);
  }
  return { article, doc, hits: match(doc, compiled), options };
});
const analyseMs = cpu() - t0;
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
const totals = new Map<string, number>(impls.map(([name]) => [name, 0]));
const ROUNDS = 6;
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, impl, extra] of round % 2 === 0 ? impls : [...impls].reverse()) {
    const s0 = cpu();
    for (const x of inputs) impl.summariseArticle(x.article, x.doc, x.hits, { ...x.options, ...extra });
    if (round > 0) totals.set(name, totals.get(name)! + cpu() - s0); // round 0 warms up
  }
}
console.log(
  `summariseArticle on ${path.relative(root, dir)}: ${articles.length} articles, ${(bytes / articles.length / 1024).toFixed(1)} KB each; analyze + match ${(analyseMs / articles.length).toFixed(3)} ms CPU per article; load average ${os.loadavg()[0]!.toFixed(1)}`,
);
for (const [name, ms] of totals) console.log(`  ${name}: ${(ms / (ROUNDS - 1) / articles.length).toFixed(3)} ms CPU per article`);
