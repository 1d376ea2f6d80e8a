import type { Io } from './io.js';

/** Runs shorter than this show no progress at all. */
export const PROGRESS_DELAY_MS = 2000;

export interface ProgressReporter {
  update(done: number, total: number): void;
  /** end the bar's line (a terminal only) */
  finish(): void;
}

/**
 * Progress for long runs: a one-line bar redrawn in place on a terminal (at most every 100 ms),
 * plain lines at every 10% otherwise; both only once the run has taken ~2 s. Nothing when
 * disabled (--quiet, --json). `now` is injectable so tests use a fake clock.
 */
export function progressReporter(io: Io, label: string, enabled: boolean, now: () => number = Date.now): ProgressReporter {
  // progress goes to stderr: stdout carries only results (and JSON), so piping them stays clean
  const write = io.write ?? ((t: string) => void process.stderr.write(t));
  const started = now();
  let lastDraw = -Infinity;
  let lastDecile = -1;
  let drawn = false;
  return {
    update(done, total) {
      if (!enabled || total === 0) return;
      const t = now();
      if (t - started < PROGRESS_DELAY_MS) return;
      if (io.isTTY) {
        if (t - lastDraw < 100 && done < total) return;
        lastDraw = t;
        const width = 30;
        const filled = Math.round((Math.min(done, total) / total) * width);
        write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
        drawn = true;
      } else {
        const decile = Math.floor((done / total) * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          io.stderr(`${label}: ${done}/${total}`);
        }
      }
    },
    finish() {
      if (drawn) write('\n');
      drawn = false;
    },
  };
}
