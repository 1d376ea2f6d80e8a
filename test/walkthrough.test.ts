// Runs the README's "Add an outlet" and "Start a new event" commands, as written there, in a
// temporary copy of the repository: the README cannot drift from what the CLI does.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '@framelens/cli';
import { corpusFixtures, repoRoot, tempRepo } from '@framelens/tools';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'walkthrough');
/** the README's placeholders for the reader's own files → the sample files */
const PLACEHOLDERS: Record<string, string> = {
  '~/Downloads/artikel.html': path.join(fixtures, 'artikel.html'),
  '~/Downloads/artikel.json': path.join(fixtures, 'artikel.json'),
  '~/Downloads/artikel.txt': path.join(fixtures, 'artikel.txt'),
  '~/Downloads/stories.csv': path.join(corpusFixtures, 'import', 'mediacloud-stories.csv'),
};

/** The shell commands in the ```sh blocks of a README section, comments removed. */
function sectionCommands(readme: string, heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no section "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter((line) => line !== ''),
  );
}

/** "a b "c d"" → ['a', 'b', 'c d'] (the README uses only double quotes) */
const shellWords = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

interface Run {
  argv: string[];
  code: number;
  stdout: string;
  stderr: string;
}

async function framelens(argv: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (t) => void (stdout += `${t}\n`), stderr: (t) => void (stderr += `${t}\n`), isTTY: false, color: false, write: (t) => void (stdout += t) };
  const code = await main(argv, io);
  return { argv, code, stdout, stderr };
}

/**
 * Run one README line in `repo`: `pnpm framelens …` calls the CLI; `pnpm analyze` analyses
 * every pipeline the way `turbo run analyze` does (one not analysed yet: turbo caches the others);
 * `pnpm install` only links the workspace, which main() does not need.
 */
async function runLine(line: string, repo: string, analysed: Set<string>): Promise<Run[]> {
  const [tool, script, ...args] = shellWords(line);
  expect(tool).toBe('pnpm');
  if (script === 'framelens') return [await framelens(args.map((a) => PLACEHOLDERS[a] ?? a), repo)];
  if (script === 'install') return [];
  if (script === 'analyze') {
    const runs: Run[] = [];
    for (const name of (await readdir(path.join(repo, 'pipelines'))).sort()) {
      if (analysed.has(name)) continue;
      analysed.add(name);
      runs.push(await framelens(['analyze', path.join('pipelines', name), '--workers', '1', '--json'], repo));
    }
    return runs;
  }
  throw new Error(`the walk-through does not know how to run "${line}"`);
}

interface Report {
  outlets: { outlet: string; name: string; articles: number; frameHits: number }[];
  articles: { article: string; outlet: string; title?: string; date?: string }[];
  evidence: { outlet: string; kind: string; category: string; match: string; voice: string }[];
}
const readReport = async (repo: string, name: string) => JSON.parse(await readFile(path.join(repo, 'reports', name, 'report.json'), 'utf8')) as Report;

