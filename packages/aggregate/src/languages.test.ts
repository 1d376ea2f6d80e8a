import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Outlet } from '@framelens/corpus';
import { Analyzer, english, german } from '@framelens/text';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate, type AggregateContext } from './aggregate.js';
import type { ArticleResult } from '@framelens/facts';
import { addLeftOut } from './left-out.js';
import type { DistinctiveRow, ReportData } from './report-data.js';
import { summariseArticle } from '@framelens/facts';
import { ENGLISH_ARTICLES, ENGLISH_OUTLETS } from './__fixtures__/english.js';
import { article, outlet, seedText } from './__fixtures__/seed-doc.js';

// The five German seed articles (one outlet each) and four English articles of two outlets of our own,
// analysed with the text layer of their own language (tokens, stems, stop words).
const corpusDir = fileURLToPath(new URL('../../../corpus/kazakhstan-2022/', import.meta.url));
// the German outlets only (the seed corpus may hold English fixture outlets too: outlet.yaml `language: en`)
const isGermanOutlet = (dir: string) => (/^language:\s*(\S+)/m.exec(readFileSync(`${corpusDir}${dir}/outlet.yaml`, 'utf8'))?.[1] ?? 'de') === 'de';
const seedFiles = readdirSync(corpusDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && isGermanOutlet(d.name))
  .flatMap((d) => readdirSync(corpusDir + d.name).filter((f) => f.endsWith('.md')).map((f) => `${d.name}/${f}`))
  .sort();
const germanOutlets: Outlet[] = seedFiles.map((f) => outlet(f.split('/')[0]!, f.split('/')[0]!));
const englishOutlets: Outlet[] = ENGLISH_OUTLETS.map((o) => ({ id: o.id, name: o.name, language: 'en', attribution: { status: 'confirmed' } }));

const analyzers = { de: new Analyzer({ language: german }), en: new Analyzer({ language: english }) };
function summarise(a: Article): ArticleResult {
  const language = a.language === 'en' ? english : german;
  return summariseArticle(a, analyzers[language.code as 'de' | 'en'].analyze(a.text), [], { isStopword: (norm) => language.stopwords.has(norm) });
}
const germanResults = seedFiles.map((f) => summarise(article(f.replace(/\.md$/, ''), f.split('/')[0]!, seedText(f))));
const englishResults = ENGLISH_ARTICLES.map((a) => summarise(article(a.id, a.outlet, a.text, { language: 'en', date: a.date })));
const pressReview = 'eastern-herald/2022-01-08-press-review';
const jungeWelt = seedFiles.find((f) => f.startsWith('junge-welt/'))!.replace(/\.md$/, '');

const context = (outlets: Outlet[]): AggregateContext => ({
  pipeline: 't',
  title: 't',
  outlets,
  lexicon: { lexicon: { name: 't', frames: [] }, sha256: 'x', coveredStems: new Set<string>() },
  provenance: { framelensVersion: '0', lexicon: { path: 'l', sha256: 'x' }, corpus: { path: 'c', files: [] }, settings: {} },
  settings: { syndication: 'keep', evidencePerCell: 5, bootstrapSeed: 1, bootstrapSamples: 0, distinctivePerOutlet: 1e6, lexiconGapsPerOutlet: 1e6 },
});

/** Token count of `stem` and articles using it, summed over results (the expected "rest" of a row). */
function usage(results: readonly ArticleResult[], stem: string): { count: number; articles: number } {
  let count = 0;
  let articles = 0;
  for (const r of results) {
    const n = r.terms.stems.reduce((s, st, i) => (st === stem ? s + r.terms.counts[i]! : s), 0);
    count += n;
    if (n > 0) articles++;
  }
  return { count, articles };
}

/** The rows' own numbers against the sums over the other outlets of `pool` (the results of one language). */
function restOf(rows: readonly DistinctiveRow[], pool: readonly ArticleResult[]) {
  return rows.map((r) => {
    const others = pool.filter((x) => x.outlet !== r.outlet);
    const rest = usage(others, r.stem);
    const words = others.reduce((s, x) => s + x.wordTokens, 0);
    return { outlet: r.outlet, stem: r.stem, countRest: rest.count, articlesRest: rest.articles, rateRest: (rest.count / words) * 1000 };
  });
}

