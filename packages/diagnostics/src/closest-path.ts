import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { closestField } from './yaml-problems.js';

/**
 * "Did you mean" for a path that does not exist: walks from `root` down the path's parts and
 * replaces each missing part by the closest existing name in its folder (a typo of one or two
 * letters: `corpus/kazakstan-2022` → `corpus/kazakhstan-2022`, `lexicn.yaml` → `lexicon.yaml`).
 * Returns the absolute path of an existing folder (`kind: 'folder'`) or file (`kind: 'file'`) that
 * differs from `target`, or undefined when some part has no close name or `target` is outside `root`.
 *
 * @example
 * await closestPath('/repo', '/repo/corpus/kazakstan-2022', 'folder') // '/repo/corpus/kazakhstan-2022'
 */
export async function closestPath(root: string, target: string, kind: 'folder' | 'file'): Promise<string | undefined> {
  const rel = path.relative(root, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  let dir = root;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    // a folder on the way, or the wanted kind at the end
    const names = entries.filter((e) => (last && kind === 'file' ? e.isFile() : e.isDirectory()) && !e.name.startsWith('.')).map((e) => e.name);
    const name = names.includes(part) ? part : closestField(part, names);
    if (name === undefined) return undefined;
    dir = path.join(dir, name);
  }
  return dir === path.resolve(target) ? undefined : dir;
}

/** The names in the closest existing folder at or above `target` (sorted; folders or files), for an "expected" line. */
export async function existingNear(target: string, kind: 'folder' | 'file', keep: (name: string) => boolean = () => true, limit = 6): Promise<{ dir: string; names: string[] } | undefined> {
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
    if (isDir) {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      const names = entries.filter((e) => (kind === 'file' ? e.isFile() : e.isDirectory()) && !e.name.startsWith('.') && keep(e.name)).map((e) => e.name).sort();
      return { dir, names: names.slice(0, limit) };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
