/**
 * Byte-identity check for performance work on this package: runs the real
 * per-article map (analyze + match from the built packages) once per article,
 * then summariseArticle and the streaming aggregator of two implementations of
 * @framelens/aggregate (a reference build and src/), and compares every
 * ArticleResult, report.json, every CSV and the streamed evidence.csv, under
 * keep and collapse, with the CLI's default settings (evidencePerCell 200,
 * 2,000 bootstrap resamples) and with evidencePerCell 20. Also checks that
 * aggregating `slimResult`s gives the same bytes as aggregating full results,
 * and that results with cell ids (`summariseArticle` given the lexicon) equal
 * those without apart from `cells` and aggregate to the same bytes.
 *
 *   node --import tsx packages/aggregate/scripts/compare-outputs.ts <reference dist/index.js> [corpus dir …]
 *
 * Make the reference with `pnpm --filter @framelens/aggregate build` at the
 * commit to compare against and copy packages/aggregate/dist somewhere under
 * packages/aggregate/node_modules/ (so its imports resolve). Default corpora:
 * the seeds (corpus/kazakhstan-2022) and bench-corpus/2MB/corpus/bench.
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus, type Article } from '@framelens/corpus';
import { Analyzer, type Doc } from '@framelens/text';
import { compileLexicon, loadLexicon, match, speakerGroup, type Hit } from '@framelens/lexicon';
import * as current from '../src/index.js';
import type { AggregateContext, ArticleResult } from '../src/index.js';
import { benchContext, synthetic } from './synthetic.js';

type Impl = typeof current;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const [referencePath, ...dirs] = process.argv.slice(2);
if (!referencePath) throw new Error('usage: compare-outputs.ts <reference dist/index.js> [corpus dir …]');
const reference = (await import(pathToFileURL(path.resolve(referencePath)).href)) as Impl;
const corpora = dirs.length > 0 ? dirs : [`${root}corpus/kazakhstan-2022`, `${root}bench-corpus/2MB/corpus/bench`];
const lexicon = await loadLexicon(`${root}pipelines/kazakhstan-2022/lexicon.yaml`);
const compiled = compileLexicon(lexicon);
const analyzer = new Analyzer();

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
/** JSON with sorted keys, so key order does not matter for the result comparison. */
/** JSON with object keys sorted; a typed array as the array of its values (a signature is a Uint16Array since fbc1cba, number[] before) */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) => (ArrayBuffer.isView(x) && !(x instanceof DataView) ? Array.from(x as Uint16Array) : x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

/**
 * A reference build from before TermCounts has terms as [{stem, count, forms}] and no keys: its
 * results and ours are then compared with terms as columns without keys (otherwise as they are).
 */
type OldTerms = { stem: string; count: number; forms: [string, number][] }[];
const termColumns = (r: ArticleResult) => {
  const terms = r.terms as unknown;
  if (!Array.isArray(terms)) return { ...r, terms: { ...r.terms, keys: undefined } };
  const cols = { stems: [] as string[], forms: [] as string[], counts: [] as number[] };
  for (const t of terms as OldTerms) for (const [form, n] of t.forms) cols.stems.push(t.stem), cols.forms.push(form), cols.counts.push(n);
  return { ...r, terms: cols };
};
/** A current result in the reference build's shape (when it is from before TermCounts). */
let referenceResult = (r: ArticleResult): ArticleResult => r;

let failures = 0;
for (const dir of corpora) {
  if (!existsSync(dir)) {
    console.log(`skip ${dir}: not found (pnpm bench:corpus --size 2MB)`);
    continue;
  }
  const loaded = await loadCorpus(dir, { repoRoot: root });
  const articles = loaded.articles;
  const analysed: { article: Article; doc: Doc; hits: Hit[]; titleDoc?: Doc; titleHits?: Hit[] }[] = articles.map((article) => {
    const doc = analyzer.analyze(article.text);
    const a: (typeof analysed)[number] = { article, doc, hits: match(doc, compiled) };
    if (article.title !== undefined) {
      a.titleDoc = analyzer.analyze(article.title);
      a.titleHits = match(a.titleDoc, compiled);
    }
    return a;
  });
  const summarise = (impl: Impl, cells = false) =>
    analysed.map((a) => {
      const options: Parameters<Impl['summariseArticle']>[3] = { speakerGroup: (phrase) => speakerGroup(compiled, phrase) };
      if (cells) options.lexicon = compiled;
      if (a.titleDoc) {
        options.titleDoc = a.titleDoc;
        options.titleHits = a.titleHits ?? [];
      }
      return impl.summariseArticle(a.article, a.doc, a.hits, options);
    });
  const before = summarise(reference);
  const after = summarise(current);
  const oldReference = Array.isArray(before[0]?.terms);
  // a reference from before results carried their MinHash signature: compare without it, and check it against the shingles
  const withoutSignature = before.every((r) => r.signature === undefined);
  const comparable = (r: ArticleResult) => {
    const c = oldReference ? termColumns(r) : r;
    return withoutSignature ? { ...c, signature: undefined } : c;
  };
  if (withoutSignature) {
    const bad = after.filter((r) => canonical(r.signature) !== canonical(current.minhashSignature(r.shingles.hashes))).length;
    console.log(`${path.relative(root, dir)}: signatures ${bad === 0 ? 'equal minhashSignature(shingles.hashes)' : `DIFFER in ${bad}`}`);
    if (bad > 0) failures++;
  }
  if (oldReference)
    referenceResult = (r) => {
      const old: OldTerms = [];
      const { stems, forms, counts } = r.terms;
      stems.forEach((stem, i) => {
        if (old[old.length - 1]?.stem !== stem) old.push({ stem, count: 0, forms: [] });
        old[old.length - 1]!.count += counts[i]!;
        old[old.length - 1]!.forms.push([forms[i]!, counts[i]!]);
      });
      return { ...r, terms: old as unknown as ArticleResult['terms'] };
    };
  let differing = 0;
  for (let i = 0; i < before.length; i++) if (canonical(comparable(before[i]!)) !== canonical(comparable(after[i]!))) differing++;
  const name = path.relative(root, dir);
  console.log(`${name}: ${articles.length} articles; ArticleResults ${differing === 0 ? 'identical' : `DIFFER in ${differing}`}`);
  if (differing > 0) failures++;
  // with cell ids: the same results plus `cells`
  const withCells = summarise(current, true);
  const cellDiffers = withCells.filter((r, i) => r.cells === undefined || canonical({ ...r, cells: undefined }) !== canonical(after[i])).length;
  const unnumbered = withCells.reduce((n, r) => n + [...(r.cells?.counts ?? []), ...(r.cells?.evidence ?? [])].filter((id) => id < 0).length, 0);
  console.log(`${name}: ArticleResults with cell ids ${cellDiffers === 0 ? 'identical apart from cells' : `DIFFER in ${cellDiffers}`} (${unnumbered} rows without a cell id)`);
  if (cellDiffers > 0) failures++;

  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const outputs = async (impl: Impl, results: ArticleResult[], settings: AggregateContext['settings'], shingleFile?: string) => {
    const context: AggregateContext = {
      pipeline: 'compare', title: 'compare', outlets: loaded.outlets, lexicon: compiled,
      provenance: { framelensVersion: '0', lexicon: { path: 'l', sha256: compiled.sha256 }, corpus: { path: 'c', files: [] }, settings: {} },
      settings, readText: async (id) => texts.get(id)!,
    };
    // candidates checked on the map step's shingle hashes kept in a file, not on re-read texts
    const store = shingleFile ? new current.FileShingleStore(shingleFile) : undefined;
    if (store) context.shingleStore = store;
    const agg = impl.createAggregator(context);
    // arrival order as from worker threads: a deterministic shuffle
    const order = results.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = (i * 7919 + 13) % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) agg.add(results[i]!, i);
    const data = await agg.finish();
    if (store && shingleFile) {
      store.close();
      rmSync(shingleFile);
    }
    const files = new Map<string, string>([['report.json', impl.reportJson(data)], ...impl.toCsvFiles(data)]);
    files.set('evidence.csv', impl.evidenceCsvHeader() + results.map((r) => impl.evidenceCsvRows(r, context)).join(''));
    return files;
  };
  for (const syndication of ['keep', 'collapse'] as const) {
    for (const evidencePerCell of [200, 20]) {
      const settings = { syndication, evidencePerCell, bootstrapSeed: 20220106, bootstrapSamples: 2000 };
      const ref = await outputs(reference, before, settings);
      const variants: [string, Map<string, string>][] = [
        ['src', await outputs(current, after, settings)],
        ['src with a FileShingleStore', await outputs(current, after, settings, path.join(os.tmpdir(), `compare-outputs-${process.pid}.bin`))],
        // as the CLI sends results: shingles compacted in the map step (evidence.csv is formatted from the same result)
        ['src, compactShingles + FileShingleStore', await outputs(current, after.map((r) => current.compactShingles(r)), settings, path.join(os.tmpdir(), `compare-outputs-${process.pid}.bin`))],
        ['src, cell ids', await outputs(current, withCells, settings)],
      ];
      const slim = (current as Partial<{ slimResult: (r: ArticleResult) => ArticleResult }>).slimResult;
      if (slim) {
        // evidence.csv is formatted from the full result (in the worker); the slim result feeds add() only
        const files = await outputs(current, after.map((r) => slim(r)), settings);
        files.set('evidence.csv', ref.get('evidence.csv')!);
        variants.push(['slimResult', files], ['slim evidenceCsvRows', new Map([['evidence.csv', current.evidenceCsvHeader() + after.map((r) => current.evidenceCsvRows(slim(r), { lexicon: compiled })).join('')]])]);
      }
      for (const [label, files] of variants) {
        const bad = [...files].filter(([f, s]) => ref.get(f) !== s).map(([f]) => f);
        const missing = label === 'slim evidenceCsvRows' ? [] : [...ref.keys()].filter((f) => !files.has(f));
        const ok = bad.length === 0 && missing.length === 0;
        if (!ok) failures++;
        console.log(
          `  ${syndication}, evidencePerCell ${evidencePerCell}, ${label}: ${ok ? 'identical' : `DIFFER: ${[...bad, ...missing].join(', ')}`} ` +
            `(report.json ${sha(files.get('report.json') ?? ref.get('report.json')!)}, evidence.csv ${sha(files.get('evidence.csv')!)}, ${files.size} files)`,
        );
      }
    }
  }
}
// synthetic results (scripts/synthetic.ts): 50 outlets, a year of dates, shuffled arrival
{
  const n = Number(process.env.COMPARE_SYNTHETIC ?? 4000);
  const report = async (impl: Impl, syndication: 'keep' | 'collapse', cells = true) => {
    const agg = impl.createAggregator(benchContext({ syndication, evidencePerCell: 200, bootstrapSeed: 20220106, bootstrapSamples: 500 }));
    for (let k = 0; k < n; k++) {
      const i = (k * 7919) % n;
      agg.add(impl === reference ? referenceResult(synthetic(i, cells)) : synthetic(i, cells), i);
    }
    return impl.reportJson(await agg.finish());
  };
  for (const syndication of ['keep', 'collapse'] as const) {
    const a = await report(reference, syndication);
    for (const cells of [true, false]) {
      const b = await report(current, syndication, cells);
      if (a !== b) failures++;
      console.log(`synthetic ${n}, ${syndication}, ${cells ? 'with' : 'without'} cell ids: report.json ${a === b ? 'identical' : 'DIFFERS'} (${sha(b)})`);
    }
  }
}
if (failures > 0) {
  console.log(`${failures} difference(s)`);
  process.exitCode = 1;
}
