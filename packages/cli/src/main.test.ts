import { appendFile, cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusFixtures, tempRepo } from '@framelens/tools';
import { colorAllowed, type Io } from './io.js';
import { main } from './main.js';

const COMMANDS = ['analyze', 'inspect', 'validate', 'terms', 'add-outlet', 'import', 'new-pipeline', 'sample', 'agreement'];

function captureIo(cwd: string, color = false, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (t) => void (stdout += t.endsWith('\n') ? t : `${t}\n`), stderr: (t) => void (stderr += t.endsWith('\n') ? t : `${t}\n`), isTTY, color, write: (t) => void (stdout += t) };
  return { io, out: () => stdout, err: () => stderr };
}

async function run(argv: string[], cwd: string, color = false) {
  const c = captureIo(cwd, color, color);
  const code = await main(argv, c.io);
  return { code, stdout: c.out(), stderr: c.err() };
}

let repo: string;
beforeEach(async () => {
  repo = await tempRepo({ pipeline: true });
  await cp(path.join(corpusFixtures, 'import'), path.join(repo, 'downloads'), { recursive: true });
});
afterEach(async () => rm(repo, { recursive: true, force: true }));

describe('framelens CLI conventions', () => {
  it('--help lists every command and documents the exit codes', async () => {
    const help = await run(['--help'], repo);
    expect(help.code).toBe(0);
    const listed = [...help.stdout.matchAll(/^ {2}([a-z-]+)(?: \[options\])? /gm)].map((m) => m[1]);
    expect(listed.filter((c) => c !== 'help')).toEqual(COMMANDS);
    expect(help.stdout).toContain('0  ok');
    expect(help.stdout).toContain('1  invalid input');
    expect(help.stdout).toContain('2  usage error');
  });

  it.each(COMMANDS)('%s --help shows an example', async (command) => {
    const help = await run([command, '--help'], repo);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Example');
    expect(help.stdout).toMatch(new RegExp(`\\$ (?:cd \\S+ && )?framelens ${command} `));
  });

  it('exit codes: unknown command and unknown option 2, invalid input 1, ok 0', async () => {
    const unknown = await run(['analyse'], repo);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'analyse'");
    expect((await run(['validate', '--strict'], repo)).code).toBe(2);
    expect((await run(['add-outlet', 'kazakhstan-2022'], repo)).code).toBe(2); // missing argument and --name
    const invalid = await run(['add-outlet', 'kazakhstan-2022', 'Die Presse', '--name', 'Die Presse'], repo);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('is not a safe id');
    expect((await run(['validate', 'pipelines/kazakhstan-2022', '--quiet'], repo)).code).toBe(0);
  });

  it('--json prints one valid JSON document and --quiet prints nothing on stdout', async () => {
    const steps: [string[], Record<string, unknown>][] = [
      [['add-outlet', 'kazakhstan-2022', 'presse', '--name', 'Die Presse', '--country', 'AT'], { ok: true, file: 'corpus/kazakhstan-2022/presse/outlet.yaml' }],
      [['import', 'kazakhstan-2022', 'presse', 'downloads/seite.html'], { ok: true, written: ['corpus/kazakhstan-2022/presse/2022-01-07-dutzende-tote-kasachstan-und-wieder-reagiert-ein-autokrat.md'] }],
      [['new-pipeline', 'kaz-2', '--corpus', 'kazakhstan-2022'], { ok: true }],
      [['validate', 'pipelines/kaz-2'], { ok: true, articles: 10, outlets: 8 }],
      [['inspect', 'corpus/kazakhstan-2022/presse/2022-01-07-dutzende-tote-kasachstan-und-wieder-reagiert-ein-autokrat.md', '--lexicon', 'pipelines/kazakhstan-2022/lexicon.yaml'], { file: 'corpus/kazakhstan-2022/presse/2022-01-07-dutzende-tote-kasachstan-und-wieder-reagiert-ein-autokrat.md' }],
    ];
    for (const [argv, expected] of steps) {
      const json = await run([...argv, '--json'], repo);
      expect([argv[0], json.code, json.stderr]).toEqual([argv[0], 0, '']);
      expect(JSON.parse(json.stdout)).toMatchObject(expected);
    }
    // inspect --json found the lexicon's terms in the imported page ("Friedenstruppe" in scare quotes)
    const inspected = JSON.parse((await run([...steps[4]![0], '--json'], repo)).stdout) as { hits: { text: string; voice: string }[] };
    expect(inspected.hits.length).toBeGreaterThan(0);

    // the same commands again with --quiet (new names where the first run created something)
    const quiet: string[][] = [
      ['add-outlet', 'kazakhstan-2022', 'presse-2', '--name', 'Die Presse'],
      ['import', 'kazakhstan-2022', 'presse-2', 'downloads/news-please.json'],
      ['new-pipeline', 'kaz-3', '--corpus', 'kazakhstan-2022'],
      ['validate', 'pipelines/kaz-3'],
      ['validate'],
    ];
    for (const argv of quiet) expect(await run([...argv, '--quiet'], repo)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('errors as JSON with --json, on stdout, with exit code 1', async () => {
    await appendFile(path.join(repo, 'pipelines/kazakhstan-2022/pipeline.yaml'), 'workerz: 2\n');
    const result = await run(['validate', 'pipelines/kazakhstan-2022', '--json'], repo);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as { ok: boolean; problems: { field?: string; message: string }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.problems).toMatchObject([{ field: 'workerz', message: 'unknown field "workerz" (did you mean "workers"?)' }]);
    const refused = await run(['add-outlet', 'kazakhstan-2022', 'nd', '--name', 'nd', '--json'], repo);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, problems: [{ file: 'corpus/kazakhstan-2022/nd/outlet.yaml' }] });
  });

  it('colours the error prefix only when the Io allows it', async () => {
    const argv = ['add-outlet', 'kazakhstan-2022', 'Die Presse', '--name', 'Die Presse'];
    const plain = await run(argv, repo, false);
    expect(plain.stderr).not.toMatch(/\u001b\[/);
    expect(plain.stderr.startsWith('error (command line) <outlet-id>:')).toBe(true);
    const coloured = await run(argv, repo, true);
    expect(coloured.stderr.startsWith('\u001b[31merror\u001b[39m (command line) <outlet-id>:')).toBe(true);
    const usage = await run(['analyse'], repo, true);
    expect(usage.stderr.startsWith('\u001b[31merror\u001b[39m: unknown command')).toBe(true);
    // the rule processIo applies
    expect(colorAllowed(true, {})).toBe(true);
    expect(colorAllowed(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorAllowed(true, { TERM: 'dumb' })).toBe(false);
    expect(colorAllowed(false, {})).toBe(false);
  });
});
