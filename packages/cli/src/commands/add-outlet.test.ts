import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '@framelens/corpus';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRepo } from '@framelens/tools';
import { runCommand } from '../__fixtures__/test-repo.js';
import { register } from './add-outlet.js';

let repo: string;
beforeEach(async () => void (repo = await tempRepo()));
afterEach(async () => rm(repo, { recursive: true, force: true }));

describe('framelens add-outlet', () => {
  it('writes an outlet.yaml that the loader accepts', async () => {
    const run = await runCommand(
      register,
      ['add-outlet', 'kazakhstan-2022', 'taz', '--name', 'taz, die tageszeitung', '--country', 'DE', '--kind', 'daily', '--url', 'https://taz.de/', '--attribution', 'inferred', '--evidence', 'Stil: „…“ und Kürzel'],
      path.join(repo, 'corpus'),
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('created corpus/kazakhstan-2022/taz/outlet.yaml\nnext: framelens import kazakhstan-2022 taz <files…>   (txt, md, jsonl, csv, news-please json, saved html)\n');
    expect(await readFile(path.join(repo, 'corpus/kazakhstan-2022/taz/outlet.yaml'), 'utf8')).toBe(
      '# framelens outlet: fields are described in packages/corpus/README.md\nname: taz, die tageszeitung\ncountry: DE\nlanguage: de\nkind: daily\nurl: https://taz.de/\nattribution:\n  status: inferred\n  evidence: "Stil: „…“ und Kürzel"\n',
    );
    const corpus = await loadCorpus(path.join(repo, 'corpus/kazakhstan-2022'), { repoRoot: repo });
    expect(corpus.outlets.find((o) => o.id === 'taz')).toMatchObject({ name: 'taz, die tageszeitung', attribution: { status: 'inferred', evidence: 'Stil: „…“ und Kürzel' } });
  });

  it('writes attribution: unverified unless the user gives evidence (or a status)', async () => {
    const attributionOf = async (id: string, ...options: string[]) => {
      const run = await runCommand(register, ['add-outlet', 'kazakhstan-2022', id, '--name', id.toUpperCase(), ...options], repo);
      expect(run.code, run.stderr).toBe(0);
      return (await readFile(path.join(repo, 'corpus/kazakhstan-2022', id, 'outlet.yaml'), 'utf8')).split('attribution:\n')[1];
    };
    expect(await attributionOf('plain')).toBe('  status: unverified\n');
    expect(await attributionOf('with-evidence', '--evidence', 'Saved from the outlet\'s website on 2022-01-07.')).toBe('  status: confirmed\n  evidence: Saved from the outlet\'s website on 2022-01-07.\n');
    expect(await attributionOf('asserted', '--attribution', 'confirmed')).toBe('  status: confirmed\n');
    // the loader reads the new status
    const corpus = await loadCorpus(path.join(repo, 'corpus/kazakhstan-2022'));
    expect(corpus.outlets.find((o) => o.id === 'plain')?.attribution).toEqual({ status: 'unverified' });
  });

  it('refuses unsafe ids, existing outlets and bad option values, all at once', async () => {
    const unsafe = await runCommand(register, ['add-outlet', '../../etc', 'Die Presse', '--name', 'Die Presse', '--country', 'Austria'], repo);
    expect(unsafe.code).toBe(1);
    expect(unsafe.stderr).toContain('error (command line) <event>: the event "../../etc" is not a safe id');
    expect(unsafe.stderr).toContain('error (command line) <outlet-id>: the outlet id "Die Presse" is not a safe id');
    expect(unsafe.stderr).toContain('example:  die-presse');
    expect(unsafe.stderr).toContain('error (command line) --country: must be an ISO 3166 two-letter code, e.g. "DE"');
    const existing = await runCommand(register, ['add-outlet', 'kazakhstan-2022', 'nd', '--name', 'nd'], repo);
    expect(existing.code).toBe(1);
    expect(existing.stderr).toContain('error corpus/kazakhstan-2022/nd/outlet.yaml the outlet "nd" already exists in kazakhstan-2022');
    const kind = await runCommand(register, ['add-outlet', 'kazakhstan-2022', 'x', '--name', 'X', '--kind', 'blog'], repo);
    expect(kind).toMatchObject({
      code: 1,
      stderr: 'error (command line) --kind: must be one of daily, weekly, wire, broadcaster, online, magazine (got "blog")\n    expected: one of daily, weekly, wire, broadcaster, online, magazine\n    example:  --kind daily\n',
    });
  });

  it('lists every problem of the command line in one run, each with what was expected and an example', async () => {
    // the user's command: the outlet id is missing (so "Ost_Blick" is taken as the event), and so is --name
    const run = await runCommand(register, ['add-outlet', 'Ost_Blick', '--kind', 'newspaper', '--country', 'Schweiz', '--attribution', 'sure', '--url', 'ostblick.de'], repo);
    // a missing argument is wrong usage (exit 2); the other problems are listed with it
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe('usage error: missing <outlet-id>; every problem with this command line:');
    expect(lines.filter((l) => l.startsWith('error'))).toEqual([
      'error (command line) <event>: the event "Ost_Blick" is not a safe id',
      'error (command line) <outlet-id>: the outlet id is missing',
      'error (command line) --name: is required',
      'error (command line) --country: must be an ISO 3166 two-letter code, e.g. "DE" (got "Schweiz")',
      'error (command line) --kind: must be one of daily, weekly, wire, broadcaster, online, magazine (got "newspaper")',
      'error (command line) --url: must be an http(s) URL (got "ostblick.de")',
      'error (command line) --attribution: must be one of confirmed, inferred, unverified (got "sure")',
    ]);
    // every error is followed by its expected and example lines
    expect(lines.filter((l) => l.startsWith('    expected: '))).toHaveLength(7);
    expect(lines.filter((l) => l.startsWith('    example:  '))).toHaveLength(7);
    expect(run.stderr).toContain('example:  ost-blick\n');
    // "Schweiz" is recognised: the example gives its code
    expect(run.stderr).toContain('--country: must be an ISO 3166 two-letter code, e.g. "DE" (got "Schweiz")\n    expected: an ISO 3166 two-letter country code in capitals\n    example:  --country CH\n');
    expect(run.stderr).toContain('(got "ostblick.de")\n    expected: the outlet\'s home page, an http(s) URL\n    example:  --url https://ostblick.de/\n');
    // with both ids given, the same option problems are invalid input (exit 1)
    const options = await runCommand(register, ['add-outlet', 'kazakhstan-2022', 'ost-blick', '--kind', 'newspaper', '--country', 'Schweiz'], repo);
    expect(options.code).toBe(1);
    expect(options.stderr.split('\n').filter((l) => l.startsWith('error'))).toEqual([
      'error (command line) --name: is required',
      'error (command line) --country: must be an ISO 3166 two-letter code, e.g. "DE" (got "Schweiz")',
      'error (command line) --kind: must be one of daily, weekly, wire, broadcaster, online, magazine (got "newspaper")',
    ]);
    // and nothing was written
    expect(existsSync(path.join(repo, 'corpus/Ost_Blick'))).toBe(false);
    // "English" or "EN" for --language: the example gives the code
    const language = await runCommand(register, ['add-outlet', 'kazakhstan-2022', 'ost-blick', '--name', 'Ost-Blick', '--language', 'English'], repo);
    expect(language.code).toBe(1);
    expect(language.stderr).toContain('error (command line) --language: must be an ISO 639 language code, e.g. "de" (got "English")\n    expected: an ISO 639 language code in lower case\n    example:  --language en\n');
  });

  it('creates a new event folder, and --json reports the file', async () => {
    const run = await runCommand(register, ['add-outlet', 'belarus-2020', 'nd', '--name', 'nd', '--json'], repo);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, file: 'corpus/belarus-2020/nd/outlet.yaml' });
  });

  it('says where to run it outside a repository', async () => {
    const run = await runCommand(register, ['add-outlet', 'x', 'y', '--name', 'Y'], '/');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not inside a framelens repository');
  });
});
