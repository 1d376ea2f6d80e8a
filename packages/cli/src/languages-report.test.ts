// The report says which languages its figures rest on (issue #24.5): a copy of the seed corpus gets a
// French outlet (language: fr) and a French text filed under a German outlet (declared de, read as
// French). The lexicon has no French terms, so both are left out; the overview and report.json count
// them as French, beside the German outlets and articles that were counted.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo } from '@framelens/tools';
import { captureIo } from './__fixtures__/capture-io.js';
import { main } from './main.js';

const french = `---
title: "Kazakhstan : des troupes russes arrivent à Almaty"
date: "2022-01-07"
---
Le président kazakh a demandé jeudi l'aide d'une alliance militaire dirigée par la Russie, après que des
manifestations contre la hausse du prix du gaz ont dégénéré dans plusieurs villes du pays. Selon le
ministère de l'Intérieur, des bâtiments publics ont été incendiés à Almaty, et l'accès à internet reste
coupé. Les premiers soldats sont arrivés dans la nuit, a indiqué l'alliance dans un communiqué.
`;

describe('the languages the figures rest on', () => {
  let repo: string;
  const corpus = () => path.join(repo, 'corpus', 'kazakhstan-2022');
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    await mkdir(path.join(corpus(), 'agence-fr'));
    await writeFile(path.join(corpus(), 'agence-fr', 'outlet.yaml'), 'name: Agence (French)\ncountry: FR\nlanguage: fr\nkind: wire\nattribution:\n  status: confirmed\n');
    await writeFile(path.join(corpus(), 'agence-fr', '2022-01-07-troupes.md'), french);
    await writeFile(path.join(corpus(), 'nd', '2022-01-07-copie-francaise.md'), french);
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('report.json, languages.csv and the overview count outlets and articles per language, and the articles left out for theirs', async () => {
    const io = captureIo(repo);
    expect(await main(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1'], io)).toBe(0);
    const dir = path.join(repo, 'reports', 'kazakhstan-2022');
    const report = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'));
    // both French files are counted as French, the one under nd too (its text reads as French)
    // (the seed corpus may hold English outlets too, once the lexicon has English terms: their row is checked by the aggregator's tests)
    const row = (language: string) => report.languages.find((l: { language: string }) => l.language === language);
    expect([row('de'), row('fr')].map((l: Record<string, unknown>) => [l.language, l.outlets, l.articles, l.leftOut, l.termsCompared])).toEqual([
      ['de', 5, 5, 0, true],
      ['fr', 0, 0, 2, false],
    ]);
    expect(report.articles.filter((a: { language: string }) => a.language === 'de')).toHaveLength(5);
    expect(report.articles.some((a: { language: string }) => a.language === 'fr')).toBe(false);
    expect(report.distinctive.some((d: { language: string }) => d.language === 'fr')).toBe(false);
    const csv = await readFile(path.join(dir, 'data', 'languages.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('language,outlets,articles,wordTokens,leftOut,termsCompared');
    expect(csv.split('\r\n')).toContain('fr,0,0,0,2,false');
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    const paragraph = /<p class="how" id="languages">(.*?)<\/p>/s.exec(html)![1]!.replace(/<[^>]+>/g, '');
    expect(paragraph).toMatch(/figures rest on articles in .*German \(de\): 5 outlets, 5 articles, [\d,]+ words[.;]/);
    expect(paragraph).toContain('Left out because of their language: 2 articles in French (fr)');
  }, 120_000);
});
