import { cp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '@framelens/corpus';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusFixtures, runCommand, tempRepo } from '../__fixtures__/test-repo.js';
import { register as registerAdd } from './add-outlet.js';
import { register } from './import.js';

let repo: string;
// the import files are copied into the temporary repository: commands find their repository from cwd
let fixtures: string;
beforeEach(async () => {
  repo = await tempRepo();
  fixtures = path.join(repo, 'downloads');
  await cp(path.join(corpusFixtures, 'import'), fixtures, { recursive: true });
  await runCommand(registerAdd, ['add-outlet', 'kazakhstan-2022', 'neu', '--name', 'Neue Zeitung'], repo);
});
afterEach(async () => rm(repo, { recursive: true, force: true }));

describe('framelens import', () => {
  it('imports news-please JSON and a saved page, reporting what it wrote', async () => {
    const run = await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'news-please.json', 'seite.html'], fixtures);
    expect(run).toEqual({
      code: 0,
      stdout:
        'wrote 2 files:\n  corpus/kazakhstan-2022/neu/2022-01-06-militaerbuendnis-ovks-russland-greift-in-kasachstan-ein.md\n  corpus/kazakhstan-2022/neu/2022-01-07-dutzende-tote-kasachstan-und-wieder-reagiert-ein-autokrat.md\n',
      stderr: '',
    });
    const corpus = await loadCorpus(path.join(repo, 'corpus/kazakhstan-2022'), { repoRoot: repo });
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.filter((a) => a.outlet === 'neu').map((a) => [a.id, a.author])).toEqual([
      ['neu/2022-01-06-militaerbuendnis-ovks-russland-greift-in-kasachstan-ein', 'Ulrich Heyden, Daniel Säwert'],
      ['neu/2022-01-07-dutzende-tote-kasachstan-und-wieder-reagiert-ein-autokrat', 'Christian Esch'],
    ]);
  });

  it('skips refused inputs with their reason and exits 1', async () => {
    const run = await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'leer.txt', 'schiessbefehl.txt'], fixtures);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'wrote 1 file:\n  corpus/kazakhstan-2022/neu/undated-tokajew-erteilt-schiessbefehl-ohne-vorwarnung.md\n' +
        'note: 1 article has no date (no date field, no dateline like "Minsk, 16. August 2020."): corpus/kazakhstan-2022/neu/undated-tokajew-erteilt-schiessbefehl-ohne-vorwarnung.md\n' +
        '  give one with --date YYYY-MM-DD (e.g. --date 2022-01-07) when importing, or add date: "2022-01-07" to the front matter\n',
    );
    expect(run.stderr).toBe('skipped 1:\n  leer.txt: empty text: the file has no article text\n');
  });

  it('maps CSV columns and reports as JSON; a second run overwrites nothing', async () => {
    const args = ['import', 'kazakhstan-2022', 'neu', 'export.csv', '--map', 'text=Text,title=Überschrift,date=Datum,url=Link', '--json'];
    const first = JSON.parse((await runCommand(register, args, fixtures)).stdout);
    expect(first.written).toEqual(['corpus/kazakhstan-2022/neu/2022-01-06-nun-hilft-moskau.md', 'corpus/kazakhstan-2022/neu/2022-01-rueckblick-kasachstans-januar.md']);
    expect(first.skipped).toEqual([{ source: 'export.csv row 3', reason: 'empty text: the article has no text, nothing to analyse' }]);
    const file = path.join(repo, first.written[1]);
    expect(await readFile(file, 'utf8')).toMatch(/^---\ntitle: "Rückblick: Kasachstans Januar"\ndate: "2022-01"\ndatePrecision: "month"\nnote: "import source: export.csv row 2"\n---\nDer kasachische Präsident/);
    const second = await runCommand(register, args, fixtures);
    expect(JSON.parse(second.stdout).written).toEqual([]);
    expect((await readdir(path.dirname(file))).sort()).toEqual(['2022-01-06-nun-hilft-moskau.md', '2022-01-rueckblick-kasachstans-januar.md', 'outlet.yaml']);
  });

  it('needs the outlet to exist and a valid --map', async () => {
    const missing = await runCommand(register, ['import', 'kazakhstan-2022', 'taz', 'seite.html'], fixtures);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no outlet "taz" in kazakhstan-2022 yet');
    expect(missing.stderr).toContain('framelens add-outlet kazakhstan-2022 taz --name "…"');
    const badMap = await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'export.csv', '--map', 'Text'], fixtures);
    expect(badMap.code).toBe(2);
  });
});
