/**
 * The report in a real browser: headless Chromium opens the written file from file:// with
 * every other request aborted, and the charts, the drill-down from a chart into the evidence,
 * the article reader and the escaping of hostile corpus strings are checked there.
 * Screenshots of each section go to test-artifacts/screenshots/ (git-ignored).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '@framelens/report';
import type { ReportData } from '@framelens/aggregate';
import { HOSTILE, sampleData } from '../packages/report/src/__fixtures__/sample-data.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const artifacts = path.join(root, 'test-artifacts');
const shots = path.join(artifacts, 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

let browser: Browser;
const data = sampleData();
const hostile = sampleData({ hostile: true, spreadDates: true });
const files: Record<string, string> = {};

async function write(name: string, d: ReportData): Promise<string> {
  const dir = path.join(artifacts, name);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'index.html');
  writeFileSync(file, (await renderReport(d)).html);
  return file;
}

interface Opened { page: Page; errors: string[]; blocked: string[]; failed: string[] }

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const blocked: string[] = [];
  const failed: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-charts-ready]', { timeout: 30_000 });
  return { page, errors, blocked, failed };
}

describe.skipIf(!existsSync(CHROMIUM))('report in Chromium', () => {
  beforeAll(async () => {
    files.sample = await write('report', data);
    files.hostile = await write('report-hostile', hostile);
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => { await browser?.close(); });

  it('renders every chart with marks, offline, without errors or warnings', { timeout: 120_000 }, async () => {
    const { page, errors, blocked, failed } = await open(files.sample!);
    const charts = await page.$$eval('figure.chart', (fs) => fs.map((f) => f.getAttribute('data-chart')));
    expect(await page.getAttribute('html', 'data-charts-ready')).toBe(String(charts.length));
    expect(charts).toEqual(['frame-density', 'frame-intervals', 'voice-by-frame', 'endorsement', 'naming', 'speakers', 'claims', 'distinctive', 'term-scatter']);
    for (const id of charts) {
      const marks = await page.$$eval(`#vis-${id} svg g[class^="mark-"] > path, #vis-${id} svg g[class^="mark-"] > text, #vis-${id} svg g[class^="mark-"] > line`, (n) => n.length);
      expect(marks, id!).toBeGreaterThan(0);
    }
    expect(await page.evaluate(() => (window as unknown as { framelensWarnings: string[] }).framelensWarnings)).toEqual([]);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
    // the "Over time" section explains why it is omitted (the seed dates span one day)
    expect(await page.textContent('#time')).toContain('Omitted: the articles\' dates span only 2022-01-06 to 2022-01-07');
    for (const id of ['overview', 'frames', 'voice', 'naming', 'speakers', 'claims', 'distinctive', 'time', 'evidence', 'method'])
      await page.locator(`#${id}`).screenshot({ path: path.join(shots, `${id}.png`) });
    await page.close();
  });

  it('a click on a heatmap cell filters the explorer to exactly the hits of that outlet and frame', { timeout: 120_000 }, async () => {
    const { page, errors } = await open(files.sample!);
    const cell = data.outletFrames.find((r) => r.outlet === 'nd' && r.frame === 'protest')!;
    expect(cell.hits).toBeGreaterThan(1);
    const expected = data.evidence.filter((e) => e.outlet === 'nd' && e.kind === 'frame' && e.category === 'protest').map((e) => e.id);
    expect(expected).toHaveLength(cell.hits);
    await page.locator('#vis-frame-density .mark-rect path[aria-label*="outletLabel: nd (1 article);"][aria-label*="frameLabel: Protest and unrest;"]').click({ force: true });
    await expect.poll(() => page.getAttribute('#ev-status', 'data-count')).toBe(String(cell.hits));
    const ids = await page.$$eval('#ev-body tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(ids).toEqual(expected);
    expect(await page.inputValue('#f-outlet')).toBe('nd');
    expect(await page.inputValue('#f-category')).toBe('frame:protest');
    await page.locator('#evidence').screenshot({ path: path.join(shots, 'evidence-after-click.png') });

    // own voice only: the same cell now drills down to the authorial hits
    await page.selectOption('select[data-signal="voiceMode"]', 'own');
    await page.locator('#vis-frame-density .mark-rect path[aria-label*="outletLabel: nd (1 article);"][aria-label*="frameLabel: Protest and unrest;"]').click({ force: true });
    await expect.poll(() => page.getAttribute('#ev-status', 'data-count')).toBe(String(cell.ownHits));
    expect(await page.inputValue('#f-voice')).toBe('authorial');

    // a voice segment: outlet × frame × voice
    const seg = data.outletFrameVoices.find((r) => r.outlet === 'dpa-wire' && r.hits > 0 && r.voice !== 'authorial')!;
    const segLabel = data.lexicon.frames.find((f) => f.id === seg.frame)!.label;
    await page.locator(`#vis-voice-by-frame .mark-rect path[aria-label*="Outlet: dpa wire copy (publishing outlet unknown) (1 article);"][aria-label*="Frame: ${segLabel};"][aria-label*="Voice: ${seg.voice};"]`).click({ force: true });
    await expect.poll(() => page.getAttribute('#ev-status', 'data-count')).toBe(String(seg.hits));

    // the reader opens from an evidence row with the hit in view
    await page.locator('#ev-body button.read').first().click();
    await expect.poll(() => page.evaluate(() => (document.getElementById('reader') as HTMLDialogElement).open)).toBe(true);
    const focus = await page.textContent('#reader-focus');
    const first = data.evidence.find((e) => e.outlet === 'dpa-wire' && e.category === seg.frame && e.voice === seg.voice)!;
    expect(focus).toBe(first.match);
    await page.locator('#reader').screenshot({ path: path.join(shots, 'reader.png') });
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hostile corpus strings are shown as text and never run', { timeout: 120_000 }, async () => {
    const { page, errors, blocked } = await open(files.hostile!);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.textContent('#overview')).toContain(HOSTILE.name);
    expect(await page.textContent('#overview')).toContain(HOSTILE.title);
    // javascript: URLs are never links
    expect(await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')!).filter((h) => /^\s*javascript:/i.test(h)))).toEqual([]);
    // the over-time chart appears once dates span several days
    expect(await page.$$eval('#vis-over-time svg g[class^="mark-"] > path', (n) => n.length)).toBeGreaterThan(0);
    // the explorer and the reader show the hostile sentence as text
    await page.fill('#f-text', 'window.__pwned=6');
    await expect.poll(() => page.getAttribute('#ev-status', 'data-count')).not.toBe('0');
    expect(await page.textContent('#ev-body')).toContain(HOSTILE.evidence);
    await page.locator('#ev-body button.read').first().click();
    expect(await page.textContent('#reader-text')).toContain(HOSTILE.longWord);
    await page.keyboard.press('Escape');
    // hovering a chart shows a tooltip with the hostile frame label as text
    await page.locator('#vis-frame-density .mark-rect path').nth(5).hover({ force: true });
    // no layout break: nothing wider than the window
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.locator('#overview').screenshot({ path: path.join(shots, 'hostile-overview.png') });
    await page.close();
  });

  it('without JavaScript the static SVG of every chart is shown', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(files.sample!).href);
    const svgs = await page.$$eval('figure.chart .static svg', (n) => n.length);
    expect(svgs).toBe(await page.$$eval('figure.chart', (n) => n.length));
    await page.locator('#frames').screenshot({ path: path.join(shots, 'frames-noscript.png') });
    await context.close();
  });
});