describe('one report across languages', () => {
  let mixed: ReportData;
  let germanOnly: ReportData;
  beforeAll(async () => {
    mixed = await aggregate([...germanResults, ...englishResults], context([...germanOutlets, ...englishOutlets]));
    germanOnly = await aggregate(germanResults, context(germanOutlets));
  }, 60_000);

  it('the articles carry their language into the report', () => {
    expect(mixed.articles.map((a) => [a.article, a.language])).toEqual(
      [...germanResults, ...englishResults].map((r) => [r.article, r.language]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    expect(new Set(mixed.articles.map((a) => a.language))).toEqual(new Set(['de', 'en']));
  });

  it("distinctive terms of a German outlet are computed against the German outlets only, an English outlet's against the English one", () => {
    const de = mixed.distinctive.filter((r) => r.language === 'de');
    const en = mixed.distinctive.filter((r) => r.language === 'en');
    expect(de.length).toBeGreaterThan(100);
    expect(en.length).toBeGreaterThan(20);
    expect(de.length + en.length).toBe(mixed.distinctive.length);
    expect(new Set(de.map((r) => r.outlet))).toEqual(new Set(germanOutlets.map((o) => o.id)));
    expect(new Set(en.map((r) => r.outlet))).toEqual(new Set(englishOutlets.map((o) => o.id)));
    // every row's "rest" is the other outlets of its language: counts, articles and rate
    const round = (xs: ReturnType<typeof restOf>) => xs.map((x) => ({ ...x, rateRest: Number(x.rateRest.toFixed(9)) }));
    const actual = (rows: DistinctiveRow[]) => rows.map((r) => ({ outlet: r.outlet, stem: r.stem, countRest: r.countRest, articlesRest: r.articlesRest, rateRest: Number(r.rateRest.toFixed(9)) }));
    expect(actual(de)).toEqual(round(restOf(de, germanResults)));
    expect(actual(en)).toEqual(round(restOf(en, englishResults)));
    // the comparison would differ if English text were in the rest: names both languages write alike
    const shared = de.filter((r) => usage(englishResults, r.stem).count > 0).map((r) => r.stem);
    expect(shared).toEqual(expect.arrayContaining(['tokajew', 'paschinjan', 'ortszeit']));
    // and the German figures are exactly those of the German corpus alone (Benjamini–Hochberg per language too)
    expect(de).toEqual(germanOnly.distinctive);
    expect(mixed.lexiconGaps.filter((r) => r.language === 'de')).toEqual(germanOnly.lexiconGaps);
  });

  it('an outlet alone in its language gets no distinctive terms, and its language says so', async () => {
    const lone = await aggregate([...germanResults, ...englishResults.filter((r) => r.outlet === 'steppe-wire')], context([...germanOutlets, englishOutlets[0]!]));
    expect(lone.distinctive.filter((r) => r.outlet === 'steppe-wire' || r.language === 'en')).toEqual([]);
    expect(lone.lexiconGaps.filter((r) => r.outlet === 'steppe-wire')).toEqual([]);
    expect(lone.distinctive).toEqual(germanOnly.distinctive);
    expect(lone.languages!.map((l) => [l.language, l.outlets, l.articles, l.termsCompared])).toEqual([
      ['de', 5, 5, true],
      ['en', 1, 2, false],
    ]);
  }, 60_000);

  it('no text-reuse pair crosses languages, though the English press review quotes and names the German article', async () => {
    expect(mixed.nearDuplicates.filter((d) => d.articleA === pressReview || d.articleB === pressReview)).toEqual([]);
    const language = new Map(mixed.articles.map((a) => [a.article, a.language]));
    expect(mixed.nearDuplicates.filter((d) => language.get(d.articleA) !== language.get(d.articleB))).toEqual([]);
    // the same texts declared one language: the shingles do pair them (so the language is what keeps them apart)
    const relabelled = englishResults.map((r) => (r.article === pressReview ? { ...r, language: 'de' } : r));
    const oneLanguage = await aggregate([...germanResults, ...relabelled], context([...germanOutlets, ...englishOutlets]));
    const pairs = oneLanguage.nearDuplicates.filter((d) => d.articleA === pressReview || d.articleB === pressReview);
    expect(pairs.map((d) => [d.articleA, d.articleB].sort())).toEqual([[pressReview, jungeWelt]]);
    // 27 of the press review's 115 distinct shingles are the junge Welt's: containment 0.23 (≥ 0.2), with both quotes as passages
    expect(pairs[0]!.containment).toBeCloseTo(27 / 115, 6);
    expect(pairs[0]!.passages.map((p) => p.text.slice(0, 20))).toEqual(['Die Friedenstruppe w', 'Gegen Abend (Ortszei']);
  }, 60_000);

  it('the languages table counts outlets, articles and words per language, and the articles left out for theirs', () => {
    const words = (rs: readonly ArticleResult[]) => rs.reduce((s, r) => s + r.wordTokens, 0);
    expect(mixed.languages).toEqual([
      { language: 'de', outlets: 5, articles: 5, wordTokens: words(germanResults), leftOut: 0, termsCompared: true },
      { language: 'en', outlets: 2, articles: 4, wordTokens: words(englishResults), leftOut: 0, termsCompared: true },
    ]);
    const data = structuredClone(mixed);
    addLeftOut(data, [
      { outlet: 'steppe-wire', article: 'steppe-wire/2022-01-09-fr', message: 'corpus/x/steppe-wire/2022-01-09-fr.md: left out of every count, because it is declared language: fr', language: 'fr' },
      { outlet: 'nd', article: 'nd/2022-01-09-en', message: 'corpus/x/nd/2022-01-09-en.md: left out', language: 'en' },
    ]);
    expect(data.languages!.map((l) => [l.language, l.outlets, l.articles, l.leftOut])).toEqual([
      ['de', 5, 5, 0],
      ['en', 2, 4, 1],
      ['fr', 0, 0, 1],
    ]);
    expect(data.warnings.slice(0, 2).map((w) => [w.kind, w.article])).toEqual([
      ['language-mismatch', 'steppe-wire/2022-01-09-fr'],
      ['language-mismatch', 'nd/2022-01-09-en'],
    ]);
  });
});
