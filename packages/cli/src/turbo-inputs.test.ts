import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot as realRepo, tempRepo } from '@framelens/tools';
import { runCommand } from './__fixtures__/test-repo.js';
import { register as registerAnalyze } from './commands/analyze.js';
import { register as registerNewPipeline } from './commands/new-pipeline.js';
import { register as registerValidate } from './commands/validate.js';
import { loadPipelineConfig } from './pipeline-config.js';
import { turboInputProblems } from './turbo-inputs.js';

let repo: string;
let dir: string;
beforeEach(async () => {
  repo = await tempRepo({ pipeline: true });
  dir = path.join(repo, 'pipelines/kazakhstan-2022');
  await cp(path.join(realRepo, 'pipelines/kazakhstan-2022/turbo.json'), path.join(dir, 'turbo.json'));
});
afterEach(async () => rm(repo, { recursive: true, force: true }));

const problems = async (pipelineDir = dir, root = repo) => turboInputProblems(await loadPipelineConfig(pipelineDir, root));
const setInputs = async (inputs: unknown) => {
  const turbo = JSON.parse(await readFile(path.join(dir, 'turbo.json'), 'utf8'));
  turbo.tasks.analyze.inputs = inputs;
  if (inputs === undefined) delete turbo.tasks.analyze.inputs;
  await writeFile(path.join(dir, 'turbo.json'), JSON.stringify(turbo));
};

describe('turbo.json inputs of a pipeline', () => {
  it('the shipped pipeline and freshly scaffolded ones (own lexicon or a shared one) list everything they read', async () => {
    expect(await problems(path.join(realRepo, 'pipelines/kazakhstan-2022'), realRepo)).toEqual([]);
    expect(await problems()).toEqual([]);
    expect((await runCommand(registerNewPipeline, ['new-pipeline', 'own', '--corpus', 'kazakhstan-2022'], repo)).code).toBe(0);
    expect(await problems(path.join(repo, 'pipelines/own'))).toEqual([]);
    expect((await runCommand(registerNewPipeline, ['new-pipeline', 'shared', '--corpus', 'kazakhstan-2022', '--lexicon', 'pipelines/kazakhstan-2022/lexicon.yaml'], repo)).code).toBe(0);
    expect(await problems(path.join(repo, 'pipelines/shared'))).toEqual([]);
  });

  it('a lexicon that pipeline.yaml names and turbo.json does not list stops the analysis with the input to add', async () => {
    await mkdir(path.join(repo, 'lexicons'));
    await cp(path.join(dir, 'lexicon.yaml'), path.join(repo, 'lexicons/shared.yaml'));
    const yaml = await readFile(path.join(dir, 'pipeline.yaml'), 'utf8');
    await writeFile(path.join(dir, 'pipeline.yaml'), yaml.replace('lexicon: lexicon.yaml', 'lexicon: ../../lexicons/shared.yaml'));
    const [p, ...rest] = await problems();
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'pipelines/kazakhstan-2022/turbo.json', field: 'tasks.analyze.inputs', severity: 'error' });
    expect(p!.message).toBe('does not cover the lexicon lexicons/shared.yaml, so turbo would not re-run the analysis when it changes and would show a stale report');
    expect(p!.example).toBe('"inputs": ["pipeline.yaml","lexicon.yaml","$TURBO_ROOT$/corpus/kazakhstan-2022/**","$TURBO_ROOT$/validation/kazakhstan-2022/**","$TURBO_ROOT$/lexicons/shared.yaml"]');
    const run = await runCommand(registerAnalyze, ['analyze', dir, '--workers', '1', '--quiet'], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pipelines/kazakhstan-2022/turbo.json');
    expect(run.stderr).toContain('$TURBO_ROOT$/lexicons/shared.yaml');
    // nothing was written
    await expect(readFile(path.join(repo, 'reports/kazakhstan-2022/index.html'))).rejects.toThrow();
    // validate says so too, instead of "valid" (review2 F11)
    const checked = await runCommand(registerValidate, ['validate', dir], repo);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('error pipelines/kazakhstan-2022/turbo.json');
    expect(checked.stderr).toContain('$TURBO_ROOT$/lexicons/shared.yaml');
    // with the suggested input the analysis runs
    await setInputs(JSON.parse(p!.example!.slice('"inputs": '.length)));
    expect(await problems()).toEqual([]);
  });

  it('another corpus folder, a missing inputs list and an exclusion are found; globs that cover them are accepted', async () => {
    await setInputs(['pipeline.yaml', 'lexicon.yaml', '$TURBO_ROOT$/corpus/other/**', '$TURBO_ROOT$/validation/kazakhstan-2022/**']);
    expect((await problems())[0]!.message).toMatch(/^does not cover the corpus corpus\/kazakhstan-2022, so turbo/);
    await setInputs(['pipeline.yaml', 'lexicon.yaml', '$TURBO_ROOT$/corpus/**', '!$TURBO_ROOT$/corpus/kazakhstan-2022/**', '$TURBO_ROOT$/validation/**']);
    expect((await problems())[0]!.message).toMatch(/^does not cover the corpus corpus\/kazakhstan-2022, so/);
    await setInputs(undefined);
    expect((await problems())[0]!.message).toMatch(/^is missing, so turbo hashes only the files inside the pipeline folder/);
    // the hand-coded sample's figures are an input too (the report's Validation section)
    await setInputs(['*.yaml', '$TURBO_ROOT$/corpus/**']);
    expect((await problems())[0]!.message).toMatch(/^does not cover the validation folder validation\/kazakhstan-2022, so/);
    await setInputs(['*.yaml', '$TURBO_ROOT$/corpus/**', '$TURBO_ROOT$/validation/**']);
    expect(await problems()).toEqual([]);
  });
});
