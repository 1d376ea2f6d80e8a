import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, cp, symlink, writeFile, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus, hasErrors } from './load.js';
import { readArticle, readArticleSync } from './read-article.js';
import { scanCorpus } from './scan.js';

const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const place = (p: { file: string; line?: number; column?: number; field?: string; severity: string }) =>
  [p.severity, p.file, p.line ?? '-', p.column ?? '-', p.field ?? '-'].join(' ');

describe('loadCorpus on a malformed corpus', () => {
  it('reports every problem in one run with file, line and field', async () => {
    const result = await loadCorpus(path.join(fixtures, 'malformed'), { repoRoot: fixtures });
    expect(result.problems.map(place)).toEqual([
      'error malformed/Die Presse - - -',
      'error malformed/bad-outlet/outlet.yaml 2 - country',
      'error malformed/bad-outlet/outlet.yaml 5 - attribution.status',
      'error malformed/bad-outlet/outlet.yaml 6 - homepage',
      'warning malformed/leer - - -',
      'error malformed/ohne-yaml/outlet.yaml - - -',
      'warning malformed/stray.txt - - -',
      'error malformed/taz/dup.txt - - id',
      'warning malformed/taz/scan.pdf - - -',
      'error malformed/taz/binary.md - - -',
      'error malformed/taz/empty.md - - -',
      'error malformed/taz/latin-garbage.txt - - -',
      'error malformed/taz/no-text.md 4 - -',
      'error malformed/taz/unclosed.md 1 - -',
      'error malformed/taz/unknown-field.md 3 - titel',
      'error malformed/taz/wrong-date.md 4 - date',
      'error malformed/taz/wrong-type.md 5 - url',
      'error malformed/taz/wrong-type.md 4 - datePrecision',
      'error malformed/taz/yaml-syntax.md 2 8 -',
    ]);
    expect(hasErrors(result.problems)).toBe(true);
  });

  it('says what to write instead', async () => {
    const { problems } = await loadCorpus(path.join(fixtures, 'malformed'), { repoRoot: fixtures });
    const byFile = (file: string) => problems.filter((p) => p.file === file);
    expect(byFile('malformed/taz/wrong-date.md')[0]).toMatchObject({ message: '"07.01.2022" is not an ISO date: write "2022-01-07"', example: 'date: "2022-01-07"' });
    expect(byFile('malformed/taz/unknown-field.md')[0]?.message).toBe('unknown field "titel" (did you mean "title"?)');
    expect(byFile('malformed/taz/yaml-syntax.md')[0]?.message).toMatch(/^YAML syntax error: /);
    expect(byFile('malformed/bad-outlet/outlet.yaml')[1]?.message).toContain('"maybe"');
    expect(byFile('malformed/taz/binary.md')[0]?.message).toMatch(/NUL bytes/);
    expect(byFile('malformed/taz/latin-garbage.txt')[0]?.example).toMatch(/iconv -f WINDOWS-1252 -t UTF-8/);
    expect(byFile('malformed/Die Presse')[0]?.example).toBe("rename it: mv 'malformed/Die Presse' malformed/die-presse");
  });

  it('reads UTF-16, BOM, Windows-1252, CRLF and CR files', async () => {
    const result = await loadCorpus(path.join(fixtures, 'malformed'), { repoRoot: fixtures });
    const body = 'Die Proteste in Kasachstan weiten sich aus. Präsident Tokajew spricht von „Terroristen“.';
    const byId = new Map(result.articles.map((a) => [a.id, a]));
    expect([...byId.keys()]).toEqual(['taz/cp1252', 'taz/cr', 'taz/crlf', 'taz/dup', 'taz/utf16be', 'taz/utf16le', 'taz/utf8-bom']);
    expect(byId.get('taz/utf16le')).toMatchObject({ title: 'Schießbefehl ohne Vorwarnung', date: '2022-01-07', datePrecision: 'day', text: `${body}\n` });
    expect(byId.get('taz/utf16be')?.text).toBe(`${body}\n`);
    expect(byId.get('taz/utf8-bom')).toMatchObject({ title: 'Mit BOM', text: `${body}\n` });
    expect(byId.get('taz/crlf')).toMatchObject({ title: 'Zeilenenden', date: '2022-01', datePrecision: 'month', text: `${body}\r\n` });
    expect(byId.get('taz/cr')).toMatchObject({ title: 'Alte Mac-Zeilenenden', date: '2022', datePrecision: 'year', text: `${body}\r` });
    expect(byId.get('taz/cp1252')?.text).toBe('Über die Lage in Kasachstan äußerte sich der Präsident „besorgt“ – die Straßen seien blockiert.\n');
    expect(result.notices).toEqual([expect.stringMatching(/^malformed\/taz\/cp1252\.txt: is not UTF-8; read it as Windows-1252/)]);
  });
});

