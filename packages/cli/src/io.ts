import { InputError, formatProblem } from '@framelens/corpus';

/** Where a command writes. Tests pass their own to capture output. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is a terminal: progress bars and colours are allowed */
  isTTY: boolean;
  /** colours allowed: a TTY and no NO_COLOR */
  color: boolean;
}

export function processIo(): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    isTTY,
    color: isTTY && !process.env.NO_COLOR,
  };
}

/** Wrong command-line usage. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 3 } as const;

/** Map an error to its exit code and print it the way users should see it. */
export function reportError(error: unknown, io: Io, json = false): number {
  if (error instanceof InputError) {
    if (json) io.stdout(JSON.stringify({ ok: false, problems: error.problems }, null, 2));
    else io.stderr(error.problems.length ? error.problems.map(formatProblem).join('\n') : error.message);
    return EXIT.invalidInput;
  }
  if (error instanceof UsageError) {
    io.stderr(`usage error: ${error.message}\nRun "framelens --help" for the commands and their options.`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`internal error (please report it with the command you ran):\n${message}`);
  return EXIT.internal;
}
