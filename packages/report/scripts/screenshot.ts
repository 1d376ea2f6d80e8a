/**
 * `node --import tsx packages/report/scripts/screenshot.ts [out.png] [--height 1800]`:
 * build the seed report with the real pipeline (in a temporary copy of the repository), open it
 * in headless Chromium 1300 px wide from file:// (every other request aborted), wait until every
 * chart has rendered and save the top of the page as a PNG (default docs/report.png).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildSeedReport, repoRoot } from './seed-report.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { height: { type: 'string', default: '1800' } } });
const out = path.resolve(positionals[0] ?? path.join(repoRoot, 'docs', 'report.png'));
const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`screenshot: no Chromium at ${CHROMIUM}; install it (apt-get install chromium) or set FRAMELENS_CHROMIUM`);
  process.exit(1);
}
const { file } = await buildSeedReport();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--hide-scrollbars'] });
try {
  const page = await browser.newPage({ viewport: { width: 1300, height: Number(values.height) }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-all-charts-ready]', { timeout: 120_000 });
  if ((await page.getAttribute('html', 'data-all-charts-ready')) === 'error') throw new Error('screenshot: a chart failed to render');
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out)} (1300 × ${values.height} px) from ${file}`);
} finally {
  await browser.close();
}
