import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseLexicon } from '@framelens/lexicon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPipelineConfig } from '../pipeline-config.js';
import { tempRepo } from '@framelens/tools';
import { runCommand } from '../__fixtures__/test-repo.js';
import { register } from './new-pipeline.js';

let repo: string;
beforeEach(async () => void (repo = await tempRepo({ pipeline: true })));
afterEach(async () => rm(repo, { recursive: true, force: true }));

describe('framelens new-pipeline', () => {
  it('scaffolds package.json, pipeline.yaml, a valid starter lexicon and turbo.json', async () => {
    const run = await runCommand(register, ['new-pipeline', 'kaz-test', '--corpus', 'kazakhstan-2022'], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('run "pnpm install" at the repository root');
    const dir = path.join(repo, 'pipelines/kaz-test');
    expect((await readdir(dir)).sort()).toEqual(['lexicon.yaml', 'package.json', 'pipeline.yaml', 'turbo.json']);
    expect(JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'))).toMatchObject({
      name: '@framelens/pipeline-kaz-test',
      private: true,
      type: 'module',
      scripts: { analyze: 'framelens analyze' },
      devDependencies: { '@framelens/cli': 'workspace:*' },
    });
    expect(JSON.parse(await readFile(path.join(dir, 'turbo.json'), 'utf8'))).toMatchObject({
      extends: ['//'],
      tasks: { analyze: { inputs: ['pipeline.yaml', 'lexicon.yaml', '$TURBO_ROOT$/corpus/kazakhstan-2022/**', '$TURBO_ROOT$/validation/kaz-test/**'], outputs: ['$TURBO_ROOT$/reports/kaz-test/**'] } },
    });
    const lexicon = await readFile(path.join(dir, 'lexicon.yaml'), 'utf8');
    expect(lexicon.split('\n')[0]).toBe('# yaml-language-server: $schema=../../packages/lexicon/lexicon.schema.json');
    const parsed = parseLexicon(lexicon, 'lexicon.yaml');
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parsed.lexicon?.frames.map((f) => f.id)).toEqual(['protest', 'security']);
    const config = await loadPipelineConfig(dir, repo);
    expect(config).toMatchObject({ name: 'kaz-test', corpusDir: path.join(repo, 'corpus/kazakhstan-2022'), outputDir: path.join(repo, 'reports/kaz-test') });
  });

  it('can reuse an existing lexicon', async () => {
    const run = await runCommand(register, ['new-pipeline', 'kaz-2', '--corpus', 'kazakhstan-2022', '--lexicon', 'pipelines/kazakhstan-2022/lexicon.yaml', '--json'], repo);
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, files: ['pipelines/kaz-2/package.json', 'pipelines/kaz-2/pipeline.yaml', 'pipelines/kaz-2/turbo.json'] });
    const config = await loadPipelineConfig(path.join(repo, 'pipelines/kaz-2'), repo);
    expect(config.lexiconFile).toBe(path.join(repo, 'pipelines/kazakhstan-2022/lexicon.yaml'));
    const turbo = JSON.parse(await readFile(path.join(repo, 'pipelines/kaz-2/turbo.json'), 'utf8'));
    expect(turbo.tasks.analyze.inputs[1]).toBe('$TURBO_ROOT$/pipelines/kazakhstan-2022/lexicon.yaml');
  });

  it('refuses unsafe names, existing pipelines, unknown corpora and lexicons outside the repository', async () => {
    const run = await runCommand(register, ['new-pipeline', 'kazakhstan-2022', '--corpus', 'belarus-2020', '--lexicon', '/etc/passwd'], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error pipelines/kazakhstan-2022 the pipeline "kazakhstan-2022" already exists');
    expect(run.stderr).toContain('error corpus/belarus-2020 --corpus: there is no corpus "belarus-2020" (there is: kazakhstan-2022)');
    expect(run.stderr).toContain('error /etc/passwd --lexicon: not a lexicon file inside the repository');
    const unsafe = await runCommand(register, ['new-pipeline', '../reports', '--corpus', 'kazakhstan-2022'], repo);
    expect(unsafe.code).toBe(1);
    expect(unsafe.stderr).toContain('the pipeline name "../reports" is not a safe id');
    expect((await readdir(path.join(repo, 'pipelines'))).sort()).toEqual(['kazakhstan-2022']);
  });
});
