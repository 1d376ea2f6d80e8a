import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '@framelens/corpus';
import { corpusFixtures, tempRepo } from '@framelens/tools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../__fixtures__/test-repo.js';
import { groupByOutlet } from './import-outlets.js';
import { register } from './import.js';

let repo: string;
let downloads: string;
beforeEach(async () => {
  repo = await tempRepo();
  downloads = path.join(repo, 'downloads');
  await cp(path.join(corpusFixtures, 'import'), downloads, { recursive: true });
});
afterEach(async () => rm(repo, { recursive: true, force: true }));

const SEED_OUTLETS = ['augsburger-allgemeine', 'dpa-wire', 'fictional-state-agency-en', 'fictional-wire-en', 'junge-welt', 'kleine-zeitung', 'nd'];
const articlesOf = async (outlet: string) => (await readdir(path.join(repo, 'corpus/kazakhstan-2022', outlet))).filter((f) => f.endsWith('.md')).sort();

describe('framelens import with an outlet column', () => {
  it('imports a Media Cloud story CSV with 11 outlets in one command (--preset mediacloud): 10 created, 1 reused, dates per row', async () => {
    const run = await runCommand(register, ['import', 'kazakhstan-2022', 'mediacloud-stories.csv', '--preset', 'mediacloud', '--date', '2022-01-09', '--json'], downloads);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.outletsCreated).toEqual([
      { id: 'der-spiegel', name: 'DER SPIEGEL' },
      { id: 'der-standard', name: 'Der Standard' },
      { id: 'deutsche-welle', name: 'Deutsche Welle' },
      { id: 'frankfurter-allgemeine-zeitung', name: 'Frankfurter Allgemeine Zeitung' },
      { id: 'heise-online', name: 'heise online' },
      { id: 'neue-zuercher-zeitung', name: 'Neue Zürcher Zeitung' },
      { id: 'sueddeutsche-zeitung', name: 'Süddeutsche Zeitung' },
      { id: 'tagesschau-de', name: 'tagesschau.de' },
      { id: 'welt', name: 'WELT' },
      { id: 'zeit-online', name: 'ZEIT ONLINE' },
    ]);
    expect(result.outletsUsed).toEqual(['nd']);
    expect(result.written).toHaveLength(12);
    // per-row dates from publish_date (with microseconds), --date only for the row without one
    expect(await articlesOf('tagesschau-de')).toEqual(['2022-01-06-russland-schickt-truppen-nach-kasachstan.md', '2022-01-08-ovks-truppen-sichern-flughafen.md']);
    expect(await articlesOf('der-standard')).toEqual(['2022-01-05-proteste-in-kasachstan-weiten-sich-aus.md']);
    expect(await articlesOf('deutsche-welle')).toEqual(['2022-01-09-ruhe-in-almaty.md']);
    expect(await articlesOf('nd')).toContain('2022-01-08-hintergrund-die-unruhen-in-kasachstan.md');
    expect(await readFile(path.join(repo, 'corpus/kazakhstan-2022/tagesschau-de/outlet.yaml'), 'utf8')).toBe(
      '# framelens outlet: fields are described in packages/corpus/README.md\nname: tagesschau.de\nlanguage: de\nattribution:\n' +
        '  status: unverified\n  evidence: Named in the "media_name" column of mediacloud-stories.csv; not checked against the outlet.\n',
    );
    const corpus = await loadCorpus(path.join(repo, 'corpus/kazakhstan-2022'), { repoRoot: repo });
    expect(corpus.problems).toEqual([]);
    expect(corpus.outlets.map((o) => o.id)).toEqual([...SEED_OUTLETS, ...result.outletsCreated.map((o: { id: string }) => o.id)].sort());
    const article = corpus.articles.find((a) => a.id === 'der-spiegel/2022-01-06-tokajew-spricht-von-terroristen')!;
    expect([article.title, article.date, article.url, article.language]).toEqual(['Tokajew spricht von Terroristen', '2022-01-06', 'https://www.spiegel.de/ausland/kasachstan-tokajew-terroristen-a-1.html', 'de']);

    // the same export again: every story is stored already, no outlet is created
    const again = JSON.parse((await runCommand(register, ['import', 'kazakhstan-2022', 'mediacloud-stories.csv', '--preset', 'mediacloud', '--json'], downloads)).stdout);
    expect([again.written, again.outletsCreated, again.outletsUsed.length, again.skipped.length]).toEqual([[], [], 11, 12]);
  });

  it('a story whose text changed is refused with the whole command to run again with --force, then renamed by it when its title changed', async () => {
    await runCommand(register, ['import', 'kazakhstan-2022', 'mediacloud-stories.csv', '--preset', 'mediacloud', '--date', '2022-01-09'], downloads);
    const csv = path.join(downloads, 'mediacloud-stories.csv');
    await writeFile(csv, (await readFile(csv, 'utf8')).replace('Demonstranten besetzten das Rathaus.', 'Demonstranten besetzten das Rathaus und den Flughafen.'));
    const refused = JSON.parse((await runCommand(register, ['import', 'kazakhstan-2022', 'mediacloud-stories.csv', '--preset', 'mediacloud', '--date', '2022-01-09', '--json'], downloads)).stdout);
    expect(refused.skipped.filter((s: { reason: string }) => !s.reason.startsWith('already imported'))).toEqual([
      {
        source: 'corpus/kazakhstan-2022/der-standard/2022-01-05-proteste-in-kasachstan-weiten-sich-aus.md',
        reason: 'this article was imported from mediacloud-stories.csv row 1 before, with a different text than it has now; to replace it with the new text: framelens import kazakhstan-2022 mediacloud-stories.csv --preset mediacloud --force',
      },
    ]);
    // the export corrects the title too: --force replaces the story and renames its file
    await writeFile(csv, (await readFile(csv, 'utf8')).replace('Proteste in Kasachstan weiten sich aus', 'Proteste erreichen Almaty'));
    const forced = JSON.parse((await runCommand(register, ['import', 'kazakhstan-2022', 'mediacloud-stories.csv', '--preset', 'mediacloud', '--date', '2022-01-09', '--force', '--json'], downloads)).stdout);
    expect(forced.renamed).toEqual([
      { from: 'corpus/kazakhstan-2022/der-standard/2022-01-05-proteste-in-kasachstan-weiten-sich-aus.md', to: 'corpus/kazakhstan-2022/der-standard/2022-01-05-proteste-erreichen-almaty.md' },
    ]);
    expect(await articlesOf('der-standard')).toEqual(['2022-01-05-proteste-erreichen-almaty.md']);
    expect(await readFile(path.join(repo, 'corpus/kazakhstan-2022/der-standard/2022-01-05-proteste-erreichen-almaty.md'), 'utf8')).toContain(
      'note: "import source: mediacloud-stories.csv row 1"\nrenamedFrom: ["2022-01-05-proteste-in-kasachstan-weiten-sich-aus.md"]\n---\n',
    );
  });

  it('lists the outlets it created, in the text output', async () => {
    const run = await runCommand(register, ['import', 'kazakhstan-2022', 'mediacloud-stories.csv', '--preset', 'mediacloud', '--date', '2022-01-09'], downloads);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created 10 outlets (attribution: unverified; edit corpus/kazakhstan-2022/<id>/outlet.yaml to add country, kind and evidence):\n  der-spiegel  "DER SPIEGEL"\n  der-standard  "Der Standard"\n');
    expect(run.stdout).toContain('added to existing outlet: nd\n');
  });

  it('--preset news-please: the outlet is the source_domain of each record', async () => {
    const run = await runCommand(register, ['import', 'kazakhstan-2022', 'news-please-export.jsonl', '--preset', 'news-please', '--json'], downloads);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.outletsCreated).toEqual([
      { id: 'www-n-tv-de', name: 'www.n-tv.de' },
      { id: 'www-tagesspiegel-de', name: 'www.tagesspiegel.de' },
    ]);
    expect(await articlesOf('www-n-tv-de')).toEqual(['2022-01-05-kasachstan-praesident-tokajew-entlaesst-regierung.md', '2022-01-06-ausnahmezustand-in-kasachstan.md']);
    expect(result.undated).toEqual(['corpus/kazakhstan-2022/www-tagesspiegel-de/undated-moskau-sieht-bunte-revolution.md']);
    const corpus = await loadCorpus(path.join(repo, 'corpus/kazakhstan-2022'), { repoRoot: repo });
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.find((a) => a.outlet === 'www-tagesspiegel-de')?.author).toBe('Maria Schmidt');
  });

  it('--map outlet=<column> on a spreadsheet export: an existing outlet is reused, a row without an outlet is refused (exit 1)', async () => {
    const run = await runCommand(register, ['import', 'kazakhstan-2022', 'quellen.csv', '--map', 'outlet=Quelle,title=Überschrift,date=Datum,text=Volltext', '--json'], downloads);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect([result.outletsCreated, result.outletsUsed]).toEqual([[{ id: 'taz', name: 'taz' }], ['kleine-zeitung']]);
    expect(result.skipped).toEqual([{ source: 'quellen.csv row 3', reason: 'no outlet: the "Quelle" field is empty, so the article belongs to no outlet' }]);
    expect(await articlesOf('taz')).toEqual(['2022-01-07-kasachstan-in-aufruhr.md', '2022-01-09-nach-den-unruhen.md']);
    expect(await articlesOf('kleine-zeitung')).toContain('2022-01-07-truppen-in-almaty.md');
  });

  it('refuses an outlet id next to an outlet column, and says how to name one when neither is given', async () => {
    const both = await runCommand(register, ['import', 'kazakhstan-2022', 'nd', 'mediacloud-stories.csv', '--preset', 'mediacloud'], downloads);
    expect(both).toMatchObject({ code: 2, stdout: '' });
    expect(both.stderr).toContain('with --preset mediacloud each row names its outlet: leave out the outlet id "nd" (framelens import kazakhstan-2022 mediacloud-stories.csv --preset mediacloud)');
    const neither = await runCommand(register, ['import', 'kazakhstan-2022', 'mediacloud-stories.csv'], downloads);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('missing the outlet id or the files: framelens import kazakhstan-2022 <outlet-id> <files…>, or for an export with an outlet column: framelens import kazakhstan-2022 <files…> --map outlet=<column> (or --preset mediacloud|news-please)');
  });
});

describe('groupByOutlet', () => {
  it('one outlet per slug, named by the first spelling, with a warning for the others; no id, no outlet', () => {
    const article = (outlet: string, n: number) => ({ source: `export.csv row ${n}`, outlet, text: 'Text.' });
    const { groups, skipped, warnings } = groupByOutlet([article('Die Presse', 1), article('taz', 2), article('DIE PRESSE', 3), article('???', 4)], 'source');
    expect(groups).toEqual([
      { id: 'die-presse', name: 'Die Presse', articles: [0, 2] },
      { id: 'taz', name: 'taz', articles: [1] },
    ]);
    expect(warnings).toEqual([{ source: 'export.csv row 1', reason: '"Die Presse", "DIE PRESSE" all give the outlet id die-presse: imported into one outlet, named "Die Presse"' }]);
    expect(skipped).toEqual([{ source: 'export.csv row 4', reason: 'the outlet "???" (column "source") has no letters or digits to make an outlet id from' }]);
  });
});
