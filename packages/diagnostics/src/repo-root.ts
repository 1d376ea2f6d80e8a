import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The repository root: the closest folder at or above `cwd` that holds pnpm-workspace.yaml.
 * Returns undefined when there is none (the caller says what to do).
 */
export async function findRepoRoot(cwd: string): Promise<string | undefined> {
  let dir = path.resolve(cwd);
  for (;;) {
    try {
      if ((await stat(path.join(dir, 'pnpm-workspace.yaml'))).isFile()) return dir;
    } catch {
      // not here: go up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `child` is `parent` or inside it (both absolute, resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A path as the user would type it: relative to `base` with forward slashes when inside it. */
export function displayPath(file: string, base: string = process.cwd()): string {
  const abs = path.resolve(file);
  const rel = path.relative(base, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}
