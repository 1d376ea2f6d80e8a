/**
 * The page with articles in two languages: the seed report (five German outlets) plus English
 * outlets as the aggregator reports them (articles with `language: 'en'`, a languages row, and
 * distinctive rows computed within English; the aggregator's languages.test.ts checks those
 * figures on real text). The page must say which languages the figures rest on, why an outlet
 * alone in its language has no distinctive terms, and never put two languages' words in one panel.
 */
import type { DistinctiveRow, LanguageRow, ReportData } from '@framelens/aggregate';
import { describe, expect, it } from 'vitest';
import { seedData } from './__fixtures__/seed-data.js';
import { compileSpec } from './compile.js';
import { distinctiveLanguages, languagesOverview } from './languages.js';
import { method } from './method.js';
import { buildSpecs } from './specs.js';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

/** An English outlet with `articles` articles of 150 words each. */
function addEnglishOutlet(data: ReportData, id: string, name: string, articles: number): void {
  data.outlets.push({ outlet: id, name, attributionStatus: 'confirmed', articles, wordTokens: 150 * articles, boilerplateTokens: 0, frameHits: 0 });
  for (let k = 0; k < articles; k++) data.articles.push({ article: `${id}/a${k}`, outlet: id, language: 'en', path: `corpus/x/${id}/a${k}.md`, wordTokens: 150, boilerplateTokens: 0, frameHits: 0 });
}

const english = (data: ReportData, outlets: number, termsCompared: boolean, leftOut = 0): LanguageRow => ({
  language: 'en', outlets, articles: data.articles.filter((a) => a.language === 'en').length, wordTokens: data.articles.filter((a) => a.language === 'en').reduce((s, a) => s + a.wordTokens, 0), leftOut, termsCompared,
});

const row = (outlet: string, language: string, stem: string, z: number): DistinctiveRow => ({
  outlet, language, stem, forms: [stem[0]!.toUpperCase() + stem.slice(1)], count: 4, countRest: 1, rate: 5, rateRest: 1, logOdds: 1, z, articles: 2, articlesRest: 1, pArticles: 0.2, significant: false, inLexicon: false,
});

describe('a report across languages', () => {
  it('the seed report (German only) says all figures rest on German articles, and nothing about comparing languages', () => {
    const data = seedData();
    expect(text(languagesOverview(data))).toBe('All figures rest on articles in German (de): 5 outlets, 5 articles, 2,994 words.');
    expect(distinctiveLanguages(data)).toBe('');
  });

  it('an English outlet alone in its language: the overview counts both languages and the left-out article, the Distinctive terms section says why it has none', () => {
    const data = seedData();
    addEnglishOutlet(data, 'steppe-wire', 'Steppe Wire', 2);
    data.languages = [...data.languages!, english(data, 1, false), { language: 'fr', outlets: 0, articles: 0, wordTokens: 0, leftOut: 1, termsCompared: false }];
    data.warnings.unshift({ kind: 'language-mismatch', outlet: 'steppe-wire', article: 'steppe-wire/fr', message: 'corpus/x/steppe-wire/fr.md: left out of every count, because it is declared language: fr' });
    expect(text(languagesOverview(data))).toBe(
      'The figures rest on articles in 2 languages: German (de): 5 outlets, 5 articles, 2,994 words; English (en): 1 outlet (Steppe Wire (2 articles)), 2 articles, 300 words. ' +
        'Frames, actors, claims and speaker groups are compared across languages by their ids, each language matched with its own terms; distinctive words and shared text are compared only within a language (Method). ' +
        'Left out because of their language: 1 article in French (fr) (listed under “Articles left out” below).',
    );
    expect(text(distinctiveLanguages(data))).toBe(
      "Each outlet's words are compared with those of the other outlets in the same language only (German (de): 5 outlets): words of two languages are not translations of each other, and against another language every word would look distinctive. " +
        'Steppe Wire (2 articles) is the only outlet with articles in English (en): its words are not compared, because there is no other outlet in that language to compare them with.',
    );
    expect(text(method(data, []))).toContain("This report's articles are in German (de) and English (en).");
    expect(text(method(data, []))).toContain('The term lists of two languages are not translations of each other');
    // it has no distinctive-terms panel or scatter choice of its own
    const specs = buildSpecs(data);
    expect(specs.find((c) => c.id === 'term-scatter')!.control!.options.map((o) => o.value)).toEqual(['augsburger-allgemeine', 'dpa-wire', 'junge-welt', 'kleine-zeitung', 'nd']);
  });

  it('two English outlets: their words get panels of their own, labelled with the language; an outlet writing in both languages gets one panel per language', () => {
    const data = seedData();
    addEnglishOutlet(data, 'steppe-wire', 'Steppe Wire', 2);
    addEnglishOutlet(data, 'eastern-herald', 'Eastern Herald', 2);
    data.languages = [...data.languages!, english(data, 2, true)];
    // nd also published one article in English
    data.articles.push({ article: 'nd/en', outlet: 'nd', language: 'en', path: 'corpus/x/nd/en.md', wordTokens: 150, boilerplateTokens: 0, frameHits: 0 });
    data.distinctive.push(row('steppe-wire', 'en', 'tokayev', 2.5), row('eastern-herald', 'en', 'militant', 3.1), row('nd', 'en', 'gangs', 1.2));
    expect(text(distinctiveLanguages(data))).toContain('(German (de): 5 outlets; English (en): 2 outlets)');
    const specs = buildSpecs(data);
    const dots = specs.find((c) => c.id === 'distinctive')!;
    const values = (dots.vegaLite.data as { values: { panel: string; outlet: string; language: string; stem: string }[] }).values;
    // every panel holds one language's words
    const languagesOf = new Map<string, Set<string>>();
    for (const v of values) languagesOf.set(v.panel, new Set([...(languagesOf.get(v.panel) ?? []), v.language]));
    expect([...languagesOf.values()].every((s) => s.size === 1)).toBe(true);
    expect(values.filter((v) => v.outlet === 'nd').map((v) => v.panel)).toEqual(expect.arrayContaining(['nd (1 article) · German', 'nd (1 article) · English']));
    expect(values.find((v) => v.stem === 'tokayev')!.panel).toBe('Steppe Wire (2 articles) · English');
    expect(compileSpec(dots.vegaLite).warnings).toEqual([]);
    // the scatter: one choice per outlet × language, nd twice
    const scatter = specs.find((c) => c.id === 'term-scatter')!;
    expect(scatter.control!.options.filter((o) => o.value.startsWith('nd')).map((o) => [o.value, o.label])).toEqual([
      ['nd|de', 'nd (1 article) · German'],
      ['nd|en', 'nd (1 article) · English'],
    ]);
    expect(scatter.control!.options.map((o) => o.value)).toEqual(expect.arrayContaining(['steppe-wire', 'eastern-herald', 'junge-welt']));
    expect(compileSpec(scatter.vegaLite).warnings).toEqual([]);
  });
});
