import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');

/**
 * A throw-away repository holding a copy of the kazakhstan-2022 corpus and pipeline,
 * so tests can add, break and analyse without touching the real one.
 */
export async function tempRepo(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-'));
  await writeFile(path.join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - pipelines/*\n');
  await cp(path.join(repoRoot, 'corpus', 'kazakhstan-2022'), path.join(dir, 'corpus', 'kazakhstan-2022'), { recursive: true });
  await cp(path.join(repoRoot, 'pipelines', 'kazakhstan-2022'), path.join(dir, 'pipelines', 'kazakhstan-2022'), {
    recursive: true,
    filter: (src) => !src.includes('node_modules'),
  });
  return dir;
}
