import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, type FieldHelp, findRepoRoot, InputError, isInside, lineOfPath, parseYaml, type Problem, shellQuote, zodProblems } from '@framelens/diagnostics';
import { z } from 'zod';
import { pipelineFolderProblem } from './pipeline-folder.js';
import { missingPathProblem } from './pipeline-paths.js';

export const pipelineConfigSchema = z
  .object({
    title: z.string().min(1).describe('report title'),
    description: z.string().optional().describe('one paragraph shown under the title'),
    corpus: z.string().min(1).describe('corpus folder, relative to the pipeline folder, e.g. ../../corpus/kazakhstan-2022'),
    lexicon: z.string().min(1).default('lexicon.yaml').describe('lexicon file, relative to the pipeline folder'),
    output: z.string().min(1).describe('report folder, relative to the pipeline folder, e.g. ../../reports/kazakhstan-2022'),
    syndication: z.enum(['keep', 'collapse']).default('keep').describe('keep: count shared wire copy in every outlet; collapse: count a shared passage once'),
    evidencePerCell: z.number().int().min(1).max(100_000).default(200).describe('evidence sentences per outlet × frame embedded in the HTML'),
    evidenceInHtml: z.number().int().min(100).max(1_000_000).default(5000).describe('evidence sentences embedded in the HTML in all (split evenly over the outlet × frame cells, at most evidencePerCell each); data/hits.parquet always has every hit'),
    workers: z.number().int().min(1).max(256).optional().describe('worker threads (default: one per core)'),
    bootstrapSamples: z.number().int().min(100).max(100_000).default(2000),
    bootstrapSeed: z.number().int().default(20220106),
    testCopiesInFindings: z.boolean().default(false).describe('true: outlets marked testCopy in outlet.yaml join the findings at a glance'),
  })
  .strict();

export type PipelineConfigFile = z.infer<typeof pipelineConfigSchema>;

export interface PipelineConfig extends PipelineConfigFile {
  /** folder name of the pipeline: a slug */
  name: string;
  dir: string;
  repoRoot: string;
  file: string;
  corpusDir: string;
  lexiconFile: string;
  outputDir: string;
}

const EXAMPLE = `title: "Kazakhstan, January 2022"
corpus: ../../corpus/kazakhstan-2022
lexicon: lexicon.yaml
output: ../../reports/kazakhstan-2022`;

/** What each field expects, for messages about a bad or misspelt field. */
const FIELD_HELP: Record<string, FieldHelp> = {
  title: { expected: 'the report title (text)', example: 'title: "Kazakhstan, January 2022"' },
  description: { expected: 'one paragraph of text', example: 'description: "Five German-language outlets, 5-7 January 2022."' },
  corpus: { expected: 'the corpus folder, relative to the pipeline folder', example: 'corpus: ../../corpus/kazakhstan-2022' },
  lexicon: { expected: 'the lexicon file, relative to the pipeline folder', example: 'lexicon: lexicon.yaml' },
  output: { expected: "a folder inside the repository's reports/ folder", example: 'output: ../../reports/kazakhstan-2022' },
  syndication: { expected: 'keep or collapse', example: 'syndication: keep' },
  evidencePerCell: { expected: 'a whole number from 1 to 100000', example: 'evidencePerCell: 200' },
  evidenceInHtml: { expected: 'a whole number from 100 to 1000000', example: 'evidenceInHtml: 5000' },
  workers: { expected: 'a whole number from 1 to 256', example: 'workers: 2' },
  bootstrapSamples: { expected: 'a whole number from 100 to 100000', example: 'bootstrapSamples: 2000' },
  bootstrapSeed: { expected: 'a whole number', example: 'bootstrapSeed: 20220106' },
  testCopiesInFindings: { expected: 'true or false', example: 'testCopiesInFindings: true' },
};

/** The problem for a pipeline whose lexicon file does not exist (analyze and validate). */
export function lexiconNotFound(config: Pick<PipelineConfig, 'file' | 'lexiconFile' | 'repoRoot'>): Problem {
  const rel = (p: string) => path.relative(config.repoRoot, p).split(path.sep).join('/');
  return { file: rel(config.file), field: 'lexicon', severity: 'error', ruleId: 'lexicon/not-found', message: `lexicon file not found: ${rel(config.lexiconFile)}`, example: 'lexicon: lexicon.yaml' };
}

