/**
 * Per-article CPU of the map step's own work (#18): an article's text-layer and lexicon output
 * turned into fact rows and written to part files (mapArticle into a PartWriter), timed alone:
 * analyze + match run once per article beforehand. Alternates with a reference build when one is
 * given (its repository root, built; a build from before mapArticle is run as summariseArticle +
 * PartWriter.add), so both run under the same load. CPU includes garbage collection.
 *   node --import tsx packages/facts/scripts/bench-map.ts [corpus dir] [reference repo root] [--articles N]
 * Default corpus: bench-corpus/20MB/corpus/bench (pnpm bench:corpus --size 20MB), its first 3,000 articles.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus, type Article } from '@framelens/corpus';
import { Analyzer, type Doc } from '@framelens/text';
import { compileLexicon, loadLexicon, match, MatchMemo, speakerGroup, type Hit } from '@framelens/lexicon';
import * as current from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { articles: { type: 'string', default: '3000' } } });
const dir = positionals[0] || `${root}bench-corpus/20MB/corpus/bench`;
const referenceRoot = positionals[1];

interface Input {
  article: Article;
  doc: Doc;
  hits: Hit[];
  options: current.MapOptions;
  bytes: number;
}
/** One implementation: write every input's rows into a writer in `parts`. */
type Impl = (inputs: readonly Input[], parts: string) => void;

const analyzer = new Analyzer();
/** The map step of a build with mapArticle: a writer per 64 articles (a worker's batch), one TermMemo. */
const mapImpl =
  (api: Pick<typeof current, 'TermMemo' | 'PartWriter' | 'mapArticle'>, name: string): Impl =>
  (inputs, parts) => {
    const memo = new api.TermMemo();
    let w: current.PartWriter | undefined;
    inputs.forEach((x, i) => {
      if (i % 64 === 0) {
        w?.close();
        w = new api.PartWriter(parts, name);
      }
      w!.start(i, x.bytes);
      api.mapArticle(x.article, x.doc, x.hits, { ...x.options, termMemo: memo, analyzer }, w!);
    });
    w?.close();
  };
const srcImpl = mapImpl(current, 'src');

async function referenceImpl(repo: string): Promise<Impl> {
  const facts = (await import(pathToFileURL(path.join(repo, 'packages/facts/dist/index.js')).href)) as Record<string, unknown>;
  if (typeof facts['mapArticle'] === 'function') return mapImpl(facts as unknown as typeof current, 'ref');
  // before mapArticle: summariseArticle (aggregate) made a result, PartWriter.add wrote it
  const aggregate = (await import(pathToFileURL(path.join(repo, 'packages/aggregate/dist/index.js')).href)) as { summariseArticle: typeof current.summariseArticle };
  const Writer = facts['PartWriter'] as new (dir: string, writer: string) => { add(r: unknown, idx: number, bytes: number): void; close(): void };
  return (inputs, parts) => {
    let w: InstanceType<typeof Writer> | undefined;
    inputs.forEach((x, i) => {
      if (i % 16 === 0) {
        w?.close();
        w = new Writer(parts, 'ref');
      }
      w!.add(aggregate.summariseArticle(x.article, x.doc, x.hits, x.options), i, x.bytes);
    });
    w?.close();
  };
}

const compiled = compileLexicon(await loadLexicon(`${root}pipelines/kazakhstan-2022/lexicon.yaml`));
const lexicon = compiled.languages.get('de')!;
const impls: [string, Impl][] = [['src', srcImpl]];
if (referenceRoot) impls.unshift(['reference', await referenceImpl(referenceRoot)]);
const { articles: all } = await loadCorpus(dir, { repoRoot: root });
const articles = all.slice(0, Number(values.articles));
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const t0 = cpu();
const memo = new MatchMemo(lexicon);
const inputs: Input[] = articles.map((article) => {
  const doc = analyzer.analyze(article.text);
  const options: current.MapOptions = { speakerGroup: (phrase) => speakerGroup(lexicon, phrase) };
  if (article.title !== undefined) {
    options.titleDoc = analyzer.analyze(article.title);
    options.titleHits = match(options.titleDoc, lexicon, memo);
  }
  return { article, doc, hits: match(doc, lexicon, memo), options, bytes: Buffer.byteLength(article.text) };
});
const analyseMs = cpu() - t0;
const bytes = inputs.reduce((s, x) => s + x.bytes, 0);
const totals = new Map<string, number>(impls.map(([name]) => [name, 0]));
const ROUNDS = 6;
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, impl] of round % 2 === 0 ? impls : [...impls].reverse()) {
    const parts = mkdtempSync(path.join(os.tmpdir(), 'bench-map-'));
    const s0 = cpu();
    impl(inputs, parts);
    if (round > 0) totals.set(name, totals.get(name)! + cpu() - s0); // round 0 warms up
    rmSync(parts, { recursive: true, force: true });
  }
}
console.log(
  `map step rows on ${path.relative(root, dir)}: ${articles.length} articles, ${(bytes / articles.length / 1024).toFixed(1)} KB each; analyze + match ${(analyseMs / articles.length).toFixed(3)} ms CPU per article; load average ${os.loadavg()[0]!.toFixed(1)}`,
);
for (const [name, ms] of totals) console.log(`  ${name}: ${(ms / (ROUNDS - 1) / articles.length).toFixed(3)} ms CPU per article (${((ms / (ROUNDS - 1)) * (10_563 / articles.length) / 1000).toFixed(2)} s per 10,563 articles)`);