describe('the seed corpus', () => {
  // the seed file of each outlet (../shared/seeds) and the SHA-256 of its bytes: a clone that has
  // no ../shared next to it still checks the corpus texts against the seeds' hashes
  const seeds: Record<string, [file: string, sha256: string]> = {
    'augsburger-allgemeine': ['004_083ced8c0366cb94.txt', '588411142b76c45f6ee856976f7c5732d1d9860851324468ca62b0f335ccf1fd'],
    'dpa-wire': ['003_8f011950ffd35e05.txt', '772adf0b891ea481fee1b41d31d5ec9025e9fa85a92683c0a7452d38cf439664'],
    'junge-welt': ['001_916807c98f7d977e.txt', '45a65330da3c9784024e87466327693c2ff1d2f528fc2613bed97867859415eb'],
    'kleine-zeitung': ['000_59c5ed4b0b962ab3.txt', 'c6df064f50a86ac3c827309fc57e22b6a47b950a146619ae60a9d6a1d6305a3b'],
    nd: ['002_1b77bf9bf9020b3a.txt', '3213f5a6bd59e39958779368311e41a033ee4aad39aea952a153cb47226c468f'],
  };
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  it('loads the 5 seed outlets and 5 articles whose text equals the seeds byte for byte, and the 2 English fixture outlets', async () => {
    const result = await loadCorpus(path.join(repoRoot, 'corpus/kazakhstan-2022'), { repoRoot });
    expect(result.problems).toEqual([]);
    expect(result.outlets.map((o) => [o.id, o.attribution.status])).toEqual([
      ['augsburger-allgemeine', 'inferred'],
      ['dpa-wire', 'inferred'],
      ['fictional-state-agency-en', 'confirmed'],
      ['fictional-wire-en', 'confirmed'],
      ['junge-welt', 'inferred'],
      ['kleine-zeitung', 'confirmed'],
      ['nd', 'confirmed'],
    ]);
    expect(result.articles).toHaveLength(9);
    expect(result.articles.filter((a) => a.language === 'en').map((a) => a.outlet)).toEqual(['fictional-state-agency-en', 'fictional-state-agency-en', 'fictional-wire-en', 'fictional-wire-en']);
    for (const article of result.articles.filter((a) => a.language === 'de')) {
      const [file, hash] = seeds[article.outlet]!;
      expect(sha256(Buffer.from(article.text, 'utf8')), article.id).toBe(hash);
      const seed = path.join(repoRoot, '../shared/seeds', file);
      if (existsSync(seed)) expect(sha256(await readFile(seed)), file).toBe(hash);
      expect(article.source.path).toMatch(new RegExp(`^corpus/kazakhstan-2022/${article.outlet}/.+\\.md$`));
      expect(article.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(result.articles.find((a) => a.outlet === 'nd')).toMatchObject({
      id: 'nd/2022-01-06-russland-greift-ein',
      title: 'Militärbündnis OVKS: Russland greift in Kasachstan ein',
      date: '2022-01-06',
      datePrecision: 'inferred',
      language: 'de',
    });
  });
});

describe('scanCorpus edge cases', () => {
  let tmp: string | undefined;
  afterEach(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it('says how to add an article when the corpus has none', async () => {
    const index = await scanCorpus(path.join(fixtures, 'empty-corpus'), { repoRoot: fixtures });
    expect(index.problems.map((p) => [p.severity, p.file, p.message])).toEqual([
      ['warning', 'empty-corpus/nur-outlet', 'the outlet "nur-outlet" has no articles yet'],
      ['error', 'empty-corpus', 'the corpus has no articles (.md or .txt files in the outlet folders)'],
    ]);
    expect(index.problems[1]?.example).toBe('framelens add-outlet empty-corpus my-outlet --name "My Outlet" && framelens import empty-corpus my-outlet article.txt');
  });

  it('does not follow symlinks out of the corpus, and follows those inside it', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'framelens-scan-'));
    const corpus = path.join(tmp, 'corpus');
    await mkdir(path.join(corpus, 'taz'), { recursive: true });
    await writeFile(path.join(corpus, 'taz/outlet.yaml'), 'name: taz\n');
    await writeFile(path.join(tmp, 'secret.txt'), 'geheim\n');
    await writeFile(path.join(corpus, 'taz/a.txt'), 'Ein Artikel über Almaty.\n');
    await symlink(path.join(tmp, 'secret.txt'), path.join(corpus, 'taz/leak.txt'));
    await symlink(path.join(corpus, 'taz/a.txt'), path.join(corpus, 'taz/b.txt'));
    const index = await scanCorpus(corpus, { repoRoot: tmp });
    expect(index.entries.map((e) => e.id)).toEqual(['taz/a', 'taz/b']);
    expect(index.problems.map((p) => [p.severity, p.file])).toEqual([['error', 'corpus/taz/leak.txt']]);
    expect(index.problems[0]?.message).toMatch(/symbolic link to .*secret\.txt, outside the corpus: not followed/);
  });

  it('refuses an article over the size cap, naming the size and the cap', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'framelens-big-'));
    await cp(path.join(repoRoot, 'corpus/kazakhstan-2022/nd'), path.join(tmp, 'nd'), { recursive: true });
    const index = await scanCorpus(tmp, { repoRoot: tmp });
    const read = await readArticle(index.entries[0]!, index.outlets[0]!, { repoRoot: tmp, maxBytes: 4096 });
    expect(read.article).toBeUndefined();
    expect(read.problems.map((p) => [p.file, p.message])).toEqual([
      ['nd/2022-01-06-russland-greift-ein.md', 'is 6.2 KB, over the limit of 4.0 KB for one article'],
    ]);
  });

  it('reads every seed article the same with readArticleSync as with readArticle, size cap included', async () => {
    const corpus = path.join(repoRoot, 'corpus/kazakhstan-2022');
    const index = await scanCorpus(corpus, { repoRoot });
    const outlets = new Map(index.outlets.map((o) => [o.id, o]));
    expect(index.entries).toHaveLength(9);
    for (const entry of index.entries) {
      const outlet = outlets.get(entry.outlet)!;
      const sync = readArticleSync(entry, outlet, { repoRoot });
      expect(sync).toEqual(await readArticle(entry, outlet, { repoRoot }));
      // the German seeds are over 1,000 bytes, the short English fixture articles over 500 (the message says bytes under 1 KB)
      const cap = outlet.language === 'de' ? 1000 : 500;
      expect(sync.article?.text.length).toBeGreaterThan(cap);
      expect(readArticleSync(entry, outlet, { repoRoot, maxBytes: cap }).problems[0]?.message).toMatch(new RegExp(`^is (\\d+\\.\\d KB|\\d+ bytes), over the limit of ${cap} bytes for one article$`));
    }
  });

  it('refuses a 50 MB article with the default cap without reading it', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'framelens-50mb-'));
    await mkdir(path.join(tmp, 'taz'));
    await writeFile(path.join(tmp, 'taz/outlet.yaml'), 'name: taz\n');
    await writeFile(path.join(tmp, 'taz/huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    const result = await loadCorpus(tmp, { repoRoot: tmp });
    expect(result.problems.map((p) => p.message)).toEqual(['is 50.0 MB, over the limit of 20.0 MB for one article']);
  });
});