/** Read and validate `<dir>/pipeline.yaml`; throws InputError listing every problem. */
export async function loadPipelineConfig(dir: string, repoRoot?: string): Promise<PipelineConfig> {
  const file = path.join(path.resolve(dir), 'pipeline.yaml');
  const root = repoRoot ?? (await findRepoRoot(path.dirname(file))) ?? path.dirname(file);
  // paths in messages are relative to the repository root, wherever the command runs
  const shown = displayPath(file, root);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    // a folder that does not exist (a typo): name it, with the closest pipeline
    const missing = (await stat(path.dirname(file)).catch(() => undefined)) === undefined;
    const typo = missing ? await pipelineFolderProblem(path.dirname(file), root, 'analyze') : undefined;
    if (typo) throw new InputError([typo]);
    throw new InputError([
      {
        file: shown,
        severity: 'error',
        ruleId: 'pipeline/not-found',
        message: 'no pipeline.yaml here: run "framelens analyze" inside a pipeline folder, or pass the folder',
        expected: 'a pipeline.yaml with title, corpus, lexicon and output',
        example: EXAMPLE,
      },
    ]);
  }
  const { doc, lines, value, problems } = parseYaml(source, shown, 0, EXAMPLE);
  if (problems.length) throw new InputError(problems);
  const parsed = pipelineConfigSchema.safeParse(value ?? {});
  if (!parsed.success) {
    const known = { '': Object.keys(pipelineConfigSchema.shape) };
    throw new InputError(zodProblems(parsed.error, { file: shown, doc, lines, lineOffset: 0, help: FIELD_HELP, known, value }));
  }
  const config = parsed.data;
  const base = path.dirname(file);
  const resolved = {
    corpusDir: path.resolve(base, config.corpus),
    lexiconFile: path.resolve(base, config.lexicon),
    outputDir: path.resolve(base, config.output),
  };
  const where = (key: string) => lineOfPath(doc, lines, [key]);
  const realRoot = await realTarget(root);
  for (const [key, target] of [
    ['corpus', resolved.corpusDir],
    ['lexicon', resolved.lexiconFile],
  ] as const) {
    const real = await realTarget(target);
    if (!isInside(root, target)) {
      const line = where(key);
      problems.push({
        file: shown,
        ...(line !== undefined ? { line } : {}),
        field: key,
        severity: 'error',
        ruleId: 'pipeline/path',
        message: `points outside the repository (${displayPath(target, root)})`,
        expected: `a path inside ${root}`,
        example: key === 'corpus' ? 'corpus: ../../corpus/kazakhstan-2022' : 'lexicon: lexicon.yaml',
      });
    } else if (!isInside(realRoot, real)) {
      // inside by name, outside through a symbolic link: not followed
      const line = where(key);
      problems.push({
        file: shown,
        ...(line !== undefined ? { line } : {}),
        field: key,
        severity: 'error',
        ruleId: 'pipeline/path',
        message: `leads outside the repository through a symbolic link (${displayPath(target, root)} is ${real})`,
        expected: 'a real folder or file inside the repository, not a link to one elsewhere',
        example: `copy it into the repository instead: rm ${shellQuote(displayPath(target, root))} && cp -r ${shellQuote(real)} ${shellQuote(displayPath(target, root))}`,
      });
    } else {
      // a misspelt or missing folder or file: said here, with the closest existing one, before anything else reads it
      const line = where(key);
      const missing = await missingPathProblem({ key, target, ...(line !== undefined ? { line } : {}) }, { file: shown, pipelineDir: base, repoRoot: root });
      if (missing) problems.push(missing);
    }
  }
  const realReports = await realTarget(path.join(root, 'reports'));
  const outputEscapes = !isInside(path.join(realRoot, 'reports'), realReports) || !isInside(realReports, await realTarget(resolved.outputDir));
  if (!isInside(path.join(root, 'reports'), resolved.outputDir) || resolved.outputDir === path.join(root, 'reports') || outputEscapes) {
    const line = where('output');
    problems.push({
      file: shown,
      ...(line !== undefined ? { line } : {}),
      field: 'output',
      severity: 'error',
      ruleId: 'pipeline/path',
      message: `must be a folder inside the repository's reports/ folder (got ${displayPath(resolved.outputDir, root)})`,
      expected: "a folder inside the repository's reports/ folder, relative to the pipeline folder (it need not exist yet)",
      example: `output: ../../reports/${path.basename(base)}`,
    });
  }
  const name = path.basename(base);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    problems.push({
      file: shown,
      severity: 'error',
      ruleId: 'pipeline/unsafe-name',
      message: `the pipeline folder name "${name}" is not a slug`,
      expected: 'lower-case letters, digits and hyphens',
      example: 'pipelines/kazakhstan-2022',
    });
  }
  if (problems.length) throw new InputError(problems);
  return { ...config, ...resolved, name, dir: base, repoRoot: root, file };
}

/** The real path of `target`, or of its closest existing ancestor joined with the rest (symbolic links resolved). */
async function realTarget(target: string): Promise<string> {
  const rest: string[] = [];
  let dir = path.resolve(target);
  for (;;) {
    try {
      return path.join(await realpath(dir), ...rest);
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return path.resolve(target);
      rest.unshift(path.basename(dir));
      dir = parent;
    }
  }
}
