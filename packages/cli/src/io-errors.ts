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

/**
 * An operating-system error as a FileAccessError naming `file` (else the error's own path) and
 * `what` was done ("write", "read", "replace"); other errors unchanged.
 */
export function fileAccessError(error: unknown, file: string | undefined, what?: string, cwd: string = process.cwd()): unknown {
  if (error instanceof FileAccessError || !isFileSystemError(error)) return error;
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
