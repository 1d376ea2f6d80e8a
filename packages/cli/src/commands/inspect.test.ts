import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@framelens/corpus';
import { compileLexicon, loadLexicon } from '@framelens/lexicon';
import { analyzeArticle } from '../analyze-article.js';
import { main } from '../main.js';
import type { Io } from '../io.js';
import { excludedLabel, inspectFile } from './inspect.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const lexiconFile = path.join(repo, 'pipelines/kazakhstan-2022/lexicon.yaml');
const nd = path.join(repo, 'corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md');

describe('framelens inspect counts what analyze counts', () => {
  it('includes the title: the nd article (title "Militärbündnis OVKS: Russland greift in Kasachstan ein")', async () => {
    const result = await inspectFile(nd, lexiconFile, repo);
    // hand-checked against reports/kazakhstan-2022/data/articles.parquet (word_tokens 747, boilerplate_tokens 12,
    // frameHits 31) and evidence.csv (79 rows not excluded, 2 with section "title"); since 2026-12-07 one
    // frame hit fewer: "Zu einem brutalen Durchgreifen wäre die Führung … nicht fähig" is negated
    // (negation/zu-nicht-faehig.ts), so "brutalen Durchgreifen" is excluded
    expect(result.counted).toEqual({ words: 747, titleWords: 7, boilerplateWords: 12, hits: 78, frameHits: 30, titleHits: 2, excludedHits: 1 });
    expect(result.title?.text).toBe('Militärbündnis OVKS: Russland greift in Kasachstan ein');
    expect(result.title?.hits.map((h) => [h.text, h.category, h.section])).toEqual([
      ['Militärbündnis', 'csto', 'title'],
      ['OVKS', 'csto', 'title'],
    ]);
    // the text's hits carry the section analyze files them under
    expect(new Set(result.hits.map((h) => h.section))).toEqual(new Set(['lead', 'body']));
  });

  it('agrees with analyze on every seed article', async () => {
    const corpus = await loadCorpus(path.join(repo, 'corpus/kazakhstan-2022'), { repoRoot: repo });
    const lexicon = compileLexicon(await loadLexicon(lexiconFile));
    expect(corpus.articles.length).toBe(9);
    for (const article of corpus.articles) {
      const analysed = analyzeArticle(article, lexicon);
      const inspected = await inspectFile(path.join(repo, article.source.path), lexiconFile, repo);
      const frameHits = analysed.evidence.filter((e) => !e.excluded && e.kind === 'frame').length;
      expect([article.id, inspected.counted.words, inspected.counted.boilerplateWords, inspected.counted.hits, inspected.counted.frameHits]).toEqual([
        article.id,
        analysed.wordTokens,
        analysed.boilerplateTokens,
        analysed.evidence.filter((e) => !e.excluded).length,
        frameHits,
      ]);
    }
  });

  it('prints the title as its own section and the counted numbers first', async () => {
    const out: string[] = [];
    const io: Io = { cwd: repo, stdout: (t) => void out.push(t), stderr: () => undefined, isTTY: false, color: false };
    expect(await main(['inspect', 'corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md', '--lexicon', 'pipelines/kazakhstan-2022/lexicon.yaml'], io)).toBe(0);
    expect(out[0]).toBe(
      'corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md: 747 words counted (7 in the title, 740 in the text; 12 boilerplate words not counted), ' +
        '78 hits counted (30 frame hits; 2 in the title; 1 hit not counted (negated)); these are the numbers analyze counts for this article (data/articles.parquet: word_tokens, frame_hits; data/hits.parquet: rows not excluded)',
    );
    expect(out[2]).toBe('[title] (front matter, section "title")  Militärbündnis OVKS: Russland greift in Kasachstan ein');
    expect(out[3]).toBe('      hit       0-14 "Militärbündnis" referent csto (Militärbündnis) voice: authorial, section: title');
    // the one negated hit names its negation, not a boilerplate it is not in (review2 F13)
    const excluded = out.filter((l) => l.includes('not counted)') && l.trimStart().startsWith('hit'));
    expect(excluded).toEqual([expect.stringMatching(/"brutalen Durchgreifen" .* \(negated by "nicht": not counted\)$/)]);
  });

  it('labels each excluded hit by its reason and negation cue', () => {
    expect(excludedLabel({ excluded: 'negated', negation: 'keine' })).toBe(' (negated by "keine": not counted)');
    expect(excludedLabel({ excluded: 'negated' })).toBe(' (negated: not counted)');
    expect(excludedLabel({ excluded: 'boilerplate' })).toBe(' (boilerplate: not counted)');
    expect(excludedLabel({ excluded: 'duplicate' })).toBe(' (duplicate: not counted)');
    expect(excludedLabel({})).toBe('');
  });

  it('a plain text file has no title; without a lexicon the words still count', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-inspect-'));
    const txt = path.join(dir, 'a.txt');
    await writeFile(txt, '---\ntitle: "Nicht gelesen"\n---\nDrei Wörter hier.\n');
    const result = await inspectFile(txt, undefined, dir);
    expect(result.title).toBeUndefined();
    // a .txt file has no front matter: the dashes and "title: …" are text (analyze reads it the same way)
    expect(result.counted.titleWords).toBe(0);
    expect(result.counted.words).toBe(result.tokens.filter((t) => t.kind === 'word').length);
    const md = path.join(dir, 'a.md');
    await writeFile(md, '---\ntitle: "Zwei Wörter"\n---\nDrei Wörter hier.\n');
    expect((await inspectFile(md, undefined, dir)).counted).toMatchObject({ words: 5, titleWords: 2, hits: 0 });
  });
});

describe('framelens inspect obeys the article size limit of analyze', () => {
  it('refuses a 21 MB file before reading it (exit code 1, the size and the limit)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-inspect-'));
    const file = path.join(dir, 'huge.txt');
    await writeFile(file, 'Die Regierung sprach von Terroristen. '.repeat(Math.ceil((21 * 1024 * 1024) / 38)));
    const err: string[] = [];
    const io: Io = { cwd: dir, stdout: () => {}, stderr: (t) => void err.push(t), isTTY: false, color: false };
    expect(await main(['inspect', file], io)).toBe(1);
    expect(err.join('\n')).toMatch(/^error huge\.txt is 21\.0 MB, over the limit of 20\.0 MB for one article\n/);
    await rm(dir, { recursive: true, force: true });
  });
});
