import { formatProblem, InputError, printable, type Problem } from '@framelens/diagnostics';
import { FileAccessError, fileAccessError } from './io-errors.js';
import { BusyError } from './lock.js';

/** Where a command writes. Tests pass their own to capture output. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is a terminal: progress bars and colours are allowed */
  isTTY: boolean;
  /** colours allowed: a TTY and no NO_COLOR */
  color: boolean;
  /** write to stderr as is, no newline added (progress bars redraw a line with "\r"); default process.stderr */
  write?: (text: string) => void;
}

/** Colours only on a terminal, never with NO_COLOR (any non-empty value, see no-color.org) or TERM=dumb. */
export function colorAllowed(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && !env.NO_COLOR && env.TERM !== 'dumb';
}

export function processIo(): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  // `framelens inspect … | head`: once the reader has closed the pipe, the rest of stdout is
  // dropped and the command still finishes (a run still writes its report); other errors are thrown
  const out = { closed: false };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    out.closed = true;
  });
  return {
    cwd: process.cwd(),
    stdout: (t) => {
      if (!out.closed) process.stdout.write(t.endsWith('\n') ? t : `${t}\n`);
    },
    stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    isTTY,
    // coloured text goes to stderr (problems): it must be a terminal too
    color: colorAllowed(isTTY && Boolean(process.stderr.isTTY), process.env),
    write: (t) => process.stderr.write(t),
  };
}

const STYLES = { red: [31, 39], yellow: [33, 39], bold: [1, 22], dim: [2, 22] } as const;

/** `text` in a colour when the Io allows colours, otherwise unchanged. */
export function paint(io: Pick<Io, 'color'>, style: keyof typeof STYLES, text: string): string {
  const [on, off] = STYLES[style];
  return io.color ? `\u001b[${on}m${text}\u001b[${off}m` : text;
}

/** formatProblem with its "error"/"warning" prefix coloured when colours are allowed. */
export function formatProblemFor(io: Pick<Io, 'color'>, p: Problem): string {
  const text = formatProblem(p);
  const prefix = p.severity === 'warning' ? 'warning' : 'error';
  return paint(io, p.severity === 'warning' ? 'yellow' : 'red', prefix) + text.slice(prefix.length);
}

/** Problems printed on the terminal at most; --json lists all of them. */
export const PRINTED_PROBLEMS = 200;

/**
 * The problems as printed: the first `limit`, then "… and 119,880 more (--json lists all of them)".
 * A file with a hundred thousand problems gives a screenful, not a scroll-back buffer's worth.
 */
export function problemLines(io: Pick<Io, 'color'>, problems: readonly Problem[], limit = PRINTED_PROBLEMS): string[] {
  const lines = problems.slice(0, limit).map((p) => formatProblemFor(io, p));
  if (problems.length > limit) lines.push(`… and ${(problems.length - limit).toLocaleString('en-GB')} more (--json lists all of them)`);
  return lines;
}

/** Wrong command-line usage. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 3, fileAccess: 4, busy: 5 } as const;

/** Map an error to its exit code and print it the way users should see it. */
export function reportError(error: unknown, io: Io, json = false): number {
  if (error instanceof InputError) {
    if (json) io.stdout(JSON.stringify({ ok: false, problems: error.problems }, null, 2));
    else io.stderr(error.problems.length ? problemLines(io, error.problems).join('\n') : printable(error.message));
    return EXIT.invalidInput;
  }
  if (error instanceof UsageError) {
    io.stderr(`${paint(io, 'red', 'usage error')}: ${error.message}\nRun "framelens --help" for the commands and their options.`);
    return EXIT.usage;
  }
  const access = fileAccessError(error, undefined, undefined, io.cwd);
  if (access instanceof FileAccessError) {
    if (json) io.stdout(JSON.stringify({ ok: false, error: 'cannot read or write', file: access.file, code: access.code, message: access.message }, null, 2));
    else io.stderr(`${paint(io, 'red', 'error')}: ${printable(access.message)}`);
    return EXIT.fileAccess;
  }
  if (error instanceof BusyError) {
    if (json) io.stdout(JSON.stringify({ ok: false, error: 'busy', message: error.message, ...(error.holder ? { holder: error.holder } : {}) }, null, 2));
    else io.stderr(`${paint(io, 'red', 'busy')}: ${printable(error.message)}\nRun it again when that run is done, or add --wait to wait for it.`);
    return EXIT.busy;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`${paint(io, 'red', 'internal error')} (please report it with the command you ran):\n${message}`);
  return EXIT.internal;
}
