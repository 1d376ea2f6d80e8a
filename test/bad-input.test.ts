// Bad input through the real CLI: every broken repository gets the exact message and exit code,
// and the report a good run wrote before is left byte-identical.
import { createHash } from 'node:crypto';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '@framelens/cli';
import { repoRoot, tempRepo } from '@framelens/tools';

const FIXTURES = path.join(repoRoot, 'test', 'fixtures', 'bad-input');
const EVENT = 'corpus/kazakhstan-2022';
const PIPELINE = 'pipelines/kazakhstan-2022';
const REPORT = 'reports/kazakhstan-2022';

function captureIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), isTTY: false, color: false };
}

/** Every file under `dir` (relative path → bytes), or an empty map when there is no such folder. */
async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const p = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, p), await readFile(p));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The front-matter example that corpus messages show, as it prints (continuation lines indented). */
const FM_EXAMPLE = [
  '    example:  ---',
  '              title: "Militärbündnis OVKS: Russland greift in Kasachstan ein"',
  '              date: "2022-01-06"',
  '              url: https://www.nd-aktuell.de/artikel/1160198',
  '              ---',
  '              Noch am Dienstag waren sich viele Experten einig: …',
].join('\n');

interface Case {
  name: string;
  /** a folder under test/fixtures/bad-input copied over the repository */
  fixture?: string;
  /** further breakage done in code (generated files, deletions) */
  breakRepo?: (repo: string) => Promise<void>;
  exit: number;
  /** the exact stderr, with the temporary repository's path written as <repo> */
  stderr: string;
  /** checks on the new report when the run succeeds */
  report?: (report: Report) => void;
}

interface Evidence {
  article: string;
  kind: string;
  category: string;
  term: string;
  sentence: string;
  voice: string;
}
interface Report {
  articles: { article: string; title?: string }[];
  evidence: Evidence[];
}

/** Every stderr seen, for the catalogue check at the end. */
const seen: string[] = [];

