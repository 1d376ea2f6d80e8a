import fs from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/** Who holds a lock: written into the lock folder as holder.json when it is taken. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time */
  started: string;
}

/** Another live process holds the lock (exit code 5). */
export class BusyError extends Error {
  constructor(
    message: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(message);
    this.name = 'BusyError';
  }
}

export interface LockOptions {
  /** what the holder does, for messages: "writing reports/x" */
  doing: string;
  /** wait for the holder to finish instead of throwing BusyError */
  wait?: boolean;
  /** called once when this process starts waiting */
  onWait?: (holder: LockHolder | undefined) => void;
  /** how often a waiting process looks again (ms) */
  pollMs?: number;
}

/** A lock folder whose mtime is older than this (holder on another host, or hung) is taken over. */
const STALE_MS = 60_000;
const HOLDER = 'holder.json';

/** "pid 1234, started 2026-12-07 16:04:10 UTC" */
export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'a run that is just starting';
  const started = holder.started.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  return `pid ${holder.pid}${holder.host !== os.hostname() ? ` on ${holder.host}` : ''}, started ${started}`;
}

/** Whether a process of this machine is running (EPERM: it runs under another user). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * proper-lockfile's file system, with the lock folder holding holder.json from the moment it
 * exists (written before the library probes the folder's mtime, so the mtime stays the library's)
 * and removed with its content (also by the library's handler on exit and on signals).
 */
function holderFs(holder: LockHolder): unknown {
  return {
    ...fs,
    // the folder is made under a name of its own (`<lock>-<pid>`), holder.json written into it, and
    // then renamed into place: a run killed at any moment leaves no lock folder without its holder
    // (which no one could tell from a live one for a while), at most its own temporary folder
    mkdir: (dir: string, callback: (error: NodeJS.ErrnoException | null) => void) => {
      const temporary = `${dir}-${process.pid}`;
      const fail = (error: NodeJS.ErrnoException) => fs.rm(temporary, { recursive: true, force: true }, () => callback(error));
      fs.rm(temporary, { recursive: true, force: true }, () =>
        fs.mkdir(temporary, (error) => {
          if (error) return callback(error);
          fs.writeFile(path.join(temporary, HOLDER), JSON.stringify(holder), (writeError) => {
            if (writeError) return fail(writeError);
            fs.rename(temporary, dir, (renameError) => {
              if (!renameError) return callback(null);
              // a lock folder is there already (never empty: it holds its holder.json): taken
              const taken = renameError.code === 'ENOTEMPTY' || renameError.code === 'EEXIST' || renameError.code === 'EISDIR';
              fail(taken ? Object.assign(new Error(`EEXIST: ${dir} exists`), { code: 'EEXIST' }) : renameError);
            });
          });
        }),
      );
    },
    rmdir: (dir: string, callback: (error: NodeJS.ErrnoException | null) => void) => fs.rm(dir, { recursive: true, force: true }, callback),
    rmdirSync: (dir: string) => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export async function readHolder(lockDir: string): Promise<LockHolder | undefined> {
  try {
    const value = JSON.parse(await readFile(path.join(lockDir, HOLDER), 'utf8')) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.started === 'string' ? (value as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Take the lock folder `lockDir` (created atomically with mkdir by proper-lockfile, holding the
 * holder's pid, host and start time). A lock whose holder on this machine is dead, or whose
 * mtime has not been refreshed for a minute, is taken over. Resolves to the release function; the
 * lock is also released on exit and on signals. Throws BusyError while a live process holds it,
 * unless `wait`.
 */
export async function takeLock(lockDir: string, options: LockOptions): Promise<() => Promise<void>> {
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  let compromised: Error | undefined;
  let waiting = false;
  await removeDeadTemporaries(lockDir);
  for (;;) {
    try {
      const release = await lockfile.lock(lockDir, {
        lockfilePath: lockDir,
        realpath: false,
        stale: STALE_MS,
        fs: holderFs(holder),
        onCompromised: (error) => void (compromised = error),
      });
      return async () => {
        await release().catch(() => undefined);
        if (compromised) throw new BusyError(`another run took over the lock of ${options.doing.replace(/^\w+ /, '')} while this one ran (${compromised.message})`, undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    const other = await readHolder(lockDir);
    if (other && other.host === os.hostname() && !processAlive(other.pid)) {
      // its holder died (kill -9, power loss): proper-lockfile's exit handler could not run
      if ((await readHolder(lockDir))?.pid === other.pid) await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!other && (await ageMs(lockDir)) > 10_000) {
      // a folder without holder.json for this long: its holder died between mkdir and write
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!options.wait) throw new BusyError(`another run (${describeHolder(other)}) is ${options.doing}`, other);
    if (!waiting) options.onWait?.(other);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}

/** The `<lock>-<pid>` folders (see holderFs) of processes on this machine that are gone. */
async function removeDeadTemporaries(lockDir: string): Promise<void> {
  const prefix = `${path.basename(lockDir)}-`;
  const names = await readdir(path.dirname(lockDir)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^\d+$/.exec(name.slice(prefix.length))?.[0] : undefined;
    if (pid !== undefined && !processAlive(Number(pid))) await rm(path.join(path.dirname(lockDir), name), { recursive: true, force: true });
  }
}

async function ageMs(file: string): Promise<number> {
  try {
    return Date.now() - (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

/** Run `work` holding the lock folder `lockDir`; released when it ends, however it ends. */
export async function withLock<T>(lockDir: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const release = await takeLock(lockDir, options);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await release().catch(() => undefined);
    throw error;
  }
  await release();
  return result;
}
