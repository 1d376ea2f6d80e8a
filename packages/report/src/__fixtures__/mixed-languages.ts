/**
 * The seed report's German outlets (`germanSeed`: the seed corpus may hold English outlets too)
 * with English outlets added as the aggregator reports them: articles with `language: 'en'`, a languages row, and distinctive rows computed within
 * English (the aggregator's languages.test.ts checks those figures on real text; here only the
 * page's handling of them matters).
 */
import { corpusFromArticles } from '../corpus.js';
import type { DistinctiveRow, LanguageRow, ReportData } from '@framelens/aggregate';
import { seedData } from './seed-data.js';

/**
 * The seed report with its German-language outlets only: every row of another outlet, and every
 * other language's row, left out (the seed corpus has English fixture outlets beside the five
 * German seeds once the lexicon has English terms).
 */
export function germanSeed(): ReportData {
  const data = seedData();
  const german = new Set(data.articles.filter((a) => (a.language ?? 'de') === 'de').map((a) => a.outlet));
  const record = data as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (!Array.isArray(value) || key === 'languages') continue;
    record[key] = value.filter((row: unknown) => {
      const r = row as { outlet?: unknown; outletA?: unknown; outletB?: unknown; language?: unknown };
      if (typeof r.outlet === 'string' && !german.has(r.outlet)) return false;
      if (typeof r.outletA === 'string' && (!german.has(r.outletA) || !german.has(r.outletB as string))) return false;
      return r.language === undefined || r.language === 'de';
    });
  }
  if (data.languages) data.languages = data.languages.filter((l) => l.language === 'de');
  data.corpus = corpusFromArticles(data.articles);
  return data;
}

/** An English outlet with `articles` articles of 150 words each. */
export function addEnglishOutlet(data: ReportData, id: string, name: string, articles: number): void {
  data.outlets.push({ outlet: id, name, attributionStatus: 'confirmed', articles, wordTokens: 150 * articles, boilerplateTokens: 0, frameHits: 0 });
  for (let k = 0; k < articles; k++) data.articles.push({ article: `${id}/a${k}`, outlet: id, language: 'en', path: `corpus/x/${id}/a${k}.md`, wordTokens: 150, boilerplateTokens: 0, frameHits: 0 });
  data.corpus = corpusFromArticles(data.articles);
}

/** The English languages row of `data`'s English articles. */
export function englishRow(data: ReportData, outlets: number, termsCompared: boolean, leftOut = 0): LanguageRow {
  const en = data.articles.filter((a) => a.language === 'en');
  return { language: 'en', outlets, articles: en.length, wordTokens: en.reduce((s, a) => s + a.wordTokens, 0), leftOut, termsCompared };
}

/** A distinctive row of `outlet`'s words in `language`. */
export function distinctiveRow(outlet: string, language: string, stem: string, z: number): DistinctiveRow {
  return { outlet, language, stem, forms: [stem[0]!.toUpperCase() + stem.slice(1)], count: 4, countRest: 1, rate: 5, rateRest: 1, logOdds: 1, z, articles: 2, articlesRest: 1, pArticles: 0.2, significant: false, inLexicon: false };
}

/** English words of the two English outlets and of nd's one English article, ranked as the aggregator would. */
const ENGLISH_WORDS: [string, string, number][] = [
  ['steppe-wire', 'tokayev', 2.5], ['steppe-wire', 'detained', 2.2], ['steppe-wire', 'witnesses', 1.9], ['steppe-wire', 'restraint', 1.4],
  ['eastern-herald', 'militants', 3.1], ['eastern-herald', 'colour', 2.8], ['eastern-herald', 'interference', 2.0], ['eastern-herald', 'sovereign', 1.6],
  ['nd', 'gangs', 1.2], ['nd', 'looting', 1.1],
];

/** English labels of the protesters and how often each English outlet uses them. */
const ENGLISH_LABELS: [string, Record<string, number>][] = [
  ['protesters', { 'steppe-wire': 3, 'eastern-herald': 0 }],
  ['rioters', { 'steppe-wire': 1, 'eastern-herald': 0 }],
  ['militants', { 'steppe-wire': 0, 'eastern-herald': 2 }],
  ['terrorists', { 'steppe-wire': 1, 'eastern-herald': 2 }],
];

/** Two English outlets (two articles each), and nd with one English article beside its German one. */
export function mixedLanguages(): ReportData {
  const data = germanSeed();
  addEnglishOutlet(data, 'steppe-wire', 'Steppe Wire', 2);
  addEnglishOutlet(data, 'eastern-herald', 'Eastern Herald', 2);
  data.articles.push({ article: 'nd/en', outlet: 'nd', language: 'en', path: 'corpus/x/nd/en.md', wordTokens: 150, boilerplateTokens: 0, frameHits: 0 });
  data.corpus = corpusFromArticles(data.articles);
  const nd = data.outlets.find((o) => o.outlet === 'nd')!;
  Object.assign(nd, { articles: nd.articles + 1, wordTokens: nd.wordTokens + 150 });
  data.languages = [...data.languages!, englishRow(data, 3, true)];
  data.distinctive.push(...ENGLISH_WORDS.map(([outlet, stem, z]) => distinctiveRow(outlet, 'en', stem, z)));
  // the protesters' English labels, as a lexicon with terms per language lists them after the German ones
  const protesters = data.lexicon.referents.find((r) => r.id === 'protesters')!;
  for (const [label] of ENGLISH_LABELS) if (!protesters.labels.includes(label)) protesters.labels.push(label);
  for (const outlet of ['steppe-wire', 'eastern-herald']) {
    const total = ENGLISH_LABELS.reduce((s, [, counts]) => s + counts[outlet]!, 0);
    for (const [label, counts] of ENGLISH_LABELS) {
      const hits = counts[outlet]!;
      data.naming.push({ outlet, referent: 'protesters', referentLabel: protesters.label, label, hits, ownHits: hits, share: hits / total });
    }
  }
  return data;
}
