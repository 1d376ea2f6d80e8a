import { appendFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, tempRepo } from '../__fixtures__/test-repo.js';
import { register } from './validate.js';

let repo: string;
beforeEach(async () => void (repo = await tempRepo({ pipeline: true })));
afterEach(async () => rm(repo, { recursive: true, force: true }));

describe('framelens validate', () => {
  it('accepts the seed pipeline', async () => {
    const run = await runCommand(register, ['validate', 'pipelines/kazakhstan-2022'], repo);
    expect(run.stderr).toBe('');
    expect(run).toMatchObject({ code: 0, stdout: 'valid: 0 errors, 0 warnings; 5 articles from 5 outlets read\n' });
  });

  it('prints every problem in corpus, lexicon and pipeline.yaml, and exits 1', async () => {
    const pipeline = path.join(repo, 'pipelines/kazakhstan-2022');
    await appendFile(path.join(pipeline, 'pipeline.yaml'), 'workerz: 2\n');
    await mkdir(path.join(repo, 'corpus/kazakhstan-2022/taz'));
    await writeFile(path.join(repo, 'corpus/kazakhstan-2022/taz/2022-01-07-kurz.md'), '---\ntitle: Kurz\ndate: 07.01.2022\n---\nEin kurzer Text über Almaty.\n');
    let run = await runCommand(register, ['validate'], pipeline);
    expect(run.code).toBe(1);
    // pipeline.yaml is read first: its problem stops the run before corpus and lexicon
    expect(run.stderr).toMatch(/pipeline\.yaml:\d+ .*"workerz"/);

    await writeFile(path.join(pipeline, 'pipeline.yaml'), 'title: Test\ncorpus: ../../corpus/kazakhstan-2022\nlexicon: lexicon.yaml\noutput: ../../reports/kazakhstan-2022\n');
    await writeFile(path.join(pipeline, 'lexicon.yaml'), 'name: test\nlanguage: de\nversion: 1\nframes:\n  - id: protest\n    label: Protest\n    description: Protest.\n    terms: [Proteste]\n  - id: unrest\n    label: Unruhen\n    description: Unruhen.\n    terms: [Proteste]\n');
    run = await runCommand(register, ['validate', '--json'], pipeline);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { ok: boolean; problems: { file: string; line?: number; field?: string; severity: string }[] };
    expect(result.ok).toBe(false);
    const places = result.problems.map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.field ?? '-'}`);
    expect(places).toContain('error corpus/kazakhstan-2022/taz/outlet.yaml:- -');
    expect(places).toContain('error corpus/kazakhstan-2022/taz/2022-01-07-kurz.md:3 date');
    expect(places.some((p) => p.startsWith('error pipelines/kazakhstan-2022/lexicon.yaml:'))).toBe(true);
  });
});
