import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '@framelens/corpus';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusFixtures, tempRepo } from '@framelens/tools';
import { runCommand } from '../__fixtures__/test-repo.js';
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

describe('framelens import: articles with the same headline, across runs', () => {
  const dir = () => path.join(repo, 'corpus/kazakhstan-2022/neu');
  const files = async () => (await readdir(dir())).filter((n) => n !== 'outlet.yaml').sort();
  const stored = (name: string) => readFile(path.join(dir(), name), 'utf8');
  const A = 'Kasachstan: Proteste\n\nDie Demonstranten forderten niedrigere Preise. Erster Text, korrigiert.\n';
  const B = 'Kasachstan: Proteste\n\nDie Demonstranten forderten niedrigere Preise. Ganz anderer zweiter Text.\n';
  const C = 'Kasachstan: Proteste\n\nEin dritter Text über Demonstranten.\n';
  const file = (text: string, source: string) => `---\ntitle: "Kasachstan: Proteste"\nnote: "import source: ${source}"\n---\n${text.split('\n\n')[1]}`;

  it('gives a new text the next free suffix, recognises every stored text, and --force replaces only what the same source produced', async () => {
    await writeFile(path.join(fixtures, 'a.txt'), A);
    await writeFile(path.join(fixtures, 'b.txt'), B);
    await writeFile(path.join(fixtures, 'c.txt'), C);
    const run = (...args: string[]) => runCommand(register, ['import', 'kazakhstan-2022', 'neu', ...args, '--quiet'], fixtures);

    // run 1: a.txt and b.txt
    expect(await run('a.txt', 'b.txt')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await files()).toEqual(['undated-kasachstan-proteste-2.md', 'undated-kasachstan-proteste.md']);
    // run 2: a third text with the same headline is a new article, not a conflict
    expect(await run('c.txt')).toEqual({ code: 0, stdout: '', stderr: '' });
    // run 3: c.txt again, even with --force, and b.txt (stored as …-2): already imported, nothing replaced
    for (const again of [['c.txt', '--force'], ['b.txt'], ['a.txt', 'b.txt', 'c.txt']]) {
      const json = JSON.parse((await runCommand(register, ['import', 'kazakhstan-2022', 'neu', ...again, '--json'], fixtures)).stdout);
      expect(json.ok).toBe(true);
      expect(json.written).toEqual([]);
      expect(json.replaced).toEqual([]);
      expect(json.skipped.map((s: { reason: string }) => s.reason.split(' from ')[0])).toEqual(again.filter((a) => a.endsWith('.txt')).map(() => 'already imported (same text)'));
    }
    expect(await files()).toEqual(['undated-kasachstan-proteste-2.md', 'undated-kasachstan-proteste-3.md', 'undated-kasachstan-proteste.md']);
    expect(await stored('undated-kasachstan-proteste.md')).toBe(file(A, 'a.txt'));
    expect(await stored('undated-kasachstan-proteste-2.md')).toBe(file(B, 'b.txt'));
    expect(await stored('undated-kasachstan-proteste-3.md')).toBe(file(C, 'c.txt'));

    // a.txt corrected: refused without --force (exit 1), naming the file it would replace and the fix
    const A2 = A.replace('korrigiert.', 'noch einmal korrigiert.');
    await writeFile(path.join(fixtures, 'a.txt'), A2);
    const refused = await run('a.txt');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'skipped 1:\n  corpus/kazakhstan-2022/neu/undated-kasachstan-proteste.md: this article was imported from a.txt before, with a different text than it has now; to replace it with the new text: framelens import kazakhstan-2022 neu a.txt --force\n',
    );
    expect(await stored('undated-kasachstan-proteste.md')).toBe(file(A, 'a.txt'));
    // with --force it replaces exactly that article; b's and c's stay as they were
    const forced = JSON.parse((await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'a.txt', '--force', '--json'], fixtures)).stdout);
    expect([forced.written, forced.replaced]).toEqual([[], ['corpus/kazakhstan-2022/neu/undated-kasachstan-proteste.md']]);
    expect(await stored('undated-kasachstan-proteste.md')).toBe(file(A2, 'a.txt'));
    expect(await stored('undated-kasachstan-proteste-2.md')).toBe(file(B, 'b.txt'));
    expect(await stored('undated-kasachstan-proteste-3.md')).toBe(file(C, 'c.txt'));

    // another file with the same headline and --force never replaces an article another source produced
    await writeFile(path.join(fixtures, 'd.txt'), 'Kasachstan: Proteste\n\nEin vierter Text.\n');
    const d = JSON.parse((await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'd.txt', '--force', '--json'], fixtures)).stdout);
    expect([d.written, d.replaced]).toEqual([['corpus/kazakhstan-2022/neu/undated-kasachstan-proteste-4.md'], []]);

    const corpus = await loadCorpus(path.join(repo, 'corpus/kazakhstan-2022'), { repoRoot: repo });
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.filter((a) => a.outlet === 'neu').map((a) => [a.id, a.text])).toEqual([
      ['neu/undated-kasachstan-proteste-2', 'Die Demonstranten forderten niedrigere Preise. Ganz anderer zweiter Text.\n'],
      ['neu/undated-kasachstan-proteste-3', 'Ein dritter Text über Demonstranten.\n'],
      ['neu/undated-kasachstan-proteste-4', 'Ein vierter Text.\n'],
      ['neu/undated-kasachstan-proteste', 'Die Demonstranten forderten niedrigere Preise. Erster Text, noch einmal korrigiert.\n'],
    ]);
  });

  it('an article written by an earlier version (no import source, no final newline) is recognised by its text and never replaced', async () => {
    await writeFile(path.join(dir(), 'undated-kasachstan-proteste.md'), '---\ntitle: "Kasachstan: Proteste"\n---\nDie Demonstranten forderten niedrigere Preise. Erster Text, korrigiert.');
    await writeFile(path.join(fixtures, 'a.txt'), A);
    await writeFile(path.join(fixtures, 'c.txt'), C);
    const run = await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'a.txt', 'c.txt', '--force', '--json'], fixtures);
    const json = JSON.parse(run.stdout);
    expect(json.written).toEqual(['corpus/kazakhstan-2022/neu/undated-kasachstan-proteste-2.md']);
    expect(json.replaced).toEqual([]);
    expect(json.skipped).toEqual([
      { source: 'corpus/kazakhstan-2022/neu/undated-kasachstan-proteste.md', reason: 'already imported (same text) from a.txt' },
    ]);
    expect(await stored('undated-kasachstan-proteste.md')).toBe('---\ntitle: "Kasachstan: Proteste"\n---\nDie Demonstranten forderten niedrigere Preise. Erster Text, korrigiert.');
  });
});

