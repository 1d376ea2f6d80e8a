import { stat } from 'node:fs/promises';
import path from 'node:path';
import { findRepoRoot } from '@framelens/corpus';

/**
 * The folder a pipeline argument names: a folder with pipeline.yaml, or else the name of one
 * under the repository's pipelines/ ("kazakhstan-2022" for pipelines/kazakhstan-2022).
 */
export async function pipelineFolder(cwd: string, arg: string): Promise<string> {
  const direct = path.resolve(cwd, arg);
  const isFile = (p: string) => stat(p).then((s) => s.isFile(), () => false);
  if (await isFile(path.join(direct, 'pipeline.yaml'))) return direct;
  const root = await findRepoRoot(cwd);
  if (root && /^[a-z0-9-]+$/.test(arg) && (await isFile(path.join(root, 'pipelines', arg, 'pipeline.yaml')))) return path.join(root, 'pipelines', arg);
  return direct;
}