let base: string;
beforeAll(async () => {
  // one good run; every case starts from a copy of this repository with its report
  base = await tempRepo({ pipeline: true });
  const io = captureIo(base);
  expect(await main(['analyze', path.join(base, PIPELINE), '--workers', '1'], io), io.err.join('\n')).toBe(0);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function copyOfBase(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-bad-'));
  await cp(base, dir, { recursive: true });
  return dir;
}

async function runCase(c: Case): Promise<void> {
  const repo = await copyOfBase();
  try {
    const before = await readTree(path.join(repo, REPORT));
    expect(before.has('index.html')).toBe(true);
    if (c.fixture) await cp(path.join(FIXTURES, c.fixture), repo, { recursive: true });
    await c.breakRepo?.(repo);
    const io = captureIo(repo);
    const code = await main(['analyze', path.join(repo, PIPELINE), '--workers', '1'], io);
    // progress lines ("analysing: 3/6", printed only when a run takes over ~2 s) depend on the machine's load
    const stderr = io.err.filter((line) => !/^analysing: \d+\/\d+$/.test(line)).join('\n').split(repo).join('<repo>');
    seen.push(stderr);
    expect(stderr).toBe(c.stderr);
    expect(code).toBe(c.exit);
    const after = await readTree(path.join(repo, REPORT));
    if (c.exit !== 0) {
      expect(io.out).toEqual([]);
      // byte-identical: same names, same bytes
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
      expect(await readdir(path.join(repo, 'reports'))).toEqual(['kazakhstan-2022']);
    } else {
      c.report?.(JSON.parse(after.get('report.json')!.toString('utf8')) as Report);
    }
  } finally {
    await rm(repo, { recursive: true, force: true });
    await rm(`${repo}-elsewhere`, { recursive: true, force: true });
  }
}

const write = (repo: string, file: string, bytes: string | Uint8Array) => writeFile(path.join(repo, file), bytes);

/** A short article whose analysis is known: one quoted frame hit, title with an umlaut. */
const ARTICLE = '---\ntitle: "Über die Lage"\n---\nDie Regierung sprach von „Terrorbanden“. Präsident Tokajew äußerte sich.\nZweiter Absatz.\n';
const SENTENCE = 'Die Regierung sprach von „Terrorbanden“.';

const CP1252_NOTICE =
  'notice: corpus/kazakhstan-2022/nd/2022-01-08-kodierung.md: is not UTF-8; read it as Windows-1252 (Latin-1). Check the umlauts, then convert the file once: ' +
  'iconv -f WINDOWS-1252 -t UTF-8 old.txt > new.txt   (or save as "UTF-8" in your editor)';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

function encodingCases(): Case[] {
  const variants: [string, Buffer, string?][] = [
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)])],
    // „ and “ are 0x84 and 0x93 in Windows-1252; latin1 cannot hold them, so write those bytes by hand
    ['Windows-1252', Buffer.from(ARTICLE.replace('„', '\x84').replace('“', '\x93'), 'latin1'), CP1252_NOTICE],
    ['CRLF line endings', Buffer.from(ARTICLE.replace(/\n/g, '\r\n'))],
    ['CR line endings', Buffer.from(ARTICLE.replace(/\n/g, '\r'))],
  ];
  const cases: Case[] = variants.map(([name, bytes, stderr = '']) => ({
    name: `encoding: ${name} is read`,
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-kodierung.md`, bytes),
    exit: 0,
    stderr,
    report: (report) => {
      expect(report.articles.find((a) => a.article === 'nd/2022-01-08-kodierung')?.title).toBe('Über die Lage');
      const frames = report.evidence.filter((e) => e.article === 'nd/2022-01-08-kodierung' && e.kind === 'frame');
      expect(frames.map((e) => [e.category, e.term, e.voice, e.sentence])).toEqual([['terror-extremism', 'Terrorbanden', 'quoted', SENTENCE]]);
    },
  }));
  cases.push({
    name: 'encoding: NUL bytes are refused',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-kodierung.md`, Buffer.from(ARTICLE.replace('Zweiter', 'Zweiter\0'))),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-kodierung.md contains NUL bytes: it is a binary file (PDF, Word, image …) or UTF-16 text without a byte-order mark
    expected: plain text in UTF-8
    example:  export the text as UTF-8 plain text, or convert: iconv -f UTF-16LE -t UTF-8 old.txt > new.txt`,
  });
  return cases;
}

const cases: Case[] = [
  { name: 'empty file', fixture: 'empty-file', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-leer.md is empty (0 bytes)
    expected: the article text
${FM_EXAMPLE}` },
  { name: 'front matter not closed', fixture: 'unclosed-front-matter', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-offen.md:1 the front matter starting with "---" on line 1 is never closed
    expected: a line with only "---" after the metadata, then the article text
${FM_EXAMPLE}` },
  { name: 'YAML syntax error', fixture: 'yaml-syntax-error', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-doppelpunkt.md:2:8 YAML syntax error: the value of "title" contains ": ", so it must be in quotes
    expected: a value with ": " in double quotes
    example:  title: "Kasachstan: Tokajew spricht von Terroristen"` },
  { name: 'unknown fields', fixture: 'unknown-field', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-felder.md:2 titel: unknown field "titel" (did you mean "title"?)
    expected: one of: title, date, datePrecision, url, author, language, note, renamedFrom
    example:  title: "Russland greift in Kasachstan ein"
error corpus/kazakhstan-2022/nd/2022-01-08-felder.md:4 rubrik: unknown field "rubrik"
    expected: one of: title, date, datePrecision, url, author, language, note, renamedFrom
    example:  remove the line "rubrik: …" or rename it to one of the fields above` },
  { name: 'missing field', fixture: 'missing-field', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/outlet.yaml:1 name: is required
    expected: the outlet's display name
    example:  name: Kleine Zeitung` },
  { name: 'wrong date formats', fixture: 'wrong-dates', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/datum-ausgeschrieben.md:3 date: "7. Januar 2022" is not an ISO date: write "2022-01-07"
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"
error corpus/kazakhstan-2022/nd/datum-gestern.md:3 date: "gestern" is not an ISO date; it is not a date format framelens knows (e.g. 2022-01-07, 07.01.2022, 7. Januar 2022, Januar 2022)
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"
error corpus/kazakhstan-2022/nd/datum-kein-kalendertag.md:3 date: "2022-02-30" is not a calendar date
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"
error corpus/kazakhstan-2022/nd/datum-punkte.md:3 date: "07.01.2022" is not an ISO date: write "2022-01-07"
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"
error corpus/kazakhstan-2022/nd/datum-schraegstriche.md:3 date: "2022/01/07" is not an ISO date: write "2022-01-07"
    expected: an ISO date: YYYY-MM-DD, YYYY-MM or YYYY, in quotes
    example:  date: "2022-01-07"` },
  { name: 'duplicate article ids', fixture: 'duplicate-ids', exit: 1, stderr: `error corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.txt id: duplicate article id "nd/2022-01-06-russland-greift-ein": corpus/kazakhstan-2022/nd/2022-01-06-russland-greift-ein.md has the same name without its extension
    expected: one file per article name in an outlet folder
    example:  rename one of them, e.g. 2022-01-06-russland-greift-ein-2.txt` },
  { name: 'outlet folder without outlet.yaml', fixture: 'outlet-without-outlet-yaml', exit: 1, stderr: `error corpus/kazakhstan-2022/taz/outlet.yaml missing: the outlet folder "taz" has no outlet.yaml
    expected: an outlet.yaml with at least the outlet's name
    example:  framelens add-outlet kazakhstan-2022 taz --name "…"   or write:
              name: Kleine Zeitung
              country: AT
              kind: daily
              url: https://www.kleinezeitung.at/
              attribution:
                status: confirmed
                evidence: "The same text is online at kleinezeitung.at/politik/aussenpolitik/6082388/"` },
  {
    name: 'binary file (an image saved as .txt)',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/foto.txt`, Buffer.from('89504e470d0a1a0a0000000d4948445200000010', 'hex')),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/foto.txt contains NUL bytes: it is a binary file (PDF, Word, image …) or UTF-16 text without a byte-order mark
    expected: plain text in UTF-8
    example:  export the text as UTF-8 plain text, or convert: iconv -f UTF-16LE -t UTF-8 old.txt > new.txt`,
  },
  {
    name: 'binary file without NUL bytes',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/daten.txt`, Buffer.from([0x41, 0x01, 0x02, 0x42, 0x03, 0x1b, 0x43])),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/daten.txt contains 4 control characters: it is a binary file, not text
    expected: plain text in UTF-8
    example:  export the article as plain text (.txt) or Markdown (.md) in UTF-8`,
  },
  {
    name: 'a 50 MB single article',
    breakRepo: async (repo) => {
      const line = Buffer.from('Die Sicherheitskräfte gingen in Almaty gegen Demonstranten vor.\n');
      await write(repo, `${EVENT}/nd/riesig.txt`, Buffer.concat(Array.from({ length: Math.ceil((50 * 1024 * 1024) / line.length) }, () => line)).subarray(0, 50 * 1024 * 1024));
    },
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/riesig.txt is 50.0 MB, over the limit of 20.0 MB for one article
    expected: one article per file
    example:  split a file that holds many articles: framelens import <event> <outlet> export.jsonl --format jsonl`,
  },
  {
    name: 'a corpus with no outlets and no articles (0 bytes)',
    breakRepo: async (repo) => {
      await rm(path.join(repo, EVENT), { recursive: true });
      await mkdir(path.join(repo, EVENT));
    },
    exit: 1,
    stderr: `error corpus/kazakhstan-2022 the corpus has no outlets and no articles
    expected: corpus/<event>/<outlet-id>/outlet.yaml and at least one article file next to it
    example:  framelens add-outlet kazakhstan-2022 my-outlet --name "My Outlet" && framelens import kazakhstan-2022 my-outlet article.txt`,
  },
  {
    name: 'outlets without articles',
    breakRepo: async (repo) => {
      for (const outlet of await readdir(path.join(repo, EVENT))) {
        for (const f of await readdir(path.join(repo, EVENT, outlet))) if (f !== 'outlet.yaml') await unlink(path.join(repo, EVENT, outlet, f));
      }
    },
    exit: 1,
    stderr: `error corpus/kazakhstan-2022 the corpus has no articles (.md or .txt files in the outlet folders)
    expected: corpus/<event>/<outlet-id>/outlet.yaml and at least one article file next to it
    example:  framelens add-outlet kazakhstan-2022 my-outlet --name "My Outlet" && framelens import kazakhstan-2022 my-outlet article.txt`,
  },
  { name: 'lexicon: an empty term', fixture: 'lexicon-empty-term', exit: 1, stderr: `error pipelines/kazakhstan-2022/lexicon.yaml:10:9 frames[0].terms[1]: empty term
    expected: a word or phrase
    example:  term: Terrorbanden` },
  { name: 'lexicon: a term in two frames', fixture: 'lexicon-term-in-two-frames', exit: 1, stderr: `error pipelines/kazakhstan-2022/lexicon.yaml:12:24 frames[1].terms[1]: "Banditen" (crime) matches the same words ("bandit") as "Banditen" (terror-extremism, frames[0].terms[1]); a word counts for one frame only, so this term would never be counted
    expected: each term in one frame only; to tell similar words apart use match: exact or match: prefix
    example:  {term: Banditen, match: exact, forms: [...]}` },
  { name: 'lexicon: a frame without terms', fixture: 'lexicon-frame-without-terms', exit: 1, stderr: `error pipelines/kazakhstan-2022/lexicon.yaml:12:12 frames[1].terms: "socio-economic" has no terms, so it can never be found
    expected: at least one term
    example:  terms: [Terrorbanden]` },
  { name: 'pipeline.yaml pointing outside the repository', fixture: 'pipeline-outside-repository', exit: 1, stderr: `error pipelines/kazakhstan-2022/pipeline.yaml:2 corpus: points outside the repository (/tmp/corpus-elsewhere)
    expected: a path inside <repo>
    example:  corpus: ../../corpus/kazakhstan-2022
error pipelines/kazakhstan-2022/pipeline.yaml:3 lexicon: points outside the repository (/etc/framelens/lexicon.yaml)
    expected: a path inside <repo>
    example:  lexicon: lexicon.yaml
error pipelines/kazakhstan-2022/pipeline.yaml:4 output: must be a folder inside the repository's reports/ folder (got /tmp/reports/kazakhstan-2022)
    example:  output: ../../reports/kazakhstan-2022` },
  {
    name: 'a corpus symlink to a file outside the repository',
    breakRepo: async (repo) => {
      // the target sits in the repository's own folder (removed with it), outside the corpus
      await writeFile(path.join(repo, 'secret.txt'), 'geheim');
      await symlink(path.join(repo, 'secret.txt'), path.join(repo, EVENT, 'nd', 'leak.txt'));
    },
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/leak.txt is a symbolic link to <repo>/secret.txt, outside the corpus: not followed
    expected: real files and folders inside the corpus folder
    example:  copy it into the corpus instead: rm corpus/kazakhstan-2022/nd/leak.txt && cp -r <repo>/secret.txt corpus/kazakhstan-2022/nd/leak.txt`,
  },
  {
    name: 'a corpus folder that is a symbolic link out of the repository',
    breakRepo: async (repo) => {
      await cp(path.join(repo, EVENT), `${repo}-elsewhere`, { recursive: true });
      await rm(path.join(repo, EVENT), { recursive: true });
      await symlink(`${repo}-elsewhere`, path.join(repo, EVENT));
    },
    exit: 1,
    stderr: `error pipelines/kazakhstan-2022/pipeline.yaml:7 corpus: leads outside the repository through a symbolic link (corpus/kazakhstan-2022 is <repo>-elsewhere)
    expected: a real folder or file inside the repository, not a link to one elsewhere
    example:  copy it into the repository instead: rm corpus/kazakhstan-2022 && cp -r <repo>-elsewhere corpus/kazakhstan-2022`,
  },
  {
    name: 'pipeline.yaml names a lexicon that turbo.json does not list (turbo would serve a stale report)',
    breakRepo: async (repo) => {
      await mkdir(path.join(repo, 'lexicons'));
      await cp(path.join(repo, PIPELINE, 'lexicon.yaml'), path.join(repo, 'lexicons', 'shared.yaml'));
      const yaml = await readFile(path.join(repo, PIPELINE, 'pipeline.yaml'), 'utf8');
      await write(repo, `${PIPELINE}/pipeline.yaml`, yaml.replace('lexicon: lexicon.yaml', 'lexicon: ../../lexicons/shared.yaml'));
    },
    exit: 1,
    stderr: `error pipelines/kazakhstan-2022/turbo.json tasks.analyze.inputs: does not cover the lexicon lexicons/shared.yaml, so turbo would not re-run the analysis when it changes and would show a stale report
    expected: an input for $TURBO_ROOT$/lexicons/shared.yaml (pipeline.yaml names the lexicon lexicons/shared.yaml)
    example:  "inputs": ["pipeline.yaml","lexicon.yaml","$TURBO_ROOT$/corpus/kazakhstan-2022/**","$TURBO_ROOT$/validation/kazakhstan-2022/**","$TURBO_ROOT$/lexicons/shared.yaml"]`,
  },
  {
    name: 'YAML alias without its anchor',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-alias.md`, '---\ntitle: *titel\n---\nDie Lage blieb angespannt.\n'),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-alias.md:2 YAML cannot be read: Unresolved alias (the anchor must be set before the alias): titel
    expected: plain "field: value" lines, without anchors (&name) and aliases (*name)
