/**
 * Browser tests and scripts: where Chromium is, and what to do when it is not there. Locally a
 * missing browser skips the browser tests with a warning naming what to install; in CI (CI=true)
 * it fails them, so a CI run can never pass without having opened the report in a browser
 * (describeInChromium, in browser-test.ts, applies this plan).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export type Env = Readonly<Record<string, string | undefined>>;

/** FRAMELENS_CHROMIUM, or Debian's /usr/bin/chromium. */
export function chromiumPath(env: Env = process.env): string {
  return env.FRAMELENS_CHROMIUM || '/usr/bin/chromium';
}

/** GitHub Actions, GitLab and most CI services set CI=true; CI=1 counts too. */
export function isCi(env: Env = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

export type BrowserPlan = { run: 'run'; path: string } | { run: 'skip' | 'fail'; path: string; message: string };

/** Run the browser tests, skip them (locally, Chromium missing) or fail them (in CI, Chromium missing). */
export function browserPlan(env: Env = process.env, exists: (file: string) => boolean = existsSync): BrowserPlan {
  const path = chromiumPath(env);
  if (exists(path)) return { run: 'run', path };
  const message =
    `Chromium is not at ${path}, so the browser tests cannot run. ` +
    'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set FRAMELENS_CHROMIUM to a Chromium binary.';
  return isCi(env) ? { run: 'fail', path, message: `CI=${env.CI}: a missing browser fails the run. ${message}` } : { run: 'skip', path, message };
}

/** Headless Chromium with no network chatter, as every browser test opens it. */
export function launchChromium(env: Env = process.env): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(env),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
