// Articles not in the lexicon's language are left out of every count, listed by validate and
// analyze (what was detected, what to do) and in the report's warnings. A copy of the seed corpus
// gets an English outlet (language: en) and an English article under a German outlet.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo } from '@framelens/tools';
import { captureIo } from './__fixtures__/capture-io.js';
import { languageMismatch } from './language-check.js';
import { main } from './main.js';

const english = `---
title: "Kazakhstan: Russian-led troops arrive as unrest spreads"
date: "2022-01-07"
---
Almaty. Kazakhstan's president, Kassym-Jomart Tokayev, has called the protesters terrorists and asked a
Russia-led military alliance for help after protests over a sharp rise in fuel prices turned violent. The
interior ministry said more than 160 people had been killed and almost 8,000 detained. Moscow warned of a
colour revolution, while observers describe the unrest as the worst crisis since independence.
`;


describe('articles in another language than the lexicon', () => {
  let repo: string;
  const corpus = () => path.join(repo, 'corpus', 'kazakhstan-2022');
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    await mkdir(path.join(corpus(), 'reuters-en'));
    await writeFile(path.join(corpus(), 'reuters-en', 'outlet.yaml'), 'name: Reuters (English)\ncountry: GB\nlanguage: en\nkind: wire\nattribution:\n  status: confirmed\n');
    await writeFile(path.join(corpus(), 'reuters-en', '2022-01-07-troops-arrive.md'), english);
    // an English text filed under a German outlet (declared de, detected en)
    await writeFile(path.join(corpus(), 'nd', '2022-01-07-english-copy.md'), english);
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
  });

  it('validate warns about both files', async () => {
    const io = captureIo(repo);
    expect(await main(['validate', 'pipelines/kazakhstan-2022'], io)).toBe(0);
    const text = [...io.out, ...io.err].join('\n');
    expect(text).toContain('corpus/kazakhstan-2022/nd/2022-01-07-english-copy.md');
    expect(text).toContain('corpus/kazakhstan-2022/reuters-en/2022-01-07-troops-arrive.md');
    expect(text).toContain('reads as English (en, detected)');
  });

  it('analyze leaves them out of every count and lists them in the warnings', async () => {
    const io = captureIo(repo);
    expect(await main(['analyze', 'pipelines/kazakhstan-2022', '--workers', '1'], io)).toBe(0);
    expect(io.out.join('\n')).toMatch(/analysed 5 articles from 6 outlets/);
    expect(io.err.join('\n')).toContain('nd/2022-01-07-english-copy.md: left out of every count');
    const report = JSON.parse(await readFile(path.join(repo, 'reports', 'kazakhstan-2022', 'report.json'), 'utf8'));
    expect(report.articles.map((a: { article: string }) => a.article)).not.toContain('nd/2022-01-07-english-copy');
    expect(report.outlets.find((o: { outlet: string }) => o.outlet === 'reuters-en').articles).toBe(0);
    const warnings = report.warnings.filter((w: { kind: string }) => w.kind === 'language-mismatch');
    expect(warnings.map((w: { article: string }) => w.article)).toEqual(['nd/2022-01-07-english-copy', 'reuters-en/2022-01-07-troops-arrive']);
    expect(report.evidence.some((e: { article: string; outlet: string }) => e.article.includes('english') || e.outlet === 'reuters-en')).toBe(false);
  });
});