${FM_EXAMPLE}`,
  },
  {
    name: "an output inside another pipeline's output",
    breakRepo: async (repo) => {
      await mkdir(path.join(repo, 'pipelines', 'other'));
      const yaml = await readFile(path.join(repo, PIPELINE, 'pipeline.yaml'), 'utf8');
      await write(repo, 'pipelines/other/pipeline.yaml', yaml.replace('output: ../../reports/kazakhstan-2022', 'output: ../../reports/kazakhstan-2022/other'));
    },
    exit: 1,
    stderr: `error pipelines/kazakhstan-2022/pipeline.yaml:9 output: reports/kazakhstan-2022 holds reports/kazakhstan-2022/other, the output of pipeline "other" (pipelines/other/pipeline.yaml): a run of pipeline "kazakhstan-2022" would replace or delete pipeline "other"'s report
    expected: a folder of its own inside reports/, outside every other pipeline's output and the corpus
    example:  output: ../../reports/kazakhstan-2022`,
  },
  {
    name: 'front matter nested too deeply for the YAML parser',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-tief.md`, `---\ntitle: x\ntags: ${'['.repeat(3000)}${']'.repeat(3000)}\n---\nDie Lage blieb angespannt.\n`),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-tief.md:3 YAML nests lists or maps too deeply (hundreds of levels; it gave up here)
    expected: a few levels of "field: value" lines and lists
