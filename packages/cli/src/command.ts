import type { Command } from 'commander';
import type { Io } from './io.js';

export interface CommandContext {
  io: Io;
  /** set the process exit code (0 ok, 1 invalid input, 2 usage); errors thrown map to codes by themselves */
  setExit: (code: number) => void;
}

/**
 * Every command module exports `register(program, ctx)`, adding one sub-command with
 * a description, options, and an example in its help (`.addHelpText('after', ...)`).
 * Actions throw InputError (exit 1) or UsageError (exit 2) for bad input.
 */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
