import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, tempRepo } from '@framelens/tools';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from './__fixtures__/test-repo.js';
import { register } from './commands/validate.js';

let repo: string;
beforeEach(async () => void (repo = await tempRepo({ pipeline: true })));
afterEach(async () => rm(repo, { recursive: true, force: true }));

// the state after `framelens new-pipeline` without `pnpm install`: the repository is installed, the pipeline is not
const installRepoOnly = () => mkdir(path.join(repo, 'node_modules'));
const installPipeline = async () => {
  await mkdir(path.join(repo, 'pipelines/kazakhstan-2022/node_modules/.bin'), { recursive: true });
  await writeFile(path.join(repo, 'pipelines/kazakhstan-2022/node_modules/.bin/framelens'), '#!/bin/sh\n');
};

describe('a pipeline whose package is not installed yet', () => {
  it('validate warns and says to run pnpm install', async () => {
    await installRepoOnly();
    const run = await runCommand(register, ['validate', 'pipelines/kazakhstan-2022', '--json'], repo);
    const { problems } = JSON.parse(run.stdout) as { problems: { ruleId: string; file: string; severity: string; example: string }[] };
    expect(problems).toMatchObject([{ ruleId: 'pipeline/not-installed', file: 'pipelines/kazakhstan-2022/package.json', severity: 'warning', example: 'pnpm install && pnpm analyze' }]);
    expect(run.code).toBe(0);
    await installPipeline();
    const again = await runCommand(register, ['validate', 'pipelines/kazakhstan-2022'], repo);
    expect(again.stdout).toBe('valid: 0 errors, 0 warnings; 9 articles from 7 outlets read\n');
  });

  it('pnpm analyze stops before turbo with the command to run', () => {
    const analyze = () => spawnSync(process.execPath, [path.join(repoRoot, 'scripts/analyze.mjs')], { cwd: repo, encoding: 'utf8', env: { ...process.env, PATH: '' } });
    const run = analyze();
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'framelens: pipelines/kazakhstan-2022 is not installed yet (no framelens command in its node_modules), so turbo would stop with "framelens: not found".\n' +
        '  Run at the repository root:  pnpm install   then:  pnpm analyze\n',
    );
  });
});
