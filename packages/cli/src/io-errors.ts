import path from 'node:path';

/** The causes an I/O error can have, in the words of the messages. */
const CAUSES: Record<string, string> = {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'is a file, not a folder',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error (a failing disk or a network drive that went away)',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  EFBIG: 'file too large for this file system',
};

const HINTS: Record<string, string> = {
  ENOSPC: 'free some space (df -h shows how much is left) and run again',
  EDQUOT: 'free some space within your quota and run again',
  EACCES: 'check who may write there (ls -ld on the path) and run again',
  EPERM: 'check who may write there (ls -ld on the path) and run again',
  EROFS: 'write to a file system that is mounted read-write',
};

/**
 * Reading or writing a file failed for a reason outside framelens: a full disk, a missing
 * permission, a file where a folder belongs. Exit code 4; the message names the path and the cause.
 */
export class FileAccessError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'FileAccessError';
  }
}

/** Whether `error` is an operating system error about a file (ENOSPC, EACCES …). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).code! in CAUSES;
}

/** The C library's words for a cause, as DuckDB and other native code put them in a message. */
const STRERROR: [RegExp, string][] = [
  [/No space left on device/, 'ENOSPC'],
  [/Disk quota exceeded/, 'EDQUOT'],
  [/Permission denied/, 'EACCES'],
  [/Read-only file system/, 'EROFS'],
];

/**
 * An error from native code (DuckDB: 'Could not write file "…/store.duckdb.wal": No space left on
 * device') as an errno-style error with its code and path; undefined for other errors.
 */
function fromMessage(error: unknown): NodeJS.ErrnoException | undefined {
  if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== undefined) return undefined;
  const code = STRERROR.find(([pattern]) => pattern.test(error.message))?.[1];
  if (!code) return undefined;
  const file = /"(\/[^"]+)"/.exec(error.message)?.[1];
  return Object.assign(new Error(error.message), { code, ...(file ? { path: file } : {}), syscall: 'write' });
}

/**
 * An operating-system error as a FileAccessError naming `file` (else the error's own path) and
 * `what` was done ("write", "read", "replace"); other errors unchanged.
 */
export function fileAccessError(error: unknown, file: string | undefined, what?: string, cwd: string = process.cwd()): unknown {
  if (error instanceof FileAccessError) return error;
  const native = fromMessage(error);
  if (native) return fileAccessError(native, native.path ?? file, what, cwd);
  if (!isFileSystemError(error)) return error;
  const code = error.code!;
  const target = file ?? error.path ?? '';
  const verb = what ?? verbOf(error.syscall);
  const shown = target ? path.relative(cwd, target) || target : 'a file';
  const hint = HINTS[code] ? `; ${HINTS[code]}` : '';
  return new FileAccessError(`cannot ${verb} ${shown}: ${CAUSES[code]} (${code})${hint}`, target, code);
}

function verbOf(syscall: string | undefined): string {
  if (!syscall) return 'read or write';
  if (/^(read|scandir|readlink|stat|lstat|access|realpath)$/.test(syscall)) return 'read';
  if (syscall === 'open') return 'open';
  return 'write';
}