describe('README walk-through', () => {
  let repo: string;
  let readme: string;
  const analysed = new Set<string>();
  beforeAll(async () => {
    repo = await tempRepo({ pipeline: true });
    readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  });
  afterAll(async () => rm(repo, { recursive: true, force: true }));

  it('"Add an outlet": imports a saved page and a news-please record; the outlet is in the report', async () => {
    const all = sectionCommands(readme, 'Add an outlet');
    expect(all.map((l) => shellWords(l).slice(0, 3).join(' '))).toEqual([
      'pnpm framelens add-outlet',
      'pnpm framelens import',
      'pnpm framelens validate',
      'pnpm analyze',
      // the multi-outlet export (the last test)
      'pnpm framelens import',
      'pnpm framelens validate',
    ]);
    const lines = all.slice(0, 4);
    const runs: Run[] = [];
    for (const line of lines) runs.push(...(await runLine(line, repo, analysed)));
    for (const run of runs) expect({ argv: run.argv, code: run.code, stderr: run.stderr }).toEqual({ argv: run.argv, code: 0, stderr: '' });
    expect(runs[1]!.stdout).toBe(
      'wrote 2 files:\n' +
        '  corpus/kazakhstan-2022/tagesschau/2022-01-07-tokajew-erteilt-schiessbefehl-russland-schickt-soldaten.md\n' +
        '  corpus/kazakhstan-2022/tagesschau/2022-01-08-kasachstan-mehr-als-4000-festnahmen-nach-den-unruhen.md\n',
    );
    expect(runs[2]!.stdout).toBe('valid: 0 errors, 0 warnings; 11 articles from 8 outlets read\n');
    expect(JSON.parse(runs[3]!.stdout)).toMatchObject({ ok: true, pipeline: 'kazakhstan-2022', articles: 11, outlets: 8 });

    const report = await readReport(repo, 'kazakhstan-2022');
    expect(report.outlets.find((o) => o.outlet === 'tagesschau')).toMatchObject({ name: 'tagesschau.de', articles: 2 });
    expect(report.articles.filter((a) => a.outlet === 'tagesschau').map((a) => [a.title, a.date])).toEqual([
      ['Tokajew erteilt Schießbefehl – Russland schickt Soldaten', '2022-01-07'],
      ['Kasachstan: Mehr als 4000 Festnahmen nach den Unruhen', '2022-01-08'],
    ]);
    // lexicon terms in the imported text, with the voice they are used in
    const hits = report.evidence.filter((e) => e.outlet === 'tagesschau' && e.kind === 'frame');
    const byMatch = (match: string) => hits.find((h) => h.match === match);
    expect(byMatch('Schießbefehl')).toMatchObject({ category: 'state-violence' });
    expect(byMatch('Flüssiggas')).toMatchObject({ category: 'socio-economic', voice: 'authorial' });
    expect(byMatch('Terroristen')).toMatchObject({ category: 'terror-extremism', voice: 'quoted' });
    expect(byMatch('bunte Revolution')).toMatchObject({ category: 'foreign-interference' });
    expect(byMatch('bunte Revolution')?.voice).not.toBe('authorial');
    // navigation, cookie banner and "most read" box of the saved page are not article text
    expect(hits.some((h) => /Startseite|Cookies|Meistgelesen/.test(h.match))).toBe(false);
    expect(report.outlets.find((o) => o.outlet === 'tagesschau')?.frameHits).toBe(hits.filter((h) => !('excluded' in h)).length);

    const html = await readFile(path.join(repo, 'reports/kazakhstan-2022/index.html'), 'utf8');
    expect(html).toContain('tagesschau.de');
    expect(html).toContain('Kasachstan: Mehr als 4000 Festnahmen nach den Unruhen');
  });

  it('"Start a new event": a new corpus and pipeline with its own article get their own report', async () => {
    const lines = sectionCommands(readme, 'Start a new event');
    expect(lines.map((l) => shellWords(l).slice(0, 3).join(' '))).toEqual([
      'pnpm framelens add-outlet',
      'pnpm framelens import',
      'pnpm framelens new-pipeline',
      'pnpm install',
      'pnpm framelens validate',
      'pnpm analyze',
    ]);
    const runs: Run[] = [];
    for (const line of lines) runs.push(...(await runLine(line, repo, analysed)));
    for (const run of runs) expect({ argv: run.argv, code: run.code, stderr: run.stderr }).toEqual({ argv: run.argv, code: 0, stderr: '' });
    // only the new pipeline is analysed: the first one is unchanged (turbo's cache)
    expect(runs.at(-1)?.argv.slice(0, 2)).toEqual(['analyze', 'pipelines/my-event']);
    expect(JSON.parse(runs.at(-1)!.stdout)).toMatchObject({ ok: true, pipeline: 'my-event', articles: 1, outlets: 1 });

    const report = await readReport(repo, 'my-event');
    expect(report.outlets.map((o) => [o.outlet, o.name, o.articles])).toEqual([['my-outlet', 'My Outlet', 1]]);
    expect(report.articles.map((a) => a.title)).toEqual(['Tausende protestieren gegen die Regierung']);
    // the starter lexicon's five terms, each found once; the voice where the sentence decides it
    // clearly ("Ausnahmezustand" shares a sentence with the government's reported claim, left open)
    const hits = report.evidence.filter((e) => e.kind === 'frame');
    expect(hits.map((e) => `${e.category} ${e.match}`).sort()).toEqual(['protest Demonstranten', 'protest Proteste', 'protest Unruhen', 'security Ausnahmezustand', 'security Sicherheitskräfte']);
    const voice = (match: string) => hits.find((h) => h.match === match)?.voice;
    expect(voice('Demonstranten')).toBe('authorial');
    expect(voice('Proteste')).toBe('authorial');
    expect(voice('Sicherheitskräfte')).toBe('reported'); // "nach Angaben von Menschenrechtlern"
    expect(voice('Unruhen')).toBe('quoted'); // „Unruhen“ inside what the government said
    const html = await readFile(path.join(repo, 'reports/my-event/index.html'), 'utf8');
    expect(html).toContain('My Outlet');
  });

  it('"Add an outlet": a Media Cloud export with 11 outlets imports in one command, into the outlets that exist by name or id and 9 new ones', async () => {
    const lines = sectionCommands(readme, 'Add an outlet').slice(4);
    const runs: Run[] = [];
    for (const line of lines) runs.push(...(await runLine(line, repo, analysed)));
    for (const run of runs) expect({ argv: run.argv, code: run.code, stderr: run.stderr }).toEqual({ argv: run.argv, code: 0, stderr: '' });
    expect(runs[0]!.stdout).toContain('created 9 outlets');
    // "tagesschau.de" is the name of the outlet tagesschau made above: its two stories go there
    expect(runs[0]!.stdout).toContain('added to existing outlets: nd, tagesschau\n');
    expect((await readdir(path.join(repo, 'corpus/kazakhstan-2022/tagesschau'))).sort()).toEqual([
      '2022-01-06-russland-schickt-truppen-nach-kasachstan.md',
      '2022-01-07-tokajew-erteilt-schiessbefehl-russland-schickt-soldaten.md',
      '2022-01-08-kasachstan-mehr-als-4000-festnahmen-nach-den-unruhen.md',
      '2022-01-08-ovks-truppen-sichern-flughafen.md',
      'outlet.yaml',
    ]);
    // the seed's 7 outlets and tagesschau (above), and the 9 new ones of the export
    expect(runs[1]!.stdout).toBe('valid: 0 errors, 0 warnings; 23 articles from 17 outlets read\n');
  });
});
