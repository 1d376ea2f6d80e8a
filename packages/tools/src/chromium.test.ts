import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { browserPlan, chromiumPath, isCi } from './chromium.js';
import { repoRoot } from './temp-repo.js';

describe('browserPlan', () => {
  const missing = () => false;
  it('runs when the browser is there, at FRAMELENS_CHROMIUM or /usr/bin/chromium', () => {
    expect(browserPlan({ FRAMELENS_CHROMIUM: '/opt/chrome' }, (f) => f === '/opt/chrome')).toEqual({ run: 'run', path: '/opt/chrome' });
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });
  it('skips locally, fails in CI, and says what to install', () => {
    const local = browserPlan({ FRAMELENS_CHROMIUM: '/nowhere/chromium' }, missing);
    expect(local).toMatchObject({ run: 'skip', path: '/nowhere/chromium' });
    expect(local.run !== 'run' && local.message).toContain('sudo apt-get install chromium');
    const ci = browserPlan({ CI: 'true', FRAMELENS_CHROMIUM: '/nowhere/chromium' }, missing);
    expect(ci.run).toBe('fail');
    expect(ci.run !== 'run' && ci.message).toMatch(/^CI=true: a missing browser fails the run\. Chromium is not at \/nowhere\/chromium/);
    expect([isCi({ CI: '1' }), isCi({ CI: 'false' }), isCi({})]).toEqual([true, false, false]);
  });
});

describe('a browser test file without Chromium', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [`${repoRoot}/node_modules/vitest/vitest.mjs`, 'run', 'packages/report/src/layout.browser.test.ts'], {
      cwd: repoRoot,
      env: { ...process.env, FRAMELENS_CHROMIUM: '/nowhere/chromium', NO_COLOR: '1', ...env },
      encoding: 'utf8',
    });
  it('fails in CI with the message, and is skipped with a warning elsewhere', { timeout: 120_000 }, () => {
    const ci = run({ CI: 'true' });
    expect(ci.status).toBe(1);
    expect(ci.stdout + ci.stderr).toContain('CI=true: a missing browser fails the run. Chromium is not at /nowhere/chromium');
    const local = run({ CI: '' });
    expect(local.status).toBe(0);
    expect(local.stdout + local.stderr).toContain('skipped "Outlets table in Chromium": Chromium is not at /nowhere/chromium');
  });
});
