/**
 * `node --import tsx packages/validation/scripts/screenshot.ts <sample.html> [out.png]`: open a
 * coding page in headless Chromium from file:// (every other request aborted), answer nothing,
 * open the first item's context, and save the page as a PNG (default docs/coding-page.png).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const [input, output] = process.argv.slice(2);
if (!input) {
  console.error('usage: screenshot.ts <validation/<pipeline>/sample-<date>.html> [out.png]');
  process.exit(2);
}
const out = path.resolve(output ?? path.join(repoRoot, 'docs', 'coding-page.png'));
const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`screenshot: no Chromium at ${CHROMIUM}; install it (apt-get install chromium) or set FRAMELENS_CHROMIUM`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--hide-scrollbars'] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(path.resolve(input)).href);
  await page.waitForSelector('mark');
  await page.keyboard.press('c');
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${path.relative(process.cwd(), out)} from ${input}`);
} finally {
  await browser.close();
}
