/**
 * `node --import tsx packages/report/scripts/measure-load.ts [index.html] [--runs 5]`:
 * open a report in headless Chromium from file:// (every other request aborted) and print, per
 * load and as the median, the milliseconds from navigation start until `data-charts-ready`
 * (the charts in view have rendered) and `data-all-charts-ready` (every chart has rendered).
 * Without a file it builds the seed report first (pipeline in a temporary copy of the repository).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { buildSeedReport } from './seed-report.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs ?? 5);
const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`measure-load: no Chromium at ${CHROMIUM}; install it (apt-get install chromium) or set FRAMELENS_CHROMIUM`);
  process.exit(1);
}
const file = positionals[0] ?? (await buildSeedReport()).file;

export interface LoadTiming { ready: number; allReady: number }

/** One load in a fresh page: times from navigation start, read from the page's own clock. */
export async function measureLoad(browser: Browser, htmlFile: string): Promise<LoadTiming> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(htmlFile).href);
  await page.waitForSelector('html[data-charts-ready]', { timeout: 60_000 });
  const lazy = await page.evaluate(() => document.documentElement.hasAttribute('data-lazy-charts'));
  if (lazy) await page.waitForSelector('html[data-all-charts-ready]', { timeout: 60_000 });
  // the page marks both moments on its own clock (ms since navigation start); an older page
  // without the marks is timed when the attribute is seen
  // (a string, not a function: tsx would wrap named arrows in a helper the page lacks)
  const t = (await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    return { ready: at('framelens:charts-ready') ?? performance.now(), allReady: at('framelens:all-charts-ready') };
  })()`)) as { ready: number; allReady?: number };
  await page.close();
  return { ready: t.ready, allReady: t.allReady ?? t.ready };
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  await measureLoad(browser, file); // warm-up (disk cache, V8 code cache), not counted
  const times: LoadTiming[] = [];
  for (let i = 0; i < runs; i++) {
    const t = await measureLoad(browser, file);
    times.push(t);
    console.log(`load ${i + 1}: charts in view ready ${t.ready.toFixed(0)} ms, all charts ${t.allReady.toFixed(0)} ms`);
  }
  console.log(`${file}\nmedian of ${runs}: charts in view ready ${median(times.map((t) => t.ready)).toFixed(0)} ms, all charts ${median(times.map((t) => t.allReady)).toFixed(0)} ms`);
} finally {
  await browser.close();
}
