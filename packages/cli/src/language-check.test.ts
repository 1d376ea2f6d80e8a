// The article's language decides which text rules and lexicon terms read it (#24): the seed lexicon
// has German and English terms, so an English outlet is analysed in English. An article in a
// language without terms (French here), or whose text reads as another language than it declares
// (an English text under a German outlet), is left out of every count, listed by validate and
// analyze (what was found, what to do) and in the report's warnings.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analyzer, german } from '@framelens/text';
import { tempRepo } from '@framelens/tools';
import { captureIo } from './__fixtures__/capture-io.js';
import { articleLanguage, languageMismatch } from './language-check.js';
import { main } from './main.js';

const TITLE = 'Kazakhstan: Russian-led troops arrive as unrest spreads';
const english = `Almaty. Kazakhstan's president, Kassym-Jomart Tokayev, has called the protesters terrorists and asked a
Russia-led military alliance for help after protests over a sharp rise in fuel prices turned violent. The
interior ministry said more than 160 people had been killed and almost 8,000 detained. Moscow warned of a
colour revolution, while observers describe the unrest as the worst crisis since independence.
`;
const french = `---
title: "Kazakhstan : Moscou envoie des troupes"
date: "2022-01-07"
language: fr
---
Almaty. Le président kazakh Kassym-Jomart Tokaïev a qualifié les manifestants de terroristes et demandé l'aide
d'une alliance militaire dirigée par la Russie, après des manifestations contre la hausse du prix du gaz qui ont
tourné à l'émeute. Selon le ministère de l'Intérieur, plus de cent soixante personnes ont été tuées et près de huit
mille arrêtées. Moscou a dénoncé une révolution de couleur.
`;

