import type { Io } from '../io.js';

/** An Io that keeps what a command prints: one entry per stdout / stderr call. */
export function captureIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), isTTY: false, color: false };
}
