/**
 * The charts in headless Chromium (playwright-core with /usr/bin/chromium, as the other browser
 * tests), from file://, every other request aborted:
 * - the FAZ case (issue #21): an outlet that writes „Terroristen“ only in scare quotes is the
 *   darkest terror cell counting all voices, so the frame profile opens on its own voice, where
 *   that cell is empty and says "12 distanced";
 * - 30 outlets and 6,000 articles (issue #22): every chart renders, no two text labels of a chart
 *   overlap (rotated boxes from getBBox and the transform), no legend gives two entries one
 *   colour, no chart is wider than its box (nothing clipped, nothing to scroll), no horizontal
 *   page overflow, and the frame profile starts within the first two screens at 1,400 px;
 * - the seed report at 1,400 px: no chart label is cut short with an ellipsis ("…"): long frame
 *   and outlet names wrap onto further lines instead;
 * - German and English outlets in one report: the distinctive terms in one block of panels per
 *   language, titled with it, and one scatter choice per outlet × language, labels not overlapping.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyOutlets } from './__fixtures__/many-outlets.js';
import { mixedLanguages } from './__fixtures__/mixed-languages.js';
import { FAZ, scareQuotesData } from './__fixtures__/scare-quotes.js';
import { seedData } from './__fixtures__/seed-data.js';
import { ALL_VOICES_TITLE } from './charts/frame-density.js';
import { renderReport } from './render.js';

const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
const SCREEN = { width: 1400, height: 900 };

// in CI a missing browser fails the run instead of skipping these tests
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('charts in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'framelens-charts-'));
    for (const [name, data] of [['faz', scareQuotesData()], ['many', manyOutlets()], ['seed', seedData()], ['mixed', mixedLanguages()]] as const) {
      files[name] = path.join(dir, `${name}.html`);
      await writeFile(files[name], (await renderReport(data)).html);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage({ viewport: SCREEN });
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-all-charts-ready]', { timeout: 120_000 });
    expect(await page.getAttribute('html', 'data-all-charts-ready')).not.toBe('error');
    expect(await page.evaluate('window.framelensWarnings')).toEqual([]);
    return page;
  }

  /** The heatmap's cells: outlet, frame and fill, from the live view's ARIA labels. */
  const cells = (page: Page) => page.evaluate(`[...document.querySelectorAll('#vis-frame-density path[aria-label]')]
    .map((p) => ({ label: p.getAttribute('aria-label'), fill: p.getAttribute('fill') }))
    .filter((c) => /; Outlet: /.test(c.label))`) as Promise<{ label: string; fill: string }[]>;
  const luminance = (fill: string): number => {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill) ?? /rgb\((\d+), ?(\d+), ?(\d+)\)/.exec(fill);
    if (!m) throw new Error(`unexpected fill ${fill}`);
    const [r, g, b] = m.slice(1, 4).map((x) => (x.length === 2 && /[a-f]/i.test(x) ? parseInt(x, 16) : /^\d+$/.test(x) && m[0].startsWith('rgb') ? Number(x) : parseInt(x, 16)));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const terror = (cs: { label: string; fill: string }[]) => cs.filter((c) => c.label.includes('Frame: Terror and extremism'));
  const darkest = (cs: { label: string; fill: string }[]) => cs.reduce((a, b) => (luminance(b.fill) < luminance(a.fill) ? b : a));

  it('the FAZ case: the frame profile opens on own voice, where the scare-quote outlet is no dark cell and says "12 distanced"', { timeout: 120_000 }, async () => {
    const page = await open(files['faz']!);
    expect(await page.inputValue('select[data-chart="frame-density"]')).toBe('own');
    const own = terror(await cells(page));
    const faz = own.find((c) => c.label.includes(`; Outlet: ${FAZ.name}`))!;
    expect(faz.label).toMatch(/own voice, per 1,000 words: 0\.0/);
    expect(faz.fill.toLowerCase()).toBe('#f4f4f6'); // the colour of an empty cell
    expect(own.filter((c) => luminance(c.fill) < luminance(faz.fill)).length + own.filter((c) => c.fill === faz.fill).length).toBe(own.length);
    const notes = await page.evaluate(`[...document.querySelectorAll('#vis-frame-density text')].map((t) => t.textContent)`) as string[];
    expect(notes).toContain(`${FAZ.hits} distanced`);
    // counting all voices, the same outlet is the darkest terror cell: the reading the own-voice default prevents
    await page.selectOption('select[data-chart="frame-density"]', 'all');
    await expect.poll(async () => darkest(terror(await cells(page))).label.includes(`; Outlet: ${FAZ.name}`)).toBe(true);
    expect(await page.evaluate(`[...document.querySelectorAll('#vis-frame-density text')].some((t) => t.textContent === ${JSON.stringify(ALL_VOICES_TITLE)})`)).toBe(true);
    await page.close();
  });

  it('the seed report at 1,400 px: every chart label is shown in full, none ends in "…"', { timeout: 120_000 }, async () => {
    const page = await open(files['seed']!);
    const texts = (await page.evaluate(`[...document.querySelectorAll('figure.chart svg text')]
      .map((t) => t.closest('figure').getAttribute('data-chart') + ': ' + t.textContent)`)) as string[];
    // the long names that used to be cut short are there, whole (a wrapped name: one line each)
    for (const line of ['Foreign interference /', 'colour revolution', 'dpa wire copy (publishing', 'all voices (incl. quotes and attributions)']) {
      expect(texts.some((t) => t.includes(line)), line).toBe(true);
    }
    expect(texts.filter((t) => t.endsWith('…'))).toEqual([]);
    await page.close();
  });

  it('German and English outlets: the distinctive terms in one block per language, titled with it, nothing overlapping; each scatter choice draws its words without overlaps', { timeout: 120_000 }, async () => {
    const page = await open(files['mixed']!);
    const headers = (await page.evaluate(`[...document.querySelectorAll('#vis-distinctive svg text')].map((t) => t.textContent)`)) as string[];
    for (const h of ['German (de)', 'English (en)', 'Steppe Wire (2 articles)', 'Eastern Herald (2 articles)']) expect(headers, h).toContain(h);
    expect(headers.filter((t) => t === 'nd (2 articles)')).toHaveLength(2);
    expect(headers.filter((t) => t.endsWith('…'))).toEqual([]);
    // the distinctive terms and the naming charts (one per actor and language): no overlaps, no colour used twice in a legend, nothing outside its box
    const checked = ((await page.evaluate(CHECK_CHARTS)) as { id: string; overlaps: string[]; legendRepeats: string[]; overflow: number }[]).filter((x) => x.id === 'distinctive' || x.id === 'naming');
    expect(checked.map((c) => [c.id, c.overlaps, c.legendRepeats, c.overflow > 0])).toEqual([['naming', [], [], false], ['distinctive', [], [], false]]);
    const scatter = 'select[data-chart="term-scatter"]';
    const choices = await page.$$eval(`${scatter} option`, (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(choices).toEqual(['augsburger-allgemeine', 'dpa-wire', 'junge-welt', 'kleine-zeitung', 'nd|de', 'nd|en', 'steppe-wire', 'eastern-herald']);
    for (const choice of choices) {
      await page.selectOption(scatter, choice);
      await page.waitForTimeout(50);
      const c = ((await page.evaluate(CHECK_CHARTS)) as { id: string; texts: number; overlaps: string[] }[]).find((x) => x.id === 'term-scatter')!;
      expect(c.overlaps, choice).toEqual([]);
      // the chosen panel's words only: one point per distinctive row of that outlet × language
      const points = (await page.evaluate(`document.querySelectorAll('#vis-term-scatter svg .mark-symbol path').length`)) as number;
      expect(points, choice).toBeGreaterThan(0);
    }
    await page.selectOption(scatter, 'nd|en');
    await page.waitForTimeout(50);
    const words = (await page.evaluate(`[...document.querySelectorAll('#vis-term-scatter svg .role-mark text')].map((t) => t.textContent)`)) as string[];
    expect(words.sort()).toEqual(['Gangs', 'Looting']);
    await page.close();
  });

  it('the frame profile starts within the first two screens at 1,400 px, with 6 outlets and with 30', { timeout: 120_000 }, async () => {
    for (const [name, what] of [['faz', 'the seeds and one more outlet'], ['many', '30 outlets, 6,000 articles']] as const) {
      const page = await open(files[name]!);
      const top = (await page.evaluate(`document.getElementById('chart-frame-density').getBoundingClientRect().top + window.scrollY`)) as number;
      console.log(`${what}: the frame profile's first chart starts at ${Math.round(top)} px (two screens: ${2 * SCREEN.height} px)`);
      expect(top).toBeLessThan(2 * SCREEN.height);
      // the frame names above the first row: horizontal and wrapped, a few lines (slanted, they took about 140 px)
      const band = (await page.evaluate(`(() => {
        const svg = document.querySelector('#vis-frame-density svg');
        const firstRow = Math.min(...[...svg.querySelectorAll('path[aria-label]')].map((p) => p.getBoundingClientRect().top));
        const above = [...svg.querySelectorAll('.role-axis-label text')].map((t) => t.getBoundingClientRect()).filter((r) => r.bottom <= firstRow + 1);
        return { height: firstRow - Math.min(...above.map((r) => r.top)), labels: above.length };
      })()`)) as { height: number; labels: number };
      console.log(`${what}: the frame names take ${Math.round(band.height)} px above the first row`);
      expect(band.labels).toBeGreaterThanOrEqual(8);
      expect(band.height).toBeLessThan(70);
      await page.close();
    }
  });

  it('30 outlets: no chart has overlapping text labels, a legend colour used twice, or a part outside its box', { timeout: 180_000 }, async () => {
    const page = await open(files['many']!);
    const report = (await page.evaluate(CHECK_CHARTS)) as { id: string; texts: number; overlaps: string[]; legendRepeats: string[]; overflow: number }[];
    expect(report.map((c) => c.id)).toEqual(['frame-density', 'frame-intervals', 'voice-by-frame', 'endorsement', 'naming', 'speakers', 'claims', 'distinctive', 'term-scatter', 'over-time']);
    for (const chart of report) expect(chart.texts, chart.id).toBeGreaterThan(5);
    // every problem of every chart at once
    const problems = report.flatMap((c) => [
      ...c.overlaps.map((o) => `${c.id}: labels overlap: ${o}`),
      ...c.legendRepeats.map((f) => `${c.id}: two legend entries share ${f}`),
      ...(c.overflow > 0 ? [`${c.id}: ${Math.round(c.overflow)} px wider than its box`] : []),
    ]);
    expect(problems).toEqual([]);
    expect(await page.evaluate('document.scrollingElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    // the scatter's labels for every outlet, not only the first
    const scatter = 'select[data-chart="term-scatter"]';
    const outlets = (await page.$$eval(`${scatter} option`, (os) => os.map((o) => (o as HTMLOptionElement).value)));
    expect(outlets).toHaveLength(30);
    for (const outlet of outlets) {
      await page.selectOption(scatter, outlet);
      await page.waitForTimeout(50);
      const c = ((await page.evaluate(CHECK_CHARTS)) as { id: string; texts: number; overlaps: string[] }[]).find((x) => x.id === 'term-scatter')!;
      expect(c.overlaps, outlet).toEqual([]);
    }
    // the check finds an overlap when there is one: a copy of a scatter label on top of it
    await page.evaluate(`(() => { const t = document.querySelector('#vis-term-scatter svg .role-mark text'); t.parentNode.appendChild(t.cloneNode(true)); })()`);
    const planted = ((await page.evaluate(CHECK_CHARTS)) as { id: string; overlaps: string[] }[]).find((x) => x.id === 'term-scatter')!;
    expect(planted.overlaps.length).toBeGreaterThan(0);
    await page.close();
  });
});

/**
 * Per live chart: its drawn text labels as rotated rectangles (getBBox in the element's own space,
 * mapped by getCTM), every pair that overlaps by more than half a pixel (separating axis test),
 * the legends' symbol colours used by more than one entry, and how far the chart sticks out of
 * its box.
 */
const CHECK_CHARTS = `(() => {
  const quad = (t) => {
    const b = t.getBBox(), m = t.getCTM();
    const s = 0.5; // tolerance: antialiasing, not overlap
    return [[b.x + s, b.y + s], [b.x + b.width - s, b.y + s], [b.x + b.width - s, b.y + b.height - s], [b.x + s, b.y + b.height - s]]
      .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
  };
  const separated = (p, q) => {
    for (const poly of [p, q]) for (let i = 0; i < 4; i++) {
      const [x1, y1] = poly[i], [x2, y2] = poly[(i + 1) % 4];
      const nx = y2 - y1, ny = x1 - x2;
      const proj = (pts) => pts.map(([x, y]) => x * nx + y * ny);
      const a = proj(p), b = proj(q);
      if (Math.max(...a) <= Math.min(...b) || Math.max(...b) <= Math.min(...a)) return true;
    }
    return false;
  };
  return [...document.querySelectorAll('figure.chart')].map((fig) => {
    const id = fig.getAttribute('data-chart');
    const vis = fig.querySelector('.vis');
    const svg = vis.querySelector('svg');
    // drawn text only: vega hides the axis labels it drops for overlap with opacity 0
    const shown = (t) => { for (let n = t; n && n !== svg; n = n.parentElement) if (n.getAttribute('opacity') === '0' || getComputedStyle(n).opacity === '0') return false; return true; };
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() && t.getBBox().width > 0 && shown(t));
    const quads = texts.map(quad);
    const overlaps = [];
    for (let i = 0; i < quads.length; i++) for (let j = i + 1; j < quads.length; j++) {
      if (!separated(quads[i], quads[j])) overlaps.push(texts[i].textContent + ' / ' + texts[j].textContent);
    }
    const legendRepeats = [];
    for (const legend of svg.querySelectorAll('.role-legend')) {
      const fills = [...legend.querySelectorAll('.role-legend-symbol path')].map((p) => p.getAttribute('fill'));
      const seen = new Set();
      for (const f of fills) { if (seen.has(f)) legendRepeats.push(f); seen.add(f); }
    }
    return { id, texts: texts.length, overlaps: overlaps.slice(0, 10), legendRepeats, overflow: svg.getBoundingClientRect().width - vis.clientWidth };
  });
})()`;
