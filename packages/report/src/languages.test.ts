/**
 * The page with articles in two languages (__fixtures__/mixed-languages.ts: the seed report plus
 * English outlets as the aggregator reports them). The page must say which languages the figures
 * rest on, why an outlet alone in its language has no distinctive terms, and never put two
 * languages' words in one panel.
 */
import { describe, expect, it } from 'vitest';
import { addEnglishOutlet, englishRow, germanSeed, mixedLanguages } from './__fixtures__/mixed-languages.js';
import { compileSpec } from './compile.js';
import { distinctiveLanguages, languagesOverview } from './languages.js';
import { method } from './method.js';
import { overview } from './overview.js';
import { buildSpecs } from './specs.js';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('a report across languages', () => {
  it("the seed report's German outlets alone: the page says all figures rest on German articles, and nothing about comparing languages", () => {
    const data = germanSeed();
    expect(text(languagesOverview(data))).toBe('All figures rest on articles in German (de): 5 outlets, 5 articles, 2,994 words.');
    expect(distinctiveLanguages(data)).toBe('');
  });

  it('an English outlet alone in its language: the overview counts both languages and the left-out article, the Distinctive terms section says why it has none', () => {
    const data = germanSeed();
    addEnglishOutlet(data, 'steppe-wire', 'Steppe Wire', 2);
    data.languages = [...data.languages!, englishRow(data, 1, false), { language: 'fr', outlets: 0, articles: 0, wordTokens: 0, leftOut: 1, termsCompared: false }];
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

  it('two English outlets: their words get a block of panels titled with the language; an outlet writing in both languages gets a panel in each', () => {
    const data = mixedLanguages();
    expect(text(overview(data))).toContain('only articles in the same language are compared');
    expect(text(overview(germanSeed()))).not.toContain('same language');
    expect(text(distinctiveLanguages(data))).toContain('(German (de): 5 outlets; English (en): 3 outlets)');
    const specs = buildSpecs(data);
    const dots = specs.find((c) => c.id === 'distinctive')!;
    // one block of panels per language, titled with it; nd, writing in both, has a panel in each
    type Block = { title: { text: string }; transform: { filter: { field: string; equal: string } }[]; facet: { sort: string[] } };
    const blocks = (dots.vegaLite as { vconcat: Block[] }).vconcat;
    expect(blocks.map((b) => [b.title.text, b.transform[0]!.filter, b.facet.sort])).toEqual([
      ['German (de)', { field: 'language', equal: 'de' }, ['Augsburger Allgemeine (1 article)', 'junge Welt (1 article)', 'Kleine Zeitung (1 article)', 'nd (2 articles)', 'dpa wire copy (publishing outlet unknown) (1 article)']],
      ['English (en)', { field: 'language', equal: 'en' }, ['nd (2 articles)', 'Steppe Wire (2 articles)', 'Eastern Herald (2 articles)']],
    ]);
    const values = (dots.vegaLite.data as { values: { outlet: string; language: string; stem: string }[] }).values;
    expect(values.filter((v) => v.outlet === 'nd' && v.language === 'en').map((v) => v.stem)).toEqual(['gangs', 'looting']);
    expect(compileSpec(dots.vegaLite).warnings).toEqual([]);
    // naming: one chart per actor and language, each with its language's outlets and the labels they use
    const naming = specs.find((c) => c.id === 'naming')!;
    type NamingBlock = { title: { text: string }; encoding: { y: { sort: string[] }; color: { scale: { domain: string[]; range: string[] } } } };
    const protesters = (naming.vegaLite as { vconcat: NamingBlock[] }).vconcat.filter((b) => b.title.text.startsWith('Protesters'));
    expect(protesters.map((b) => b.title.text)).toEqual(['Protesters · German', 'Protesters · English']);
    // (in the lexicon's order of labels)
    expect([...protesters[1]!.encoding.color.scale.domain].sort()).toEqual(['militants', 'protesters', 'rioters', 'terrorists']);
    expect(protesters[1]!.encoding.y.sort).toEqual(['nd (2 articles)', 'Steppe Wire (2 articles)', 'Eastern Herald (2 articles)']);
    expect(protesters[0]!.encoding.color.scale.domain.some((l) => ['protesters', 'rioters', 'militants', 'terrorists'].includes(l))).toBe(false);
    for (const b of protesters) expect(new Set(b.encoding.color.scale.range).size).toBe(b.encoding.color.scale.domain.length);
    expect(naming.howToRead).toContain('One chart per actor and language');
    expect(compileSpec(naming.vegaLite).warnings).toEqual([]);
    // the scatter: one choice per outlet × language, nd twice
    const scatter = specs.find((c) => c.id === 'term-scatter')!;
    expect(scatter.control!.options.filter((o) => o.value.startsWith('nd')).map((o) => [o.value, o.label])).toEqual([
      ['nd|de', 'nd (2 articles) · German'],
      ['nd|en', 'nd (2 articles) · English'],
    ]);
    expect(scatter.control!.options.map((o) => o.value)).toEqual(expect.arrayContaining(['steppe-wire', 'eastern-herald', 'junge-welt']));
    expect(compileSpec(scatter.vegaLite).warnings).toEqual([]);
  });
});
