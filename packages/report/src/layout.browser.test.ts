/**
 * The Outlets table in headless Chromium (as test/report-browser.test.ts, see
 * docs ENVIRONMENT: playwright-core with Debian's /usr/bin/chromium): a date range and an
 * undated count in the Dates column must fit the column, without a horizontal scrollbar, at
 * common desktop widths.
 */
import { corpusFromArticles } from './corpus.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { describeInChromium } from '@framelens/tools/browser-test';
import { launchChromium } from '@framelens/tools/chromium';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedData } from './__fixtures__/seed-data.js';
import { renderReport } from './render.js';

describeInChromium('Outlets table in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    const data = seedData();
    // every outlet gets a three-day range and one undated article: the widest Dates cell there is
    for (const [i, o] of data.outlets.entries()) {
      const first = data.articles.find((a) => a.outlet === o.outlet)!;
      const { date: _d, datePrecision: _p, ...undated } = { ...first, article: `${o.outlet}/undated` };
      data.articles.push({ ...first, article: `${o.outlet}/later`, date: '2022-01-08' }, undated);
      data.outlets[i] = { ...o, articles: o.articles + 2, firstDate: '2022-01-06', lastDate: '2022-01-08' };
    }
    data.corpus = corpusFromArticles(data.articles);
    dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-layout-'));
    file = path.join(dir, 'index.html');
    await writeFile(file, (await renderReport(data)).html);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const width of [1400, 1280, 1024]) {
    it(`fits at ${width} px: no horizontal scrollbar, no Dates cell wider than its column`, { timeout: 60_000 }, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await page.goto(pathToFileURL(file).href);
      // the table is a counted summary to open (the charts come first)
      await page.locator('#outlets summary').click();
      const layout = (await page.evaluate(`(() => {
        const wrap = document.getElementById('outlets-table');
        const dates = [...wrap.querySelectorAll('tbody tr td:last-child')];
        return { overflow: wrap.scrollWidth - wrap.clientWidth, cells: dates.map((td) => td.scrollWidth - td.clientWidth), texts: dates.map((td) => td.innerText) };
      })()`)) as { overflow: number; cells: number[]; texts: string[] };
      await page.close();
      // the seven outlets of the seed report (five German, two English)
      expect(layout.texts.length).toBe(7);
      // the range wraps after its dash; the count stays whole
      for (const text of layout.texts) expect(text).toMatch(/^2022-01-06 –\s+2022-01-08, 1 undated/);
      expect(layout.cells).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(layout.overflow).toBe(0);
    });
  }
});
