import { Command, CommanderError } from 'commander';
import type { CommandContext, RegisterCommand } from './command.js';
import { EXIT, processIo, reportError, type Io } from './io.js';

const commands: RegisterCommand[] = [];

/** Run the framelens CLI with the given arguments; returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const ctx: CommandContext = { io, setExit: (code) => void (exitCode = code) };
  const program = new Command('framelens')
    .description('Compare how news outlets frame the same events.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  for (const register of commands) register(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; everything else commander rejects is a usage error
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const json = argv.includes('--json');
    return reportError(error, io, json);
  }
  return exitCode;
}
