import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, InputError, type Problem } from '@framelens/diagnostics';
import {
  AGREEMENT_FILE, computeAgreement, loadSample, parseCodedFile, sameCoderProblems, sampleDates, sha256, validationDir, type AgreementSummary, type CodedFile,
} from '@framelens/validation';
import type { RegisterCommand } from '../command.js';
import type { Io } from '../io.js';
import { loadPipelineConfig } from '../pipeline-config.js';
import { pipelineFolder } from '../pipeline-folder.js';
import { formatAgreement } from './agreement-text.js';

/**
 * Check the coded files against the pipeline's sample (every problem, with line and column),
 * compute the agreement and write validation/<pipeline>/agreement.json for analyze.
 */
export async function agreementCommand(dir: string, codedPaths: readonly string[], cwd: string, options: { sample?: string; write?: boolean } = {}): Promise<AgreementSummary> {
  const config = await loadPipelineConfig(dir);
  const folder = validationDir(config.repoRoot, config.name);
  const shown = (p: string) => displayPath(p, config.repoRoot).split(path.sep).join('/');
  const dates = await sampleDates(folder);
  if (dates.length === 0) {
    throw new InputError([{ file: shown(folder), severity: 'error', ruleId: 'validation/no-sample', message: 'no sample here to check coded files against', expected: 'a sample drawn with "framelens sample"', example: `framelens sample ${config.name}` }]);
  }
  const texts: { file: string; text: string }[] = [];
  const problems: Problem[] = [];
  for (const p of codedPaths) {
    const abs = path.resolve(cwd, p);
    try {
      texts.push({ file: abs, text: await readFile(abs, 'utf8') });
    } catch {
      problems.push({ file: shown(abs), severity: 'error', ruleId: 'file/unreadable', message: 'coded file not found or not readable', expected: 'a CSV exported from the coding page, or the sample CSV with the answers filled in' });
    }
  }
  if (problems.length) throw new InputError(problems);
  // the sample whose item ids the files use (ids start with the sample date), unless --sample says
  const prefix = /^(?:[^\r\n]*\r?\n)(\d{4}-\d{2}-\d{2})\//.exec(texts[0]?.text ?? '')?.[1];
  const date = options.sample ?? (prefix && dates.includes(prefix) ? prefix : dates[dates.length - 1]!);
  if (!dates.includes(date)) throw new InputError([{ file: shown(folder), severity: 'error', ruleId: 'validation/no-sample', message: `no sample of ${date}`, expected: `one of ${dates.join(', ')}`, example: `--sample ${dates[dates.length - 1]}` }]);
  const sample = await loadSample(folder, date, config.repoRoot);
  const key = { pipeline: config.name, sampleFile: sample.sampleFile, items: new Map(sample.key.map((k) => [k.item, k.kind])) };
  const files: (CodedFile & { sha256: string })[] = [];
  for (const { file, text } of texts) {
    const { coded, problems: found } = parseCodedFile(text, shown(file), key);
    problems.push(...found);
    files.push({ ...coded, sha256: sha256(text) });
  }
  problems.push(...sameCoderProblems(files));
  if (problems.length) throw new InputError(problems);
  const summary = computeAgreement({ meta: sample.meta, sampleFile: shown(path.join(folder, sample.sampleFile)), key: sample.key, files, seed: config.bootstrapSeed, samples: config.bootstrapSamples });
  if (options.write !== false) await writeFile(path.join(folder, AGREEMENT_FILE), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}

export const register: RegisterCommand = (program, { io }) => {
  program
    .command('agreement')
    .description('precision, recall and voice accuracy from hand-coded samples, and agreement between coders')
    .argument('<pipeline>', 'pipeline folder or name')
    .argument('<coded...>', 'coded CSV files, one per coder (the coding page export, or the sample CSV filled in)')
    .option('--sample <YYYY-MM-DD>', 'the sample the files code (default: the one their item ids name)')
    .option('--no-write', 'do not write validation/<pipeline>/agreement.json (the report reads it)')
    .option('--json', 'print the result as JSON: frames, terms, recall, voice, alpha, falsePositiveTerms, files')
    .addHelpText('after', '\nExample:\n  $ framelens agreement kazakhstan-2022 validation/kazakhstan-2022/coded-anna.csv validation/kazakhstan-2022/coded-ben.csv')
    .action(async (dir: string, coded: string[], opts: { sample?: string; write: boolean; json?: boolean }) => {
      const summary = await agreementCommand(await pipelineFolder(io.cwd, dir), coded, io.cwd, opts);
      print(io, summary, opts.json === true);
    });
};

function print(io: Io, summary: AgreementSummary, json: boolean): void {
  if (json) io.stdout(JSON.stringify(summary, null, 2));
  else io.stdout(formatAgreement(summary));
}
