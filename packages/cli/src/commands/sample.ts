import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, loadCorpus } from '@framelens/corpus';
import { displayPath, InputError } from '@framelens/diagnostics';
import { ArticleText, drawSample, readAnalysis, sampleFiles, validationDir } from '@framelens/validation';
import { LANGUAGES } from '@framelens/text';
import type { RegisterCommand } from '../command.js';
import { UsageError } from '../io.js';
import { loadPipelineConfig } from '../pipeline-config.js';
import { pipelineFolder } from '../pipeline-folder.js';

export interface SampleCommandOptions {
  perFrame: number;
  negatives: number;
  seed: number;
  /** YYYY-MM-DD; default: today (UTC) */
  date?: string;
  force?: boolean;
}

const wholeNumber = (name: string, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new UsageError(`${name} takes a whole number from 0 to ${max} (got "${value}"), e.g. ${name} 20`);
  return n;
};

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new UsageError(`--date takes a date YYYY-MM-DD (got "${value}"), e.g. --date 2026-12-07`);
  return value;
}

/** Draw a sample for the pipeline in `dir` and write its files; returns their paths (relative to the repository root). */
export async function sampleCommand(dir: string, options: SampleCommandOptions): Promise<{ pipeline: string; folder: string; files: string[]; items: number; hits: number; negatives: number }> {
  const config = await loadPipelineConfig(dir);
  const analysis = await readAnalysis(config.outputDir, config.repoRoot);
  const corpus = await loadCorpus(config.corpusDir, { repoRoot: config.repoRoot });
  if (hasErrors(corpus.problems)) throw new InputError(corpus.problems.filter((p) => p.severity === 'error'));
  // split as analyze splits them: with the text rules of each article's language
  const texts = new Map(corpus.articles.map((a) => [a.id, new ArticleText(a.id, a.outlet, a.text, LANGUAGES.find((l) => l.code === a.language))]));
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const sample = drawSample({ pipeline: config.name, frames: analysis.frames, hits: analysis.hits, lexicon: analysis.lexicon, texts }, { perFrame: options.perFrame, negatives: options.negatives, seed: options.seed, date });
  const folder = validationDir(config.repoRoot, config.name);
  const files = sampleFiles(sample);
  const first = path.join(folder, [...files.keys()][0]!);
  if (!options.force && (await stat(first).then(() => true, () => false))) {
    throw new InputError([
      {
        file: displayPath(first, config.repoRoot),
        severity: 'error',
        ruleId: 'command/exists',
        message: 'a sample of this date exists already; coded files refer to its item ids, so it is not replaced',
        expected: 'another --date, or --force to replace it (coded files of the old sample no longer match)',
        example: `framelens sample ${config.name} --date ${date} --force`,
      },
    ]);
  }
  await mkdir(folder, { recursive: true });
  for (const [name, content] of files) await writeFile(path.join(folder, name), content);
  const hits = sample.items.filter((i) => i.kind === 'hit').length;
  return { pipeline: config.name, folder: displayPath(folder, config.repoRoot), files: [...files.keys()].map((n) => displayPath(path.join(folder, n), config.repoRoot)), items: sample.items.length, hits, negatives: sample.items.length - hits };
}

export const register: RegisterCommand = (program, { io }) => {
  program
    .command('sample')
    .description('draw a stratified sample of hits (and sentences without hits) for hand coding, with an offline coding page')
    .argument('[pipeline]', 'pipeline folder or name', '.')
    .option('--per-frame <n>', 'hits per frame, spread over outlets and voices', wholeNumber('--per-frame', 10_000), 30)
    .option('--negatives <n>', 'sentences without any frame hit, to estimate recall', wholeNumber('--negatives', 10_000), 20)
    .option('--seed <n>', 'random seed: the same seed, analysis and date give the same sample byte for byte', wholeNumber('--seed', 2 ** 31), 1)
    .option('--date <YYYY-MM-DD>', 'the sample date, in its file name and item ids (default: today, UTC)', parseDate)
    .option('--force', 'replace a sample of the same date')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nRun "framelens analyze" first: the sample is drawn from its hits. Writes validation/<pipeline>/sample-<date>.csv\n' +
        '(the coder\'s file: answer columns empty, no detector output), .html (the coding page), .key.csv (the detector\'s\n' +
        'answers, for "framelens agreement") and .json (what was sampled from).\n\nExample:\n  $ framelens sample kazakhstan-2022 --per-frame 5 --negatives 10 --seed 7',
    )
    .action(async (dir: string, opts: SampleCommandOptions & { quiet?: boolean; json?: boolean }) => {
      const result = await sampleCommand(await pipelineFolder(io.cwd, dir), opts);
      if (opts.json) io.stdout(JSON.stringify({ ok: true, ...result }, null, 2));
      else if (!opts.quiet) {
        io.stdout(`${result.pipeline}: sampled ${result.items} items (${result.hits} hits, ${result.negatives} sentences without a hit) into ${result.folder}/`);
        for (const f of result.files) io.stdout(`  ${f}`);
        io.stdout(`code them in a browser: open ${result.files.find((f) => f.endsWith('.html'))}, export the CSV, then run "framelens agreement ${result.pipeline} <coded.csv>…"`);
      }
    });
};