describe('articles in the languages of the lexicon, and in others', () => {
  let repo: string;
  const corpus = () => path.join(repo, 'corpus', 'kazakhstan-2022');
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    // an English outlet and article, made and imported with the commands a researcher uses
    expect(await main(['add-outlet', 'kazakhstan-2022', 'reuters-en', '--name', 'Reuters (English)', '--country', 'GB', '--language', 'en', '--kind', 'wire', '--quiet'], captureIo(repo))).toBe(0);
    await mkdir(path.join(repo, 'downloads'));
    await writeFile(path.join(repo, 'downloads', 'troops-arrive.txt'), `${TITLE}\n\n${english}`);
    const imported = captureIo(repo);
    expect(await main(['import', 'kazakhstan-2022', 'reuters-en', 'downloads/troops-arrive.txt', '--date', '2022-01-07', '--json'], imported)).toBe(0);
    expect(JSON.parse(imported.out.join('')).written).toHaveLength(1);
    // an English text filed under a German outlet (declared de, detected en), and a French outlet
    await writeFile(path.join(corpus(), 'nd', '2022-01-07-english-copy.md'), english);
    await mkdir(path.join(corpus(), 'journal-fr'));
    await writeFile(path.join(corpus(), 'journal-fr', 'outlet.yaml'), 'name: Journal (French)\ncountry: FR\nlanguage: fr\nkind: daily\n');
    await writeFile(path.join(corpus(), 'journal-fr', '2022-01-07-moscou-envoie-des-troupes.md'), french);
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('the message names the file, what was found and what to do', () => {
    const article = { text: english, language: 'de', source: { path: 'corpus/x/nd/a.md', sha256: '' } };
    expect(languageMismatch(article, 'de')).toBe(
      'corpus/x/nd/a.md: left out of every count, because its text reads as English (en, detected), but the lexicon is for German (de); ' +
        'framelens analyses German with this lexicon: remove the article from the corpus, or put the German original or a translation in its place.',
    );
    expect(languageMismatch({ ...article, language: 'en' }, 'de')).toContain('its text reads as English (en, detected) and it is declared language: en (front matter or outlet.yaml)');
    // with German and English terms, the declared language decides, and the detector must agree
    expect(articleLanguage({ ...article, language: 'en' }, ['de', 'en'])).toEqual({ language: 'en' });
    expect(articleLanguage(article, ['de', 'en']).leftOut).toBe(
      'corpus/x/nd/a.md: left out of every count, because its text reads as English (en, detected) but it is declared language: de (front matter or outlet.yaml); ' +
        'if it is English, set language: en in its front matter or outlet.yaml.',
    );
    // the map step passes the tokens of its analysis (declared language's Analyzer): the same answers and notices
    const tokens = new Analyzer({ language: german }).analyze(english).tokens;
    expect(articleLanguage(article, ['de'], tokens).leftOut).toBe(languageMismatch(article, 'de'));
    expect(articleLanguage(article, ['de', 'en'], tokens).leftOut).toBe(articleLanguage(article, ['de', 'en']).leftOut);
    const fr = { text: french, language: 'fr', source: { path: 'corpus/x/journal-fr/a.md', sha256: '' } };
    expect(articleLanguage(fr, ['de', 'en']).leftOut).toBe(
      'corpus/x/journal-fr/a.md: left out of every count, because its text reads as French (fr, detected) and it is declared language: fr (front matter or outlet.yaml), ' +
        'but the lexicon is for German (de) and English (en); framelens analyses German and English with this lexicon: remove the article from the corpus, ' +
        'or put the German or English original or a translation in its place, or give the lexicon terms in French.',
    );
  });

  it('validate accepts the English article and warns about the two others', async () => {
    const io = captureIo(repo);
    expect(await main(['validate', 'pipelines/kazakhstan-2022', '--json'], io)).toBe(0);
    const result = JSON.parse(io.out.join('')) as { problems: { file: string; ruleId: string; message: string }[] };
    // (the copy without front matter has no date either: article/undated)
    expect(result.problems.filter((p) => p.ruleId !== 'article/undated').map((p) => `${p.ruleId} ${p.file}`)).toEqual([
      'article/other-language corpus/kazakhstan-2022/journal-fr/2022-01-07-moscou-envoie-des-troupes.md',
      'article/other-language corpus/kazakhstan-2022/nd/2022-01-07-english-copy.md',
    ]);
    expect(result.problems.find((p) => p.file.endsWith('english-copy.md') && p.ruleId === 'article/other-language')!.message).toContain('reads as English (en, detected) but it is declared language: de');
  });

  it('analyze reads the English article with English terms and leaves the others out of every count', async () => {
    const io = captureIo(repo);
    expect(await main(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1'], io)).toBe(0);
    expect(io.out.join('\n')).toMatch(/analysed 10 articles from 9 outlets/);
    expect(io.err.join('\n')).toContain('nd/2022-01-07-english-copy.md: left out of every count');
    const report = JSON.parse(await readFile(path.join(repo, 'reports', 'kazakhstan-2022', 'report.json'), 'utf8'));
    expect(report.articles.map((a: { article: string }) => a.article)).not.toContain('nd/2022-01-07-english-copy');
    expect(report.outlets.find((o: { outlet: string }) => o.outlet === 'journal-fr').articles).toBe(0);
    const warnings = report.warnings.filter((w: { kind: string }) => w.kind === 'language-mismatch');
    expect(warnings.map((w: { article: string }) => w.article)).toEqual(['journal-fr/2022-01-07-moscou-envoie-des-troupes', 'nd/2022-01-07-english-copy']);
    const evidence = report.evidence as { article: string; outlet: string; kind: string; term: string }[];
    expect(evidence.some((e) => e.article.includes('english-copy') || e.outlet === 'journal-fr')).toBe(false);
    // the English article's hits, counted by hand: title "unrest"; protesters, terrorists, protests,
    // prices, detained, colour revolution, unrest (frames); troops, unrest; protesters, terrorists,
    // military alliance, protests, colour revolution, unrest, crisis (referents); detained (claim)
    const en = evidence.filter((e) => e.outlet === 'reuters-en');
    const terms = (kind: string) => en.filter((e) => e.kind === kind).map((e) => e.term).sort();
    expect(terms('frame')).toEqual(['colour revolution', 'detained', 'prices', 'protesters', 'protesters', 'terrorists', 'unrest', 'unrest']);
    expect(terms('referent')).toEqual(['colour revolution', 'crisis', 'military alliance', 'protesters', 'protests', 'terrorists', 'troops', 'unrest', 'unrest']);
    expect(terms('claim')).toEqual(['detained']);
  });
});

describe('the check on German news, with and without the analysis’ tokens', () => {
  const withBlockQuote = `Almaty. Nach tagelangen Protesten hat Präsident Kassym-Schomart Tokajew die Regierung entlassen und Truppen des von Russland geführten Militärbündnisses OVKS ins Land gerufen. Die Demonstrationen hatten sich an einer Verdopplung der Preise für Flüssiggas entzündet.

Das US-Außenministerium veröffentlichte am Donnerstag eine Erklärung seines Sprechers Ned Price:

> We call on all parties to refrain from violence and to respect the rights of peaceful protesters, including the right to free expression and the freedom of assembly.

Nach Angaben des Innenministeriums wurden bei den Unruhen mehr als 160 Menschen getötet und fast 8000 festgenommen. Beobachter sprechen von der schwersten Krise seit der Unabhängigkeit des Landes. Menschenrechtsorganisationen forderten eine unabhängige Untersuchung der Todesfälle.`;
  const article = (text: string) => ({ text, language: 'de', source: { path: 'corpus/x/nd/b.md', sha256: '' } });

  it('a German article with an English block quote stays German', () => {
    const tokens = new Analyzer({ language: german }).analyze(withBlockQuote).tokens;
    expect(articleLanguage(article(withBlockQuote), ['de', 'en'], tokens)).toEqual({ language: 'de' });
    expect(articleLanguage(article(withBlockQuote), ['de'])).toEqual({ language: 'de' });
  });

  it('very short texts are kept under their declared language, as before (too short to judge)', () => {
    for (const text of ['Kazakhstan: troops arrive.', 'Proteste in Almaty.', '']) {
      expect(articleLanguage(article(text), ['de'], new Analyzer({ language: german }).analyze(text).tokens), text).toEqual({ language: 'de' });
    }
  });
});
