import { stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, type Problem } from '@framelens/diagnostics';

const exists = (p: string) => stat(p).then(() => true, () => false);

/**
 * A pipeline whose package the workspace has not linked yet: the repository is installed
 * (node_modules at its root) but the pipeline folder has no node_modules/.bin/framelens, so
 * `pnpm analyze` would stop with "sh: 1: framelens: not found". The usual cause: `pnpm install`
 * not run after `framelens new-pipeline`. Undefined when the pipeline is installed, has no
 * package.json (turbo does not run it), or nothing in the repository is installed yet.
 */
export async function notInstalledProblem(pipelineDir: string, repoRoot: string): Promise<Problem | undefined> {
  if (!(await exists(path.join(pipelineDir, 'package.json')))) return undefined;
  if (!(await exists(path.join(repoRoot, 'node_modules')))) return undefined;
  if (await exists(path.join(pipelineDir, 'node_modules', '.bin', 'framelens'))) return undefined;
  return {
    file: displayPath(path.join(pipelineDir, 'package.json'), repoRoot),
    severity: 'warning',
    ruleId: 'pipeline/not-installed',
    message: 'the pipeline\'s package is not installed yet, so "pnpm analyze" would stop with "framelens: not found"',
    expected: '"pnpm install" at the repository root after "framelens new-pipeline": it links the framelens command into the pipeline',
    example: 'pnpm install && pnpm analyze',
  };
}
