// Test helpers for the corpus-editing commands: a temporary repository and a captured CLI run.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import type { RegisterCommand } from '../command.js';
import { EXIT, reportError, type Io } from '../io.js';

export const realRepo = fileURLToPath(new URL('../../../../', import.meta.url));
export const corpusFixtures = path.join(realRepo, 'packages/corpus/src/__fixtures__');

/** A temporary repository (pnpm-workspace.yaml) with a copy of the seed corpus and, optionally, its pipeline. */
export async function tempRepo(opts: { pipeline?: boolean } = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'framelens-repo-'));
  await writeFile(path.join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n  - pipelines/*\n');
  await cp(path.join(realRepo, 'corpus/kazakhstan-2022'), path.join(root, 'corpus/kazakhstan-2022'), { recursive: true });
  if (opts.pipeline) {
    for (const f of ['pipeline.yaml', 'lexicon.yaml']) await cp(path.join(realRepo, 'pipelines/kazakhstan-2022', f), path.join(root, 'pipelines/kazakhstan-2022', f));
  }
  return root;
}

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
