import { Command, CommanderError } from 'commander';
import type { CommandContext, RegisterCommand } from './command.js';
import { EXIT, paint, processIo, reportError, type Io } from './io.js';
import { FRAMELENS_VERSION } from './version.js';
import { register as analyze } from './commands/analyze.js';
import { register as inspect } from './commands/inspect.js';
import { register as validate } from './commands/validate.js';
import { register as addOutlet } from './commands/add-outlet.js';
import { register as importArticles } from './commands/import.js';
import { register as newPipeline } from './commands/new-pipeline.js';
import { register as sample } from './commands/sample.js';
import { register as agreement } from './commands/agreement.js';
import { register as terms } from './commands/terms.js';

const commands: RegisterCommand[] = [analyze, inspect, validate, terms, addOutlet, importArticles, newPipeline, sample, agreement];

/** Run the framelens CLI with the given arguments; returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const ctx: CommandContext = { io, setExit: (code) => void (exitCode = code) };
  const program = new Command('framelens')
    .description('Compare how news outlets frame the same events.')
    .version(FRAMELENS_VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.replace(/^error/, paint(io, 'red', 'error'))),
    })
    .addHelpText(
      'after',
      '\nExit codes:\n  0  ok\n  1  invalid input: every problem is listed with file, line or field, what was expected and an example\n' +
        '  2  usage error: unknown command or option, missing argument\n  3  internal error: please report it\n' +
        '  4  cannot read or write a file (disk full, permission denied …): the message names the path\n' +
        '  5  busy: another run is writing the same report (analyze --wait waits for it)\n\n' +
        'Every command takes --help (with examples); analyze, validate, import, add-outlet, new-pipeline and\n' +
        'sample take --quiet (only errors) and --json (one JSON document on stdout); inspect, terms and agreement take --json.\n' +
        'Colours only on a terminal and never with NO_COLOR; progress bars only on a terminal.\n\n' +
        'Example:\n  $ framelens validate\n  $ framelens analyze pipelines/kazakhstan-2022',
    );
  for (const register of commands) register(program, ctx);
  program.commands.forEach((c) => c.exitOverride());
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; everything else commander rejects is a usage error
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(error, io, argv.includes('--json'));
  }
  return exitCode;
}
