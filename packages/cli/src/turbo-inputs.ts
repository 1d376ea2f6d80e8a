import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, InputError, type Problem } from '@framelens/diagnostics';
import picomatch from 'picomatch';
import type { PipelineConfig } from './pipeline-config.js';

/**
 * turbo re-runs a pipeline's analysis only when one of the files its turbo.json lists under
 * `tasks.analyze.inputs` changes; otherwise it restores the previous report from its cache. When
 * pipeline.yaml names a corpus or lexicon that those inputs do not cover (e.g. after someone points
 * `lexicon:` at another file), every later edit of that corpus or lexicon would be answered with a
 * stale report. This check runs on every analysis (a run after pipeline.yaml changed is never a
 * cache hit) and stops it with the line to add.
 *
 * Returns the problems (empty when the inputs cover pipeline.yaml, the lexicon and every file of
 * the corpus folder, or when the pipeline has no turbo.json of its own).
 */
export async function turboInputProblems(config: PipelineConfig): Promise<Problem[]> {
  const file = path.join(config.dir, 'turbo.json');
  const shown = displayPath(file, config.repoRoot);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    return []; // not run through turbo's per-pipeline settings
  }
  let inputs: unknown;
  try {
    inputs = (JSON.parse(source) as { tasks?: { analyze?: { inputs?: unknown } } }).tasks?.analyze?.inputs;
  } catch {
    return []; // turbo itself reports a turbo.json it cannot read
  }
  const wanted = analyzeInputs(config);
  if (inputs === undefined) {
    return [
      {
        file: shown,
        field: 'tasks.analyze.inputs',
        severity: 'error',
        ruleId: 'pipeline/turbo-inputs',
        message: 'is missing, so turbo hashes only the files inside the pipeline folder and would reuse a stale report after the corpus changes',
        expected: 'a list of the files the analysis reads',
        example: `"inputs": ${JSON.stringify(wanted.map((w) => w.input))}`,
      },
    ];
  }
  const globs = Array.isArray(inputs) ? inputs.filter((x): x is string => typeof x === 'string') : [];
  // turbo's inputs are globs relative to the pipeline folder, or to the repository with $TURBO_ROOT$/; a leading ! excludes
  const matchers = globs.map((glob) => {
    const negated = glob.startsWith('!');
    const body = negated ? glob.slice(1) : glob;
    const absolute = body.startsWith('$TURBO_ROOT$/') ? path.join(config.repoRoot, body.slice('$TURBO_ROOT$/'.length)) : path.join(config.dir, body);
    return { negated, match: picomatch(absolute.split(path.sep).join('/'), { dot: true }) };
  });
  const covered = (target: string): boolean => {
    const t = target.split(path.sep).join('/');
    let hit = false;
    for (const m of matchers) if (m.match(t)) hit = !m.negated;
    return hit;
  };
  const missing = wanted.filter((w) => !covered(w.probe));
  if (missing.length === 0) return [];
  return [
    {
      file: shown,
      field: 'tasks.analyze.inputs',
      severity: 'error',
      ruleId: 'pipeline/turbo-inputs',
      message: `does not cover ${missing.map((m) => m.what).join(' and ')}, so turbo would not re-run the analysis when ${missing.length === 1 ? 'it changes' : 'they change'} and would show a stale report`,
      expected: `an input for ${missing.map((m) => m.input).join(' and ')} (pipeline.yaml names ${missing.map((m) => m.what).join(' and ')})`,
      example: `"inputs": ${JSON.stringify([...globs, ...missing.map((m) => m.input)])}`,
    },
  ];
}

/** Throws an InputError when the pipeline's turbo.json does not cover what pipeline.yaml reads. */
export async function checkTurboInputs(config: PipelineConfig): Promise<void> {
  const problems = await turboInputProblems(config);
  if (problems.length > 0) throw new InputError(problems);
}

/**
 * What the analysis of a pipeline reads (its pipeline.yaml, lexicon, corpus folder and validation/<name>), each as the
 * input its turbo.json lists (`new-pipeline` writes these) and a path that input must match.
 */
export function analyzeInputs(config: Pick<PipelineConfig, 'dir' | 'repoRoot' | 'file' | 'lexiconFile' | 'corpusDir'>): { what: string; input: string; probe: string }[] {
  const posix = (p: string) => p.split(path.sep).join('/');
  const fromRoot = (p: string) => posix(path.relative(config.repoRoot, p));
  const insidePipeline = !path.relative(config.dir, config.lexiconFile).startsWith('..');
  const validation = path.join(config.repoRoot, 'validation', path.basename(config.dir));
  return [
    { what: 'pipeline.yaml', input: 'pipeline.yaml', probe: config.file },
    {
      what: `the lexicon ${fromRoot(config.lexiconFile)}`,
      input: insidePipeline ? posix(path.relative(config.dir, config.lexiconFile)) : `$TURBO_ROOT$/${fromRoot(config.lexiconFile)}`,
      probe: config.lexiconFile,
    },
    // a file inside the corpus folder stands for all of them
    { what: `the corpus ${fromRoot(config.corpusDir)}`, input: `$TURBO_ROOT$/${fromRoot(config.corpusDir)}/**`, probe: path.join(config.corpusDir, 'any-outlet', 'any-article.md') },
    // the hand-coded sample's figures (framelens agreement) shown in the report's Validation section
    { what: `the validation folder ${fromRoot(validation)}`, input: `$TURBO_ROOT$/${fromRoot(validation)}/**`, probe: path.join(validation, 'agreement.json') },
  ];
}
