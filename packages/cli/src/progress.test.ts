import { describe, expect, it } from 'vitest';
import type { Io } from './io.js';
import { progressReporter } from './progress.js';

function fakeIo(isTTY: boolean) {
  const raw: string[] = [];
  const lines: string[] = [];
  const io: Io = { cwd: '/', stdout: (t) => void lines.push(t), stderr: (t) => void lines.push(`stderr: ${t}`), isTTY, color: false, write: (t) => void raw.push(t) };
  return { io, raw, lines };
}

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('progressReporter', () => {
  it('shows nothing for a run under two seconds', () => {
    for (const tty of [true, false]) {
      const { io, raw, lines } = fakeIo(tty);
      const clock = fakeClock();
      const progress = progressReporter(io, 'analysing', true, clock.now);
      for (let i = 1; i <= 10; i++) {
        clock.advance(150);
        progress.update(i, 10);
      }
      progress.finish();
      expect([raw, lines]).toEqual([[], []]);
    }
  });

  it('draws one bar in place on a terminal, at most every 100 ms, and ends its line', () => {
    const { io, raw, lines } = fakeIo(true);
    const clock = fakeClock();
    const progress = progressReporter(io, 'analysing', true, clock.now);
    progress.update(1, 4);
    clock.advance(2500);
    progress.update(2, 4);
    clock.advance(50);
    progress.update(3, 4); // too soon after the last draw: skipped
    clock.advance(10);
    progress.update(4, 4); // the last one is always drawn
    progress.finish();
    expect(raw).toEqual([
      `\ranalysing [${'#'.repeat(15)}${'.'.repeat(15)}] 2/4`,
      `\ranalysing [${'#'.repeat(30)}] 4/4`,
      '\n',
    ]);
    expect(lines).toEqual([]);
  });

  it('prints plain lines at each tenth when not a terminal', () => {
    const { io, raw, lines } = fakeIo(false);
    const clock = fakeClock();
    const progress = progressReporter(io, 'analysing', true, clock.now);
    clock.advance(3000);
    for (let i = 1; i <= 40; i++) progress.update(i, 40);
    progress.finish();
    expect(raw).toEqual([]);
    expect(lines).toEqual(['stderr: analysing: 1/40', ...[4, 8, 12, 16, 20, 24, 28, 32, 36, 40].map((n) => `stderr: analysing: ${n}/40`)]);
  });

  it('prints nothing when disabled (--quiet, --json)', () => {
    const { io, raw, lines } = fakeIo(true);
    const clock = fakeClock();
    const progress = progressReporter(io, 'analysing', false, clock.now);
    clock.advance(10_000);
    progress.update(5, 10);
    progress.finish();
    expect([raw, lines]).toEqual([[], []]);
  });
});