describe('framelens import: encodings and dates', () => {
  const dir = () => path.join(repo, 'corpus/kazakhstan-2022/neu');
  const latin1 = 'Die Demonstranten in Almaty forderten niedrigere Preise für Flüssiggas. Straßenschlachten – so die Polizei – seien die Folge.\n';

  it('a Windows-1252 text file: converted with a notice, front matter with its source, one final newline, and it loads', async () => {
    await writeFile(path.join(fixtures, 'latin1.txt'), Buffer.from(latin1.replaceAll('–', '\u0096'), 'latin1'));
    const run = await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'latin1.txt'], fixtures);
    expect(run.code).toBe(0);
    const name = 'undated-die-demonstranten-in-almaty-forderten-niedrigere-preise-fuer.md';
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'wrote 1 file:',
      `  corpus/kazakhstan-2022/neu/${name}`,
      'note: latin1.txt: is not UTF-8; read it as Windows-1252 (Latin-1). Check the umlauts, then convert the file once: iconv -f WINDOWS-1252 -t UTF-8 old.txt > new.txt   (or save as "UTF-8" in your editor)',
    ]);
    expect(await readFile(path.join(dir(), name), 'utf8')).toBe(`---\nnote: "import source: latin1.txt"\n---\n${latin1}`);
    const corpus = await loadCorpus(path.join(repo, 'corpus/kazakhstan-2022'), { repoRoot: repo });
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.find((a) => a.id === `neu/${name.slice(0, -3)}`)?.text).toBe(latin1);
  });

  it('dates from a dateline, from --date for the rest, and a note naming what stays undated', async () => {
    await writeFile(path.join(fixtures, 'minsk.txt'), 'Minsk, 16. August 2020. Zehntausende Menschen demonstrierten am Sonntag in der Hauptstadt.\n');
    await writeFile(path.join(fixtures, 'almaty.txt'), 'Proteste in Almaty\n\nALMATY, 6. Januar 2022 (dpa) – Die Polizei ging gegen Demonstranten vor.\n');
    await writeFile(path.join(fixtures, 'ohne.txt'), 'Ohne Datum\n\nAm 6. Januar 2022 ging die Polizei gegen Demonstranten vor.\n');
    const undated = await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'minsk.txt', 'almaty.txt', 'ohne.txt'], fixtures);
    expect(undated).toEqual({
      code: 0,
      stdout: [
        'wrote 3 files:',
        '  corpus/kazakhstan-2022/neu/2020-08-16-minsk-16-august-2020-zehntausende-menschen-demonstrierten-am.md',
        '  corpus/kazakhstan-2022/neu/2022-01-06-proteste-in-almaty.md',
        '  corpus/kazakhstan-2022/neu/undated-ohne-datum.md',
        'note: minsk.txt: date 2020-08-16 read from the dateline "Minsk, 16. August 2020"',
        'note: almaty.txt: date 2022-01-06 read from the dateline "ALMATY, 6. Januar 2022"',
        'note: 1 article has no date (no date field, no dateline like "Minsk, 16. August 2020."): corpus/kazakhstan-2022/neu/undated-ohne-datum.md',
        '  give one with --date YYYY-MM-DD (e.g. --date 2022-01-07) when importing, or add date: "2022-01-07" to the front matter',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(await readFile(path.join(dir(), '2022-01-06-proteste-in-almaty.md'), 'utf8')).toBe(
      '---\ntitle: "Proteste in Almaty"\ndate: "2022-01-06"\ndatePrecision: "day"\nnote: "import source: almaty.txt"\n---\nALMATY, 6. Januar 2022 (dpa) – Die Polizei ging gegen Demonstranten vor.\n',
    );

    // the same texts again with --date: the dated ones are unchanged; the undated one is stored already, and --force gives it the date and the name that goes with it
    const again = JSON.parse((await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'minsk.txt', 'ohne.txt', '--date', '2022-01-07', '--json'], fixtures)).stdout);
    expect(again.skipped).toEqual([
      { source: 'corpus/kazakhstan-2022/neu/2020-08-16-minsk-16-august-2020-zehntausende-menschen-demonstrierten-am.md', reason: 'already imported (same text) from minsk.txt' },
      { source: 'corpus/kazakhstan-2022/neu/undated-ohne-datum.md', reason: 'already imported (same text) from ohne.txt, but its date, datePrecision differ; pass --force to update its front matter' },
    ]);
    const forced = JSON.parse((await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'ohne.txt', '--date', '2022-01-07', '--force', '--json'], fixtures)).stdout);
    expect([forced.written, forced.replaced, forced.renamed, forced.undated]).toEqual([
      [],
      ['corpus/kazakhstan-2022/neu/2022-01-07-ohne-datum.md'],
      [{ from: 'corpus/kazakhstan-2022/neu/undated-ohne-datum.md', to: 'corpus/kazakhstan-2022/neu/2022-01-07-ohne-datum.md' }],
      [],
    ]);
    expect(existsSync(path.join(dir(), 'undated-ohne-datum.md'))).toBe(false);
    expect(await readFile(path.join(dir(), '2022-01-07-ohne-datum.md'), 'utf8')).toBe(
      '---\ntitle: "Ohne Datum"\ndate: "2022-01-07"\ndatePrecision: "day"\nnote: "import source: ohne.txt"\nrenamedFrom: ["undated-ohne-datum.md"]\n---\nAm 6. Januar 2022 ging die Polizei gegen Demonstranten vor.\n',
    );
    // importing it once more is a no-op: the renamed file is the same article
    const once = JSON.parse((await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'ohne.txt', '--date', '2022-01-07', '--force', '--json'], fixtures)).stdout);
    expect([once.written, once.replaced, once.renamed, once.skipped]).toEqual([[], [], [], [{ source: 'corpus/kazakhstan-2022/neu/2022-01-07-ohne-datum.md', reason: 'already imported (same text) from ohne.txt' }]]);
    const corpus = await loadCorpus(path.join(repo, 'corpus/kazakhstan-2022'), { repoRoot: repo });
    expect(corpus.problems).toEqual([]);
  });

  it('refuses a malformed --date before reading any file, naming the option, the format and an example', async () => {
    for (const [value, expected] of [
      ['7.1.2022', '--date "7.1.2022": expected a date as YYYY-MM-DD, e.g. --date 2022-01-07'],
      ['2022-02-30', '--date "2022-02-30": expected a date as YYYY-MM-DD that exists in the calendar, e.g. --date 2022-01-07'],
    ] as const) {
      const run = await runCommand(register, ['import', 'kazakhstan-2022', 'neu', 'schiessbefehl.txt', '--date', value], fixtures);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(expected);
    }
    expect(await readdir(dir())).toEqual(['outlet.yaml']);
  });
});
