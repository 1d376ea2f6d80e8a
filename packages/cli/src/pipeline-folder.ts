import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { findRepoRoot } from '@framelens/corpus';
import { closestField, displayPath, type Problem } from '@framelens/diagnostics';

const isFile = (p: string) => stat(p).then((s) => s.isFile(), () => false);
const isFolder = (p: string) => stat(p).then((s) => s.isDirectory(), () => false);

/**
 * The folder a pipeline argument names: a folder with pipeline.yaml, or else the name of one
 * under the repository's pipelines/ ("kazakhstan-2022" for pipelines/kazakhstan-2022).
 */
export async function pipelineFolder(cwd: string, arg: string): Promise<string> {
  const direct = path.resolve(cwd, arg);
  if (await isFile(path.join(direct, 'pipeline.yaml'))) return direct;
  const root = await findRepoRoot(cwd);
  if (root && /^[a-z0-9-]+$/.test(arg) && (await isFile(path.join(root, 'pipelines', arg, 'pipeline.yaml')))) return path.join(root, 'pipelines', arg);
  return direct;
}

/** The folders under `<root>/pipelines/` that hold a pipeline.yaml, sorted by name. */
export async function pipelineFolders(root: string): Promise<string[]> {
  const entries = await readdir(path.join(root, 'pipelines'), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const candidate = path.join(root, 'pipelines', entry.name);
    if (await isFile(path.join(candidate, 'pipeline.yaml'))) found.push(candidate);
  }
  return found;
}

/**
 * The problem for a pipeline folder given on the command line that holds no pipeline.yaml: a
 * folder that does not exist (a typo: "did you mean" the closest pipeline's name), or one that
 * exists but is not a pipeline (a corpus folder, say). Undefined when `dir` holds pipeline.yaml.
 *
 * @example
 * // framelens validate pipelines/kazakstan-2022 →
 * // error pipelines/kazakstan-2022 folder not found; did you mean "pipelines/kazakhstan-2022"?
 */
export async function pipelineFolderProblem(dir: string, root: string, command: 'analyze' | 'validate'): Promise<Problem | undefined> {
  const abs = path.resolve(dir);
  if (await isFile(path.join(abs, 'pipeline.yaml'))) return undefined;
  const pipelines = await pipelineFolders(root);
  const names = pipelines.map((p) => displayPath(p, root));
  const shown = displayPath(abs, root);
  const guess = closestField(shown, names) ?? closestField(path.basename(abs), pipelines.map((p) => path.basename(p)));
  const guessShown = guess === undefined ? undefined : names.find((n) => n === guess || path.basename(n) === guess);
  const exists = await isFolder(abs);
  const message = exists
    ? `the folder "${shown}" holds no pipeline.yaml, so it is not a pipeline${guessShown ? `; did you mean "${guessShown}"?` : ''}`
    : `folder "${shown}" not found${guessShown ? `; did you mean "${guessShown}"?` : ''}`;
  return {
    file: exists ? displayPath(path.join(abs, 'pipeline.yaml'), root) : shown,
    severity: 'error',
    ruleId: 'pipeline/not-found',
    message,
    expected: names.length > 0 ? `a pipeline folder: ${names.map((n) => `"${n}"`).join(', ')}` : 'a pipeline folder (one with a pipeline.yaml)',
    example: `framelens ${command} ${guessShown ?? names[0] ?? 'pipelines/<name>'}${names.length === 0 ? '   (framelens new-pipeline <name> --corpus <event> creates one)' : ''}`,
  };
}
