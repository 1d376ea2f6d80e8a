import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Problem } from '@framelens/corpus';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { z } from 'zod';

export const pipelineConfigSchema = z
  .object({
    title: z.string().min(1).describe('report title'),
    description: z.string().optional().describe('one paragraph shown under the title'),
    corpus: z.string().min(1).describe('corpus folder, relative to the pipeline folder, e.g. ../../corpus/kazakhstan-2022'),
    lexicon: z.string().min(1).default('lexicon.yaml').describe('lexicon file, relative to the pipeline folder'),
    output: z.string().min(1).describe('report folder, relative to the pipeline folder, e.g. ../../reports/kazakhstan-2022'),
    syndication: z.enum(['keep', 'collapse']).default('keep').describe('keep: count shared wire copy in every outlet; collapse: count a shared passage once'),
    evidencePerCell: z.number().int().min(1).max(100_000).default(200).describe('evidence sentences per outlet × frame embedded in the HTML'),
    workers: z.number().int().min(1).max(256).optional().describe('worker threads (default: one per core)'),
    bootstrapSamples: z.number().int().min(100).max(100_000).default(2000),
    bootstrapSeed: z.number().int().default(20220106),
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

/** Line (1-based) of the YAML node at `p`, or of the closest parent that exists. */
function lineOf(doc: Document, lines: LineCounter, p: readonly PropertyKey[]): number | undefined {
  for (let n = p.length; n >= 0; n--) {
    const node = doc.getIn(p.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Find the repository root: the closest folder upwards holding pnpm-workspace.yaml. */
export async function repoRootOf(start: string): Promise<string> {
  let dir = path.resolve(start);
  for (;;) {
    try {
      await readFile(path.join(dir, 'pnpm-workspace.yaml'));
      return dir;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return path.resolve(start);
      dir = parent;
    }
  }
}

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Read and validate `<dir>/pipeline.yaml`; throws InputError listing every problem. */
export async function loadPipelineConfig(dir: string, repoRoot?: string): Promise<PipelineConfig> {
  const root = repoRoot ?? (await repoRootOf(dir));
  const file = path.join(path.resolve(dir), 'pipeline.yaml');
  const shown = path.relative(process.cwd(), file) || file;
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    throw new InputError([
      {
        file: shown,
        severity: 'error',
        message: 'no pipeline.yaml here: run "framelens analyze" inside a pipeline folder, or pass the folder',
        expected: 'a pipeline.yaml with title, corpus, lexicon and output',
        example: EXAMPLE,
      },
    ]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    problems.push({
      file: shown,
      ...(pos ? { line: pos.line, column: pos.col } : {}),
      severity: 'error',
      message: `YAML syntax error: ${error.message.split('\n')[0]}`,
      example: EXAMPLE,
    });
  }
  if (problems.length) throw new InputError(problems);
  const parsed = pipelineConfigSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const line = lineOf(doc, lines, issue.path);
      const field = issue.path.join('.') || undefined;
      problems.push({
        file: shown,
        ...(line !== undefined ? { line } : {}),
        ...(field ? { field } : {}),
        severity: 'error',
        message: issue.message,
        example: EXAMPLE,
      });
    }
    throw new InputError(problems);
  }
  const config = parsed.data;
  const base = path.dirname(file);
  const resolved = {
    corpusDir: path.resolve(base, config.corpus),
    lexiconFile: path.resolve(base, config.lexicon),
    outputDir: path.resolve(base, config.output),
  };
  const where = (key: string) => lineOf(doc, lines, [key]);
  for (const [key, target] of [
    ['corpus', resolved.corpusDir],
    ['lexicon', resolved.lexiconFile],
  ] as const) {
    if (!inside(root, target)) {
      const line = where(key);
      problems.push({
        file: shown,
        ...(line !== undefined ? { line } : {}),
        field: key,
        severity: 'error',
        message: `points outside the repository (${target})`,
        expected: `a path inside ${root}`,
        example: key === 'corpus' ? 'corpus: ../../corpus/kazakhstan-2022' : 'lexicon: lexicon.yaml',
      });
    }
  }
  if (!inside(path.join(root, 'reports'), resolved.outputDir) || resolved.outputDir === path.join(root, 'reports')) {
    const line = where('output');
    problems.push({
      file: shown,
      ...(line !== undefined ? { line } : {}),
      field: 'output',
      severity: 'error',
      message: `must be a folder inside the repository's reports/ folder (got ${resolved.outputDir})`,
      example: `output: ../../reports/${path.basename(base)}`,
    });
  }
  const name = path.basename(base);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    problems.push({
      file: shown,
      severity: 'error',
      message: `the pipeline folder name "${name}" is not a slug`,
      expected: 'lower-case letters, digits and hyphens',
      example: 'pipelines/kazakhstan-2022',
    });
  }
  if (problems.length) throw new InputError(problems);
  return { ...config, ...resolved, name, dir: base, repoRoot: root, file };
}
