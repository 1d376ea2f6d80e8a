import { appendFile, cp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULES } from '@framelens/diagnostics';
import { corpusFixtures, repoRoot, tempRepo } from '@framelens/tools';
import { runCommand } from '../__fixtures__/test-repo.js';
import { register } from './validate.js';

let repo: string;
beforeEach(async () => void (repo = await tempRepo({ pipeline: true })));
afterEach(async () => rm(repo, { recursive: true, force: true }));

describe('framelens validate', () => {
  it('accepts the seed pipeline', async () => {
    const run = await runCommand(register, ['validate', 'pipelines/kazakhstan-2022'], repo);
    expect(run.stderr).toBe('');
    expect(run).toMatchObject({ code: 0, stdout: 'valid: 0 errors, 0 warnings; 9 articles from 7 outlets read\n' });
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

  it('warns about undated articles (when others have a date) and outlets with the same name', async () => {
    await mkdir(path.join(repo, 'corpus/kazakhstan-2022/nd-online'));
    await writeFile(path.join(repo, 'corpus/kazakhstan-2022/nd-online/outlet.yaml'), 'name: nd\ncountry: DE\n');
    await writeFile(path.join(repo, 'corpus/kazakhstan-2022/nd-online/ohne-datum.md'), '---\ntitle: "Ohne Datum"\n---\nEin kurzer Text über Almaty.\n');
    await writeFile(path.join(repo, 'corpus/kazakhstan-2022/nd-online/notiz.txt'), 'Noch ein kurzer Text über Almaty.\n');
    const run = await runCommand(register, ['validate', 'pipelines/kazakhstan-2022'], repo);
    // warnings only: the corpus is still valid
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('valid: 0 errors, 4 warnings; 11 articles from 8 outlets read\n');
    expect(run.stderr.split('\n').filter((l) => l.startsWith('warning'))).toEqual([
      'warning corpus/kazakhstan-2022/nd/outlet.yaml name: the name "nd" is also the name of corpus/kazakhstan-2022/nd-online/outlet.yaml: the report would show 2 outlets with the same label',
      'warning corpus/kazakhstan-2022/nd-online/outlet.yaml name: the name "nd" is also the name of corpus/kazakhstan-2022/nd/outlet.yaml: the report would show 2 outlets with the same label',
      'warning corpus/kazakhstan-2022/nd-online/notiz.txt date: has no date, so "Over time" leaves it out (9 of 11 articles in corpus/kazakhstan-2022 have a date, 2 have none)',
      'warning corpus/kazakhstan-2022/nd-online/ohne-datum.md date: has no date, so "Over time" leaves it out (9 of 11 articles in corpus/kazakhstan-2022 have a date, 2 have none)',
    ]);
    expect(run.stderr).toContain('    expected: a date in the front matter: YYYY-MM-DD, YYYY-MM or YYYY\n    example:  date: "2022-01-07"');
    expect(run.stderr).toContain('    example:  name: nd (nd-online)');
  });

  it('at the repository root checks every pipeline and each corpus they use once', async () => {
    // a second pipeline on the same corpus and a third on a broken corpus
    await cp(path.join(repo, 'pipelines/kazakhstan-2022'), path.join(repo, 'pipelines/kaz-copy'), { recursive: true });
    await writeFile(path.join(repo, 'pipelines/kaz-copy/pipeline.yaml'), 'title: Copy\ncorpus: ../../corpus/kazakhstan-2022\noutput: ../../reports/kaz-copy\n');
    // the copy's turbo.json must name its own validation folder, as analyze requires
    const turbo = path.join(repo, 'pipelines/kaz-copy/turbo.json');
    await writeFile(turbo, (await readFile(turbo, 'utf8')).replace('validation/kazakhstan-2022', 'validation/kaz-copy'));
    let run = await runCommand(register, ['validate'], repo);
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'valid: 2 pipelines, 0 errors, 0 warnings; 9 articles from 7 outlets read\n' });

    await mkdir(path.join(repo, 'corpus/belarus-2020/tut'), { recursive: true });
    await writeFile(path.join(repo, 'corpus/belarus-2020/tut/outlet.yaml'), 'name: TUT.BY\nkind: blog\n');
    await writeFile(path.join(repo, 'corpus/belarus-2020/tut/2020-08-10-proteste.md'), '---\ntitle: Proteste in Minsk\n---\nIn Minsk demonstrierten Zehntausende gegen Lukaschenko.\n');
    await mkdir(path.join(repo, 'pipelines/belarus-2020'));
    await writeFile(path.join(repo, 'pipelines/belarus-2020/pipeline.yaml'), 'title: Belarus\ncorpus: ../../corpus/belarus-2020\nlexicon: ../kazakhstan-2022/lexicon.yaml\noutput: ../../reports/belarus-2020\n');
    run = await runCommand(register, ['validate', '--json'], repo);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { ok: boolean; articles: number; outlets: number; pipelines: unknown[]; problems: { file: string; field?: string }[] };
    expect(result.pipelines).toEqual([
      { pipeline: 'pipelines/belarus-2020', corpus: 'corpus/belarus-2020', ok: false },
      { pipeline: 'pipelines/kaz-copy', corpus: 'corpus/kazakhstan-2022', ok: true },
      { pipeline: 'pipelines/kazakhstan-2022', corpus: 'corpus/kazakhstan-2022', ok: true },
    ]);
    expect(result.problems.map((p) => `${p.file} ${p.field}`)).toEqual(['corpus/belarus-2020/tut/outlet.yaml kind']);
    // the outlet with the invalid outlet.yaml is not counted; its article is still checked
    expect([result.ok, result.articles, result.outlets]).toEqual([false, 10, 7]);
  });

  it('--json gives every problem its rule id from the message catalogue', async () => {
    // the corpus package's malformed corpus (every kind of broken file) and a lexicon with schema and semantic errors
    await cp(path.join(corpusFixtures, 'malformed'), path.join(repo, 'corpus/malformed'), { recursive: true });
    await mkdir(path.join(repo, 'pipelines/malformed'));
    await writeFile(path.join(repo, 'pipelines/malformed/pipeline.yaml'), 'title: Broken\ncorpus: ../../corpus/malformed\noutput: ../../reports/malformed\n');
    await cp(path.join(repoRoot, 'packages/lexicon/src/__fixtures__/semantic-errors.yaml'), path.join(repo, 'pipelines/malformed/lexicon.yaml'));
    const run = await runCommand(register, ['validate', 'pipelines/malformed', '--json'], repo);
    expect(run.code).toBe(1);
    const { problems } = JSON.parse(run.stdout) as { problems: { file: string; field?: string; ruleId?: string; message: string }[] };
    expect(problems.filter((p) => p.ruleId === undefined || !Object.hasOwn(RULES, p.ruleId))).toEqual([]);
    const ruleOf = (file: string, message: RegExp) => problems.find((p) => p.file === file && message.test(p.message))?.ruleId;
    const taz = 'corpus/malformed/taz';
    expect([
      ruleOf(`${taz}/yaml-syntax.md`, /YAML syntax error/),
      ruleOf(`${taz}/unclosed.md`, /never closed/),
      ruleOf(`${taz}/unknown-field.md`, /unknown field "titel"/),
      ruleOf(`${taz}/wrong-date.md`, /is not an ISO date/),
      ruleOf(`${taz}/scan.pdf`, /is not read/),
      ruleOf(`${taz}/binary.md`, /NUL/),
      ruleOf(`${taz}/empty.md`, /empty/),
      ruleOf('corpus/malformed/ohne-yaml/outlet.yaml', /has no outlet\.yaml/),
      ruleOf('corpus/malformed/Die Presse', /not a safe id/),
      ruleOf('pipelines/malformed/lexicon.yaml', /duplicate id "terror"/),
      ruleOf('pipelines/malformed/lexicon.yaml', /has no terms/),
      ruleOf('pipelines/malformed/lexicon.yaml', /should not match/),
    ]).toEqual([
      'yaml/colon-in-value',
      'article/front-matter-unclosed',
      'field/unknown',
      'article/date',
      'corpus/not-read',
      'file/binary',
      'article/empty',
      'corpus/no-outlet-yaml',
      'corpus/unsafe-name',
      'lexicon/duplicate-id',
      'lexicon/empty-entry',
      'lexicon/example-fails',
    ]);
  });

  it('refuses a mistyped or non-pipeline folder instead of validating every pipeline (review2 F10)', async () => {
    let run = await runCommand(register, ['validate', 'pipelines/kazakstan-2022'], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error pipelines/kazakstan-2022 folder "pipelines/kazakstan-2022" not found; did you mean "pipelines/kazakhstan-2022"?');
    expect(run.stderr).toContain('example:  framelens validate pipelines/kazakhstan-2022');
    expect(run.stdout).not.toMatch(/^valid/);
    // a corpus folder is a folder, but not a pipeline
    run = await runCommand(register, ['validate', 'corpus/kazakhstan-2022'], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the folder "corpus/kazakhstan-2022" holds no pipeline.yaml, so it is not a pipeline; did you mean "pipelines/kazakhstan-2022"?');
    // the repository root and pipelines/ still mean every pipeline
    for (const dir of ['.', 'pipelines']) expect((await runCommand(register, ['validate', dir], repo)).stdout).toMatch(/^valid: 0 errors/);
  });

  it('says what to do where there is no pipeline at all', async () => {
    await rm(path.join(repo, 'pipelines'), { recursive: true });
    const run = await runCommand(register, ['validate'], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error pipeline.yaml no pipeline.yaml here, and no pipelines/<name>/pipeline.yaml in the repository');
  });
});
