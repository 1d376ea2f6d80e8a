import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, type AgreementSummary } from '@framelens/validation';
import { readParquet } from '@framelens/aggregate';
import { tempRepo } from '@framelens/tools';
import { runCommand } from '../__fixtures__/test-repo.js';
import { loadPipelineConfig } from '../pipeline-config.js';
import { runAndWrite } from '../run-pipeline.js';
import { register as registerAgreement } from './agreement.js';
import { register as registerSample } from './sample.js';
import { register as registerValidate } from './validate.js';

let repo: string;
const folder = () => path.join(repo, 'validation/kazakhstan-2022');
const read = (name: string) => readFile(path.join(folder(), name), 'utf8');
const ARGS = ['sample', 'kazakhstan-2022', '--per-frame', '3', '--negatives', '6', '--seed', '11', '--date', '2026-12-07'];

beforeAll(async () => {
  repo = await tempRepo({ pipeline: true });
  await runAndWrite(await loadPipelineConfig(path.join(repo, 'pipelines/kazakhstan-2022')), { workers: 1 });
}, 300_000);
afterAll(async () => rm(repo, { recursive: true, force: true }));

describe('framelens sample', () => {
  it('draws the seed sample: 3 hits per frame over outlets and voices, 6 negatives, blind coder file', { timeout: 120_000 }, async () => {
    const run = await runCommand(registerSample, ARGS, repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // 8 frames, each with at least 3 distinct hit sentences in the seed corpus
    expect(run.stdout).toMatch(/^kazakhstan-2022: sampled 30 items \(24 hits, 6 sentences without a hit\)/);
    const sample = parseCsv(await read('sample-2026-12-07.csv'));
    const key = parseCsv(await read('sample-2026-12-07.key.csv'));
    expect(sample.columns).toEqual(['item', 'pipeline', 'frame', 'frameLabel', 'frameDescription', 'outlet', 'article', 'term', 'match', 'matchStart', 'matchEnd', 'sentence', 'context', 'coder', 'present', 'voice', 'note']);
    expect(sample.rows.map((r) => r.values.item)).toEqual(key.rows.map((r) => r.values.item));
    expect(sample.rows[0]!.values.item).toBe('2026-12-07/001');
    for (const { values: r } of sample.rows) {
      // answers empty, the match where the offsets say, the sentence inside its context
      expect([r.coder, r.present, r.voice, r.note]).toEqual(['', '', '', '']);
      expect(r.sentence!.slice(Number(r.matchStart), Number(r.matchEnd))).toBe(r.match);
      expect(r.context!.replace(/\s+/g, ' ')).toContain(r.sentence);
      expect(r.frameDescription).not.toBe('');
    }
    const hits = key.rows.filter((r) => r.values.kind === 'hit').map((r) => r.values);
    for (const frame of new Set(hits.map((h) => h.frame))) {
      const own = hits.filter((h) => h.frame === frame);
      expect(own).toHaveLength(3);
      // round-robin over outlet × voice: three different strata per frame
      expect(new Set(own.map((h) => `${h.outlet} ${h.voice}`)).size).toBe(3);
    }
    expect(new Set(hits.map((h) => h.outlet)).size).toBe(7);
    // negatives spread over the outlets, no match, not a sentence with a frame hit
    const negatives = key.rows.filter((r) => r.values.kind === 'negative').map((r) => r.values);
    expect(new Set(negatives.map((n) => n.outlet)).size).toBe(6);
    const evidence = await readParquet<{ kind: string; article: string; sentenceStart: string; section: string | null; excluded: string | null }>(
      path.join(repo, 'reports/kazakhstan-2022/data/hits.parquet'),
      (t) => `SELECT kind, article, sentence_start::VARCHAR AS "sentenceStart", section, excluded FROM ${t}`,
    );
    expect(evidence.length).toBeGreaterThan(100);
    // (a title's hits have offsets into the title: its first sentence starts at 0 like the text's; a hit that is not
    // counted, negated or in boilerplate, leaves its sentence without a frame hit, as the counts do)
    const counted = evidence.filter((e) => e.kind === 'frame' && e.section !== 'title' && !e.excluded);
    for (const n of negatives) expect(counted.some((e) => e.article === n.article && e.sentenceStart === n.sentenceStart), `${n.article} ${n.sentenceStart}`).toBe(false);
    // the detector's voice is in the key only: neither the coder's file nor the page carries it
    const html = await read('sample-2026-12-07.html');
    const embedded = /<script type="application\/json" id="sample-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(embedded).items).toHaveLength(30);
    expect(embedded).not.toMatch(/"voice"|"speaker"|"hitId"|authorial/);
    expect(await read('sample-2026-12-07.csv')).not.toMatch(/authorial/);
  });

  it('is reproducible byte for byte; another seed draws another sample; an existing sample is kept', { timeout: 120_000 }, async () => {
    const before = await Promise.all(['csv', 'key.csv', 'json', 'html'].map((x) => read(`sample-2026-12-07.${x}`)));
    let run = await runCommand(registerSample, ARGS, repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/sample-2026-12-07\.csv a sample of this date exists already/);
    run = await runCommand(registerSample, [...ARGS, '--force'], repo);
    expect(run.code).toBe(0);
    expect(await Promise.all(['csv', 'key.csv', 'json', 'html'].map((x) => read(`sample-2026-12-07.${x}`)))).toEqual(before);
    run = await runCommand(registerSample, [...ARGS.slice(0, -1), '2026-12-08', '--seed', '12'], repo);
    expect(run.code).toBe(0);
    const other = await read('sample-2026-12-08.key.csv');
    expect(other.replaceAll('2026-12-08', '2026-12-07')).not.toBe(before[1]);
    await rm(path.join(folder(), 'sample-2026-12-08.json'));
  });

  it('asks for an analysis first when the pipeline has none', async () => {
    const bare = await tempRepo({ pipeline: true });
    try {
      const run = await runCommand(registerSample, ['sample', 'pipelines/kazakhstan-2022'], bare);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^error reports\/kazakhstan-2022\/report\.json missing: the pipeline has not been analysed/);
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });

  it('rejects a bad --date and --per-frame as usage errors', async () => {
    expect((await runCommand(registerSample, ['sample', 'kazakhstan-2022', '--date', '7.12.2026'], repo)).code).toBe(2);
    expect((await runCommand(registerSample, ['sample', 'kazakhstan-2022', '--per-frame', 'x'], repo)).code).toBe(2);
  });
});

describe('framelens agreement', () => {
  /** A coded file for the sample: answers from `answer(key row)`. */
  async function coded(name: string, coder: string, answer: (k: Record<string, string>, i: number) => [string, string]): Promise<string> {
    const key = parseCsv(await read('sample-2026-12-07.key.csv')).rows.map((r) => r.values);
    const lines = ['item,pipeline,coder,present,voice,note', ...key.map((k, i) => [k.item, 'kazakhstan-2022', coder, ...answer(k, i), ''].join(','))];
    const file = path.join(repo, name);
    await writeFile(file, lines.join('\n') + '\n');
    return file;
  }
  const ownVoice = (v: string) => (v === 'authorial' ? 'own voice' : v);

  it('computes precision, recall, voice accuracy and alpha from two coders and writes agreement.json', { timeout: 180_000 }, async () => {
    // coder A: every hit but those of state-violence is a true frame hit, voices as detected, negatives: no
    const a = await coded('anna.csv', 'Anna', (k) => (k.kind === 'hit' ? [k.frame === 'state-violence' ? 'no' : 'yes', ownVoice(k.voice!)] : ['no', 'own voice']));
    // coder B: agrees, except that peacekeeping hits are false positives and quotes are "reported"
    const b = await coded('ben.csv', 'Ben', (k) => (k.kind === 'hit' ? [k.frame === 'peacekeeping' || k.frame === 'state-violence' ? 'no' : 'yes', k.voice === 'quoted' ? 'reported' : ownVoice(k.voice!)] : ['no', 'own voice']));
    const run = await runCommand(registerAgreement, ['agreement', 'kazakhstan-2022', a, b, '--json'], repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as AgreementSummary;
    expect(JSON.parse(await read('agreement.json'))).toEqual(s);
    expect(s.coders).toEqual(['Anna', 'Ben']);
    expect(Object.keys(s.frames)).toHaveLength(8);
    // two coders split on peacekeeping: a tie has no verdict, so precision there rests on no item
    expect(s.frames['peacekeeping']).toMatchObject({ n: 0, unsure: 3 });
    expect(s.frames['terror-extremism']).toMatchObject({ precision: 1, n: 3, high: 1 });
    expect(s.frames['terror-extremism']!.low).toBeCloseTo(0.4385, 4); // Wilson 3/3
    expect(s.frames['state-violence']).toMatchObject({ precision: 0, n: 3, low: 0 });
    expect(s.recall).toMatchObject({ estimate: 1, n: 6, positives: 0 });
    expect(s.alpha!.framePresence.percentAgreement).toBeCloseTo(27 / 30, 12);
    expect(s.files.map((f) => f.path)).toEqual(['anna.csv', 'ben.csv']);
    expect(s.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);

    // step 4: analyze again; the report has its Validation section, the weak frame flagged, the files in the provenance
    await runAndWrite(await loadPipelineConfig(path.join(repo, 'pipelines/kazakhstan-2022')), { workers: 1 });
    const html = await readFile(path.join(repo, 'reports/kazakhstan-2022/index.html'), 'utf8');
    expect(html).toContain('<section id="validation"');
    expect(html).not.toContain('⚠ Peacekeeping and stabilisation'); // no verdict: no precision, no flag
    expect(html).toContain('⚠ State violence and repression (precision 0.00)');
    const report = JSON.parse(await readFile(path.join(repo, 'reports/kazakhstan-2022/report.json'), 'utf8'));
    expect(report.provenance.validation).toEqual({
      agreement: { path: 'validation/kazakhstan-2022/agreement.json', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      sample: 'validation/kazakhstan-2022/sample-2026-12-07.csv',
      files: s.files.map((f) => ({ path: f.path, sha256: f.sha256, coder: f.coder })),
    });
  });

  it('names line and column of every bad row; refuses two files from one coder', async () => {
    const key = parseCsv(await read('sample-2026-12-07.key.csv')).rows.map((r) => r.values);
    const hit = key.find((k) => k.kind === 'hit')!.item;
    const file = path.join(repo, 'bad.csv');
    await writeFile(file, ['item,pipeline,coder,present,voice', `${hit},kazakhstan-2022,Cleo,yes,`, '2031-01-01/001,kazakhstan-2022,Cleo,yes,quoted', `${key[1]!.item},other-pipeline,Cleo,yes,quoted`, `${key[2]!.item},kazakhstan-2022,Cleo,perhaps,quoted`, `${key[3]!.item},kazakhstan-2022,Cleo,,quoted`].join('\n') + '\n');
    let run = await runCommand(registerAgreement, ['agreement', 'kazakhstan-2022', file], repo);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n').filter((l) => l.startsWith('error'));
    expect(lines).toEqual([
      `error bad.csv:2 voice: row 1 (item ${hit}): empty code for "whose words"`,
      'error bad.csv:3 item: row 2: unknown item id "2031-01-01/001"',
      `error bad.csv:4 pipeline: row 3: pipeline "other-pipeline", but this file is checked against kazakhstan-2022: one coded file holds one pipeline's sample`,
      `error bad.csv:5 present: row 4 (item ${key[2]!.item}): unknown code "perhaps"`,
      `error bad.csv:6 present: row 5 (item ${key[3]!.item}): empty code for "frame present"`,
    ]);
    const a = await coded('anna2.csv', 'Anna', () => ['yes', 'quoted']);
    const a2 = await coded('anna3.csv', 'anna', () => ['no', 'quoted']);
    run = await runCommand(registerAgreement, ['agreement', 'kazakhstan-2022', a, a2], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error anna3\.csv:2 coder: coder "anna" also coded anna2\.csv/m);
  });

  it('framelens validate warns when the coded sample is older than the lexicon, naming the new terms', { timeout: 120_000 }, async () => {
    const lexiconFile = path.join(repo, 'pipelines/kazakhstan-2022/lexicon.yaml');
    let run = await runCommand(registerValidate, ['validate', 'pipelines/kazakhstan-2022'], repo);
    expect(run.stderr).not.toMatch(/coded sample/);
    const lexicon = await readFile(lexiconFile, 'utf8');
    await writeFile(lexiconFile, lexicon.replace('        - term: Banditen\n', '        - term: Marodeure\n        - term: Plünderer\n        - term: Banditen\n'));
    run = await runCommand(registerValidate, ['validate', 'pipelines/kazakhstan-2022'], repo);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'warning validation/kazakhstan-2022/sample-2026-12-07.json the coded sample is older than the lexicon: 2 terms were added since and never validated: Marodeure (terror-extremism), Plünderer (terror-extremism)',
    );
    await writeFile(lexiconFile, lexicon);
  });
});
