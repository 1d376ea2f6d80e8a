import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { shellQuote } from '@framelens/diagnostics';
import { FileAccessError, fileAccessError } from './io-errors.js';
import { processAlive, readHolder } from './lock.js';

/**
 * A file's content: its text or bytes, or a function yielding its text in pieces (written as
 * they come, so a large report.json or CSV is never held whole in memory).
 */
export type FileContent = string | Uint8Array | (() => Iterable<string>);

/**
 * Write a report folder atomically: everything goes to a temporary sibling folder, which is
 * checked (every file there, at its full size) before anything old is touched, and then swapped
 * in with renames, so a run killed at any point leaves the previous report complete (at worst
 * under `<dir>.previous`, which the next run restores before anything else). An old report that
 * cannot be removed (a read-only folder) is left as it was. On failure the temporary folder is
 * removed and a full disk or a missing permission is a FileAccessError naming the path.
 * Callers hold the report folder's lock (withOutputLock).
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
  await step(parent, 'create', () => mkdir(parent, { recursive: true }));
  await restoreInterrupted(dir);
  try {
    await step(staging, 'write', () => rm(staging, { recursive: true, force: true }));
    await writeStaging(staging, dir, files, moveIn);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  try {
    await assertReplaceable(dir);
    await step(previous, 'remove', () => rm(previous, { recursive: true, force: true }));
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  let hadPrevious = true;
  try {
    await rename(dir, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw fileAccessError(error, dir, 'replace');
    }
    hadPrevious = false;
  }
  await step(dir, 'write', () => rename(staging, dir));
  if (hadPrevious) await step(previous, 'remove', () => rm(previous, { recursive: true, force: true }));
}

/** Write every file into the staging folder and check each is there at its full size. */
async function writeStaging(staging: string, dir: string, files: ReadonlyMap<string, FileContent>, moveIn: ReadonlyMap<string, string>): Promise<void> {
  // messages name the file as it will be called in the report folder, not in the staging folder
  const final = (file: string) => path.join(dir, path.relative(staging, file));
  const target = async (name: string) => {
    const p = path.join(staging, name);
    if (!p.startsWith(staging + path.sep)) throw new Error(`refusing to write outside the report folder: ${name}`);
    await step(final(path.dirname(p)), 'create', () => mkdir(path.dirname(p), { recursive: true }));
    return p;
  };
  const sizes = new Map<string, number>();
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = await target(name);
    if (typeof content === 'function') sizes.set(file, await step(final(file), 'write', () => writePieces(file, content())));
    else {
      await step(final(file), 'write', () => writeFile(file, content));
      sizes.set(file, typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength);
    }
  }
  for (const [name, from] of moveIn) {
    const file = await target(name);
    await step(final(file), 'write', () => rename(from, file));
  }
  for (const [file, size] of sizes) {
    const written = await step(final(file), 'read', () => stat(file));
    if (written.size !== size) throw new FileAccessError(`cannot write ${path.relative(process.cwd(), final(file))}: it has ${written.size} of its ${size} bytes (disk full?)`, final(file), 'ENOSPC');
  }
}

/**
 * Throw a FileAccessError, before anything is touched, when the old report folder (or a folder
 * in it) cannot be removed by this user: a read-only report is left as it is.
 */
async function assertReplaceable(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw fileAccessError(error, dir, 'read');
  });
  if (!entries) return;
  const folders = [path.dirname(dir), dir, ...entries.filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name))];
  for (const folder of folders) {
    try {
      await access(folder, constants.W_OK | constants.X_OK);
    } catch (error) {
      const shown = path.relative(process.cwd(), dir) || dir;
      const failure = fileAccessError(error, folder, 'replace the old report in');
      throw failure instanceof FileAccessError
        ? new FileAccessError(`${failure.message.replace(/; [^;]*$/, '')}; the old report ${shown} is left as it was and the new one was not written (make it writable with chmod -R u+w ${shellQuote(shown)}, or remove it)`, failure.file, failure.code)
        : failure;
    }
  }
}

/** Run an fs operation; an operating-system error becomes a FileAccessError naming `file`. */
async function step<T>(file: string, what: string, operation: () => Promise<T> | T): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw fileAccessError(error, file, what);
  }
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
  if (names.includes(`.${base}.previous`) && !names.includes(base)) await step(dir, 'restore the previous report to', () => rename(previous, dir));
  for (const name of names) {
    // temporary files of a run are named with its pid: removed only once that process is gone
    const owner = temporaryOwner(base, name);
    if (owner !== undefined && !processAlive(owner)) await rm(path.join(parent, name), { recursive: true, force: true });
    // the lock of a run that was killed (its holder on this machine is gone)
    if (name === `.${base}.lock`) {
      const holder = await readHolder(path.join(parent, name));
      if (holder && holder.host === os.hostname() && !processAlive(holder.pid)) await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

/** The pid in the name of a temporary file of the report folder `base` (staging folder, evidence, shingles, a lock being made). */
export function temporaryOwner(base: string, name: string): number | undefined {
  for (const kind of ['staging', 'evidence', 'shingles', 'lock']) {
    const prefix = `.${base}.${kind}-`;
    const pid = name.startsWith(prefix) ? /^(\d+)(?:\.csv|\.bin)?$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined) return Number(pid);
  }
  return undefined;
}

/** Write text pieces to a file as UTF-8, about a megabyte per write. */
function writePieces(file: string, pieces: Iterable<string>): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= 1 << 20) {
        bytes += writeAll(fd, Buffer.from(pending, 'utf8'));
        pending = '';
      }
    }
    if (pending !== '') bytes += writeAll(fd, Buffer.from(pending, 'utf8'));
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function writeAll(fd: number, bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  return bytes.length;
}
