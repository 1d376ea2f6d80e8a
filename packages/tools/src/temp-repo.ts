import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this package sits in (the folder holding pnpm-workspace.yaml). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The seed articles and treebanks shared by every worktree (`../shared/seeds`). */
export const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
/** The corpus package's sample files: malformed articles and import inputs. */
export const corpusFixtures = path.join(repoRoot, 'packages', 'corpus', 'src', '__fixtures__');

export interface TempRepoOptions {
  /** also copy pipelines/<event> (pipeline.yaml, lexicon.yaml, package.json, turbo.json; never node_modules) */
  pipeline?: boolean;
  /** the corpus and pipeline to copy; default kazakhstan-2022 */
  event?: string;
}

/**
 * A throw-away repository (a pnpm-workspace.yaml listing packages/* and pipelines/*) holding a copy
 * of the seed corpus and, with `pipeline: true`, its pipeline folder, so tests can add, break and
 * analyse without touching the real one. The caller removes it.
 */
export async function tempRepo(opts: TempRepoOptions = {}): Promise<string> {
  const event = opts.event ?? 'kazakhstan-2022';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-repo-'));
  await writeFile(path.join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n  - pipelines/*\n');
  await cp(path.join(repoRoot, 'corpus', event), path.join(dir, 'corpus', event), { recursive: true });
  if (opts.pipeline) {
    await cp(path.join(repoRoot, 'pipelines', event), path.join(dir, 'pipelines', event), {
      recursive: true,
      filter: (src) => path.basename(src) !== 'node_modules',
    });
  }
  return dir;
}
