import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Problem } from '@framelens/diagnostics';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRepo } from '@framelens/tools';
import { loadPipelineConfig } from './pipeline-config.js';

let repo: string;
let dir: string;
beforeEach(async () => {
  repo = await tempRepo({ pipeline: true });
  dir = path.join(repo, 'pipelines/kazakhstan-2022');
});
afterEach(async () => rm(repo, { recursive: true, force: true }));

async function problemsOf(load: Promise<unknown>): Promise<Problem[]> {
  const error = await load.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems;
}

describe('loadPipelineConfig', () => {
  it('reads the seed pipeline and resolves its paths', async () => {
    const config = await loadPipelineConfig(dir);
    expect(config).toMatchObject({ name: 'kazakhstan-2022', repoRoot: repo, corpusDir: path.join(repo, 'corpus/kazakhstan-2022'), outputDir: path.join(repo, 'reports/kazakhstan-2022') });
  });

  it('names a mistyped pipeline folder with the closest pipeline (review2 F10)', async () => {
    const problems = await problemsOf(loadPipelineConfig(path.join(repo, 'pipelines/kazakstan-2022')));
    expect(problems).toMatchObject([
      { file: 'pipelines/kazakstan-2022', ruleId: 'pipeline/not-found', message: 'folder "pipelines/kazakstan-2022" not found; did you mean "pipelines/kazakhstan-2022"?', example: 'framelens analyze pipelines/kazakhstan-2022' },
    ]);
  });

  it('names an unknown field with its line, a suggestion and the allowed fields; the path is relative to the repository root', async () => {
    // process.cwd() is the real repository, not the temporary one: the message must not depend on it
    await appendFile(path.join(dir, 'pipeline.yaml'), 'workerz: 2\nfarbe: blau\n');
    const lines = (await readFile(path.join(dir, 'pipeline.yaml'), 'utf8')).split('\n');
    const problems = await problemsOf(loadPipelineConfig(dir));
    expect(problems).toHaveLength(2);
    expect(problems).toMatchObject([
      {
        file: 'pipelines/kazakhstan-2022/pipeline.yaml',
        line: lines.indexOf('workerz: 2') + 1,
        field: 'workerz',
        severity: 'error',
        message: 'unknown field "workerz" (did you mean "workers"?)',
        expected: 'one of: title, description, corpus, lexicon, output, syndication, evidencePerCell, evidenceInHtml, workers, bootstrapSamples, bootstrapSeed, testCopiesInFindings',
        example: 'workers: 2',
      },
      {
        file: 'pipelines/kazakhstan-2022/pipeline.yaml',
        line: lines.indexOf('farbe: blau') + 1,
        field: 'farbe',
        severity: 'error',
        message: 'unknown field "farbe"',
        expected: 'one of: title, description, corpus, lexicon, output, syndication, evidencePerCell, evidenceInHtml, workers, bootstrapSamples, bootstrapSeed, testCopiesInFindings',
      },
    ]);
  });

  it('says what a bad value should be, and refuses paths outside the repository', async () => {
    await writeFile(path.join(dir, 'pipeline.yaml'), 'title: Test\ncorpus: ../../corpus/kazakhstan-2022\noutput: ../../reports/test\nsyndication: merge\n');
    const [bad] = await problemsOf(loadPipelineConfig(dir));
    expect(bad).toMatchObject({ file: 'pipelines/kazakhstan-2022/pipeline.yaml', line: 4, field: 'syndication', expected: 'keep or collapse', example: 'syndication: keep' });

    await writeFile(path.join(dir, 'pipeline.yaml'), 'title: Test\ncorpus: ../../../etc\noutput: ../../elsewhere\n');
    const problems = await problemsOf(loadPipelineConfig(dir));
    expect(problems.map((p) => [p.line, p.field, p.message.replace(/\(.*\)/, '(…)')])).toEqual([
      [2, 'corpus', 'points outside the repository (…)'],
      [3, 'output', "must be a folder inside the repository's reports/ folder (…)"],
    ]);
    expect(problems[1]?.message).toContain('(got elsewhere)');
  });

  it('names a misspelt corpus folder or lexicon file with its line and the closest existing one, before anything reads them', async () => {
    const yaml = await readFile(path.join(dir, 'pipeline.yaml'), 'utf8');
    await writeFile(path.join(dir, 'pipeline.yaml'), yaml.replace('corpus/kazakhstan-2022', 'corpus/Kazakhstan-2O22').replace('lexicon: lexicon.yaml', 'lexicon: lexikon.yml'));
    const lines = yaml.split('\n');
    const problems = await problemsOf(loadPipelineConfig(dir));
    expect(problems).toEqual([
      {
        file: 'pipelines/kazakhstan-2022/pipeline.yaml',
        line: lines.findIndex((l) => l.startsWith('corpus:')) + 1,
        field: 'corpus',
        severity: 'error',
        ruleId: 'corpus/not-found',
        message: 'folder "corpus/Kazakhstan-2O22" not found; did you mean "corpus/kazakhstan-2022"?',
        expected: 'an existing corpus folder (one folder per outlet), relative to the pipeline folder',
        example: 'corpus: ../../corpus/kazakhstan-2022',
      },
      {
        file: 'pipelines/kazakhstan-2022/pipeline.yaml',
        line: lines.findIndex((l) => l.startsWith('lexicon:')) + 1,
        field: 'lexicon',
        severity: 'error',
        ruleId: 'lexicon/not-found',
        message: 'file "pipelines/kazakhstan-2022/lexikon.yml" not found; did you mean "pipelines/kazakhstan-2022/lexicon.yaml"?',
        expected: 'an existing lexicon file, relative to the pipeline folder',
        example: 'lexicon: lexicon.yaml',
      },
    ]);
    // a typo in a folder on the way is found too; a corpus given as a file says so
    await writeFile(path.join(dir, 'pipeline.yaml'), yaml.replace('../../corpus/kazakhstan-2022', '../../korpus/kazakhstan-2022'));
    const [onTheWay] = await problemsOf(loadPipelineConfig(dir));
    expect(onTheWay?.message).toBe('folder "korpus/kazakhstan-2022" not found; did you mean "corpus/kazakhstan-2022"?');
    // nothing close: what is there instead
    await writeFile(path.join(dir, 'pipeline.yaml'), yaml.replace('../../corpus/kazakhstan-2022', '../../articles/kazakhstan-2022'));
    const [nothingClose] = await problemsOf(loadPipelineConfig(dir));
    expect([nothingClose?.message, nothingClose?.example]).toEqual(['folder "articles/kazakhstan-2022" not found; the repository root holds "corpus", "pipelines"', 'corpus: ../../corpus/<event>   (framelens add-outlet <event> <outlet> --name "…" creates corpus/<event>/<outlet>)']);
    await writeFile(path.join(dir, 'pipeline.yaml'), yaml.replace('../../corpus/kazakhstan-2022', '../../corpus/kazakhstan-2022/nd/outlet.yaml'));
    const [notFolder] = await problemsOf(loadPipelineConfig(dir));
    expect([notFolder?.message, notFolder?.example]).toEqual(['"corpus/kazakhstan-2022/nd/outlet.yaml" is a file, not a folder', 'corpus: ../../corpus/kazakhstan-2022/nd']);
  });

  it('reports YAML syntax errors with their line', async () => {
    await writeFile(path.join(dir, 'pipeline.yaml'), 'title: Test\ncorpus: [unclosed\n');
    const [problem] = await problemsOf(loadPipelineConfig(dir));
    expect(problem).toMatchObject({ file: 'pipelines/kazakhstan-2022/pipeline.yaml', severity: 'error' });
    expect(problem?.message).toMatch(/^YAML syntax error/);
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });
});
