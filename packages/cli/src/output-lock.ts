import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Io } from './io.js';
import { describeHolder, withLock } from './lock.js';

/** The lock folder of a report folder: `reports/.<name>.lock`, beside it. */
export function outputLockDir(outputDir: string): string {
  return path.join(path.dirname(outputDir), `.${path.basename(outputDir)}.lock`);
}

/**
 * Run `work` (a whole analyze run: its start-up clean-up, the analysis and the swap) holding
 * the lock of the report folder, so that two runs of one pipeline never write it at once.
 */
export async function withOutputLock<T>(outputDir: string, io: Pick<Io, 'cwd' | 'stderr'>, opts: { wait?: boolean; quiet?: boolean; json?: boolean }, work: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(outputDir), { recursive: true });
  const shown = path.relative(io.cwd, outputDir) || outputDir;
  return withLock(
    outputLockDir(outputDir),
    {
      doing: `writing ${shown}`,
      ...(opts.wait ? { wait: true } : {}),
      onWait: (holder) => {
        if (!opts.quiet && !opts.json) io.stderr(`waiting for another run (${describeHolder(holder)}) that is writing ${shown}`);
      },
    },
    work,
  );
}
