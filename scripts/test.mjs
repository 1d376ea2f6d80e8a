#!/usr/bin/env node
// `pnpm test`: make sure a browser is there for the report tests, build, run every test.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;
const env = { ...process.env, TZ: 'UTC', TURBO_TELEMETRY_DISABLED: '1' };

const chromium = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`framelens: ${chromium} not found; installing Debian's chromium for the browser tests (apt-get)…`);
    const env0 = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env: env0 }) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: env0 }) !== 0) {
      console.error('framelens: could not install chromium. Install it yourself (apt-get install chromium) or set FRAMELENS_CHROMIUM to a Chromium binary.');
      process.exit(1);
    }
  } else {
    console.error(
      `framelens: the browser tests need Chromium at ${chromium}.\n` +
        '  Debian/Ubuntu: sudo apt-get install chromium   (or set FRAMELENS_CHROMIUM=/path/to/chromium)',
    );
    process.exit(1);
  }
}

if (run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { env }) !== 0) process.exit(1);
const args = ['exec', 'vitest', 'run', '--reporter=default', '--reporter=./scripts/summary-reporter.mjs', ...process.argv.slice(2)];
process.exit(run('pnpm', args, { env }));