${FM_EXAMPLE}`,
  },
  {
    name: 'front matter marked as JavaScript ("---js")',
    breakRepo: (repo) => write(repo, `${EVENT}/nd/2022-01-08-js.md`, '---js\n{ title: "Über die Lage" }\n---\nDie Lage blieb angespannt.\n'),
    exit: 1,
    stderr: `error corpus/kazakhstan-2022/nd/2022-01-08-js.md:1 the front matter is marked as "js" ("---js" on line 1); framelens reads YAML front matter only, between two lines "---"
    expected: YAML "field: value" lines between "---" lines
${FM_EXAMPLE}`,
  },
  ...encodingCases(),
];

describe('bad input through "framelens analyze": exact message, exit code, previous report intact', () => {
  for (const c of cases) it(c.name, () => runCase(c));
});

/** The message column of the README's Troubleshooting table, as patterns (`…` stands for anything). */
async function documentedMessages(): Promise<{ text: string; re: RegExp }[]> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Troubleshooting'));
  const end = section.indexOf('\n## ', 5);
  const rows = (end > 0 ? section.slice(0, end) : section).split('\n').filter((l) => /^\| `/.test(l));
  return rows.map((row) => {
    const text = /^\| `([^`]+)`/.exec(row)![1]!;
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.*?');
    return { text, re: new RegExp(escaped) };
  });
}

describe('the README Troubleshooting table', () => {
  it('documents messages that the bad-input runs really print, and every message they print', async () => {
    const documented = await documentedMessages();
    expect(documented.length).toBeGreaterThanOrEqual(20);
    // the first line of every problem or notice printed above
    const printed = seen.flatMap((s) => s.split('\n')).filter((l) => /^(error|warning) |^notice: /.test(l));
    expect(printed.length).toBeGreaterThanOrEqual(cases.length);
    for (const d of documented) expect(printed.some((l) => d.re.test(l)), `documented but never printed: ${d.text}`).toBe(true);
    for (const line of printed) expect(documented.some((d) => d.re.test(line)), `printed but not documented: ${line}`).toBe(true);
  });
});

/** Every entry under `dir` (not following links) → a hash of its content, link target or "dir". */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const p = path.join(dir, name);
    const info = await lstat(p);
    const what = info.isSymbolicLink() ? `link:${await readlink(p)}` : info.isDirectory() ? 'dir' : createHash('sha256').update(await readFile(p)).digest('hex');
    out.set(name, what);
  }
  return out;
}

describe('safe paths: hostile ids write nothing, anywhere', () => {
  let sandbox: string;
  let repo: string;
  beforeAll(async () => {
    // the repository sits in a sandbox folder, so writes next to it (../x) can be seen too
    sandbox = await mkdtemp(path.join(os.tmpdir(), 'framelens-sandbox-'));
    repo = path.join(sandbox, 'repo');
    await cp(base, repo, { recursive: true });
    await writeFile(path.join(sandbox, 'artikel.txt'), 'Die Regierung sprach von „Terrorbanden“.\n');
  });
  afterAll(async () => {
    await rm(sandbox, { recursive: true, force: true });
  });

  const hostile = ['../x', 'a/b', '..', '.', '', 'x/../../y', '..\\x', 'Nd', 'nd ', '/tmp/framelens-evil', `nd/../../../evil`, '%2e%2e', 'nul\u0000x'];
  const commands: [string, (id: string, sandbox: string) => string[]][] = [
    ['add-outlet <event>', (id) => ['add-outlet', id, 'taz', '--name', 'taz']],
    ['add-outlet <outlet-id>', (id) => ['add-outlet', 'kazakhstan-2022', id, '--name', 'taz']],
    ['import <event>', (id, sb) => ['import', id, 'nd', path.join(sb, 'artikel.txt')]],
    ['import <outlet-id>', (id, sb) => ['import', 'kazakhstan-2022', id, path.join(sb, 'artikel.txt')]],
    ['new-pipeline <name>', (id) => ['new-pipeline', id, '--corpus', 'kazakhstan-2022']],
    ['new-pipeline --corpus', (id) => ['new-pipeline', 'neu', '--corpus', id]],
    ['new-pipeline --lexicon', (id, sb) => ['new-pipeline', 'neu', '--corpus', 'kazakhstan-2022', '--lexicon', id || path.join(sb, 'artikel.txt')]],
    ['analyze <pipeline>', (id) => ['analyze', id, '--workers', '1']],
  ];
  for (const [what, args] of commands) {
    it(`${what}: every hostile id is refused (exit 1 or 2) and the sandbox is unchanged`, async () => {
      const before = await snapshot(sandbox);
      for (const id of hostile) {
        const io = captureIo(repo);
        const code = await main(args(id, sandbox), io);
        expect([1, 2], `${args(id, sandbox).join(' ')}: exit ${code}\n${io.err.join('\n')}`).toContain(code);
        expect(await snapshot(sandbox), `${args(id, sandbox).join(' ')} changed files`).toEqual(before);
      }
    });
  }

  it('an import whose records carry hostile ids and titles writes only into the outlet folder', async () => {
    const records = ['../../../evil', '/etc/passwd', 'a/b\\c', '..', '<script>alert(1)</script>'].map((t) => JSON.stringify({ id: t, title: t, date: '2022-01-08', text: `Ein Text über ${t}.` }));
    await writeFile(path.join(sandbox, 'export.jsonl'), `${records.join('\n')}\n`);
    const before = await snapshot(sandbox);
    const io = captureIo(repo);
    expect(await main(['import', 'kazakhstan-2022', 'nd', path.join(sandbox, 'export.jsonl'), '--format', 'jsonl'], io), io.err.join('\n')).toBe(0);
    const after = await snapshot(sandbox);
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added.length).toBe(records.length);
    for (const file of added) expect(file).toMatch(/^repo\/corpus\/kazakhstan-2022\/nd\/[a-z0-9-]+\.md$/);
    for (const [k, v] of before) expect(after.get(k), k).toBe(v);
  });
});
