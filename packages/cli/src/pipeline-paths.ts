import { stat } from 'node:fs/promises';
import path from 'node:path';
import { closestPath, displayPath, existingNear, type Problem } from '@framelens/diagnostics';

/** What a path field of pipeline.yaml must name. */
const WANTED = {
  corpus: { kind: 'folder', ruleId: 'corpus/not-found', expected: 'an existing corpus folder (one folder per outlet), relative to the pipeline folder' },
  lexicon: { kind: 'file', ruleId: 'lexicon/not-found', expected: 'an existing lexicon file, relative to the pipeline folder' },
} as const;

export interface PathField {
  key: keyof typeof WANTED;
  /** the resolved path pipeline.yaml names */
  target: string;
  /** the line of the field in pipeline.yaml */
  line?: number;
}

/**
 * The problem for a corpus or lexicon path in pipeline.yaml that does not exist, or is a file where
 * a folder belongs (or the reverse): names the file, the field and line, the path as the user would
 * type it from the repository root, the closest existing path ("did you mean") and the corrected line.
 *
 * @example
 * // corpus: ../../corpus/kazakstan-2022 →
 * // error pipelines/k/pipeline.yaml:7:1 corpus: folder "corpus/kazakstan-2022" not found; did you mean "corpus/kazakhstan-2022"?
 * //     example:  corpus: ../../corpus/kazakhstan-2022
 */
export async function missingPathProblem(field: PathField, where: { file: string; pipelineDir: string; repoRoot: string }): Promise<Problem | undefined> {
  const wanted = WANTED[field.key];
  const shown = displayPath(field.target, where.repoRoot);
  const info = await stat(field.target).catch(() => undefined);
  const isFolder = info?.isDirectory();
  if (info && isFolder === (wanted.kind === 'folder')) return undefined;
  const relToPipeline = (p: string) => path.relative(where.pipelineDir, p).split(path.sep).join('/');
  const base = { file: where.file, ...(field.line !== undefined ? { line: field.line } : {}), field: field.key, severity: 'error' as const, ruleId: wanted.ruleId };
  if (info) {
    return {
      ...base,
      message: `"${shown}" is a ${isFolder ? 'folder' : 'file'}, not a ${wanted.kind}`,
      expected: wanted.expected,
      example: field.key === 'corpus' ? `corpus: ${relToPipeline(path.dirname(field.target))}` : 'lexicon: lexicon.yaml',
    };
  }
  const guess = await closestPath(where.repoRoot, field.target, wanted.kind);
  if (guess) {
    const guessShown = displayPath(guess, where.repoRoot);
    return { ...base, message: `${wanted.kind} "${shown}" not found; did you mean "${guessShown}"?`, expected: wanted.expected, example: `${field.key}: ${relToPipeline(guess)}` };
  }
  // no close name: say what is there instead
  const near = await existingNear(field.target, wanted.kind, field.key === 'lexicon' ? (n) => /\.ya?ml$/.test(n) && n !== 'pipeline.yaml' : undefined);
  const folder = near && (near.dir === where.repoRoot ? 'the repository root' : `${displayPath(near.dir, where.repoRoot)}/`);
  const listed = near && near.names.length > 0 ? `; ${folder} holds ${near.names.map((n) => `"${n}"`).join(', ')}` : '';
  const example =
    // a name from the listing when it is in the field's own folder, not a top-level folder of the repository
    near && near.names.length > 0 && near.dir !== where.repoRoot
      ? `${field.key}: ${relToPipeline(path.join(near.dir, near.names[0]!))}`
      : field.key === 'corpus'
        ? 'corpus: ../../corpus/<event>   (framelens add-outlet <event> <outlet> --name "…" creates corpus/<event>/<outlet>)'
        : 'lexicon: lexicon.yaml';
  return { ...base, message: `${wanted.kind} "${shown}" not found${listed}`, expected: wanted.expected, example };
}
