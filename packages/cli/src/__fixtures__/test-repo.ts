// Test helper for the commands: a captured CLI run (the temporary repository is @framelens/tools' tempRepo).
import { Command, CommanderError } from 'commander';
import type { RegisterCommand } from '../command.js';
import { EXIT, reportError, type Io } from '../io.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run one command the way main() does (exit codes, error printing), capturing its output. */
export async function runCommand(register: RegisterCommand, argv: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (t) => void (stdout += t.endsWith('\n') ? t : `${t}\n`), stderr: (t) => void (stderr += t.endsWith('\n') ? t : `${t}\n`), isTTY: false, color: false };
  let code: number = EXIT.ok;
  const program = new Command('framelens').exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  register(program, { io, setExit: (c) => void (code = c) });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    else code = reportError(error, io, argv.includes('--json'));
  }
  return { code, stdout, stderr };
}

/** An Io that keeps what a command prints, line by line. */
export function captureIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), isTTY: false, color: false };
}
