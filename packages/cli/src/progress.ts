import type { Io } from './io.js';

/**
 * Progress for long runs: a one-line bar on a terminal (after ~2 s), plain lines every 10%
 * otherwise (also only after ~2 s). Nothing with --quiet or --json.
 */
export function progressReporter(io: Io, label: string, enabled: boolean, now: () => number = Date.now) {
  const started = now();
  let lastDraw = 0;
  let lastDecile = -1;
  let drawn = false;
  return {
    update(done: number, total: number) {
      if (!enabled || total === 0) return;
      const t = now();
      if (t - started < 2000) return;
      if (io.isTTY) {
        if (t - lastDraw < 100 && done < total) return;
        lastDraw = t;
        const width = 30;
        const filled = Math.round((done / total) * width);
        process.stdout.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
        drawn = true;
      } else {
        const decile = Math.floor((done / total) * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          io.stdout(`${label}: ${done}/${total}`);
        }
      }
    },
    finish() {
      if (drawn) process.stdout.write('\n');
    },
  };
}
