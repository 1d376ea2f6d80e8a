import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, InputError, readArticle, scanCorpus, type Problem } from '@framelens/corpus';
import { parseLexicon } from '@framelens/lexicon';
import type { RegisterCommand } from '../command.js';
import type { Io } from '../io.js';
import { loadPipelineConfig } from '../pipeline-config.js';

export interface ValidateResult {
  ok: boolean;
  problems: Problem[];
  notices: string[];
  articles: number;
  outlets: number;
}

/** Check a pipeline's pipeline.yaml, lexicon and corpus; every problem, never only the first. */
export async function validatePipeline(dir: string): Promise<ValidateResult> {
  const problems: Problem[] = [];
  const notices: string[] = [];
  const result = (articles = 0, outlets = 0): ValidateResult => ({ ok: !problems.some((p) => p.severity === 'error'), problems, notices, articles, outlets });
  let config;
  try {
    config = await loadPipelineConfig(dir);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
    return result();
  }
  const root = config.repoRoot;
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');

  // lexicon: syntax, schema, duplicate terms, terms that never match, failing examples
  const lexiconText = await readFile(config.lexiconFile, 'utf8').catch(() => undefined);
  if (lexiconText === undefined) {
    problems.push({ file: rel(config.file), field: 'lexicon', severity: 'error', message: `lexicon file not found: ${rel(config.lexiconFile)}`, example: 'lexicon: lexicon.yaml' });
  } else {
    problems.push(...parseLexicon(lexiconText, rel(config.lexiconFile)).problems);
  }

  // corpus: every outlet and article
  const index = await scanCorpus(config.corpusDir, { repoRoot: root });
  problems.push(...index.problems);
  const outlets = new Map(index.outlets.map((o) => [o.id, o]));
  let articles = 0;
  for (const entry of index.entries) {
    const outlet = outlets.get(entry.outlet) ?? { id: entry.outlet, name: entry.outlet, language: 'de', attribution: { status: 'confirmed' as const } };
    const read = await readArticle(entry, outlet, { repoRoot: root });
    problems.push(...read.problems);
    notices.push(...read.notices);
    if (read.article) articles++;
  }
  return result(articles, index.outlets.length);
}

export const register: RegisterCommand = (program, { io, setExit }) => {
  program
    .command('validate')
    .description('check a pipeline: pipeline.yaml, its lexicon and its corpus; exit 1 when anything is wrong')
    .argument('[pipeline]', 'pipeline folder', '.')
    .option('--quiet', 'print only errors')
    .option('--json', 'print the problems as JSON')
    .addHelpText('after', '\nExample:\n  $ framelens validate pipelines/kazakhstan-2022\n  $ cd pipelines/kazakhstan-2022 && framelens validate --json')
    .action(async (dir: string, opts: { quiet?: boolean; json?: boolean }) => {
      const result = await validateCommand(path.resolve(io.cwd, dir), io, opts);
      if (!result.ok) setExit(1);
    });
};

/** Run validate and print its result; returns it (for tests and callers). */
export async function validateCommand(dir: string, io: Io, opts: { quiet?: boolean; json?: boolean } = {}): Promise<ValidateResult> {
  const result = await validatePipeline(dir);
  if (opts.json) {
    io.stdout(JSON.stringify(result, null, 2));
    return result;
  }
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  for (const p of errors) io.stderr(formatProblem(p));
  if (!opts.quiet) {
    for (const p of warnings) io.stderr(formatProblem(p));
    for (const n of result.notices) io.stderr(`notice: ${n}`);
  }
  const summary = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}; ${result.articles} article${result.articles === 1 ? '' : 's'} from ${result.outlets} outlet${result.outlets === 1 ? '' : 's'} read`;
  if (errors.length) io.stderr(`invalid: ${summary}`);
  else if (!opts.quiet) io.stdout(`valid: ${summary}`);
  return result;
}
