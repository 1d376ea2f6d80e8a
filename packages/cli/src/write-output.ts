import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A file's content: its text or bytes, or a function yielding its text in pieces (written as
 * they come, so a large report.json or CSV is never held whole in memory).
 */
export type FileContent = string | Uint8Array | (() => Iterable<string>);

/**
 * Write a report folder atomically: everything goes to a temporary sibling folder which is
 * then swapped in with renames, so a run killed at any point leaves the previous report complete
 * (at worst under `<dir>.previous`, which the next run restores before anything else).
 */
export async function writeFolderAtomically(
  dir: string,
  files: ReadonlyMap<string, FileContent>,
  /** files already on disk (same file system) moved in under these names */
  moveIn: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const staging = path.join(parent, `.${base}.staging-${process.pid}`);
  const previous = path.join(parent, `.${base}.previous`);
  await mkdir(parent, { recursive: true });
  await restoreInterrupted(dir);
  await rm(staging, { recursive: true, force: true });
  const target = async (name: string) => {
    const p = path.join(staging, name);
    if (!p.startsWith(staging + path.sep)) throw new Error(`refusing to write outside the report folder: ${name}`);
    await mkdir(path.dirname(p), { recursive: true });
    return p;
  };
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (typeof content === 'function') writePieces(await target(name), content());
    else await writeFile(await target(name), content);
  }
  for (const [name, from] of moveIn) await rename(from, await target(name));
  await rm(previous, { recursive: true, force: true });
  let hadPrevious = true;
  try {
    await rename(dir, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  await rename(staging, dir);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

/** If a run died between its two renames, put the previous report back; drop stale staging folders. */
export async function restoreInterrupted(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const previous = path.join(parent, `.${base}.previous`);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  if (names.includes(`.${base}.previous`) && !names.includes(base)) await rename(previous, dir);
  for (const name of names) {
    const stale = name.startsWith(`.${base}.staging-`) || name.startsWith(`.${base}.evidence-`) || name.startsWith(`.${base}.shingles-`);
    // this run's own files (named with its pid) are in use
    if (stale && !new RegExp(`-${process.pid}(\\.csv|\\.bin)?$`).test(name)) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

/** Write text pieces to a file as UTF-8, about a megabyte per write. */
function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= 1 << 20) {
        writeAll(fd, Buffer.from(pending, 'utf8'));
        pending = '';
      }
    }
    if (pending !== '') writeAll(fd, Buffer.from(pending, 'utf8'));
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}
