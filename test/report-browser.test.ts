/**
 * The report in a real browser: headless Chromium opens the written file from file:// with
 * every other request aborted. The main tests run the REAL pipeline (corpus, text analysis,
 * lexicon, aggregation, report) on a temporary copy of the repository; the fixture-based tests
 * cover what the seeds lack (a missing reader text). Hostile strings go through the real
 * pipeline too. Screenshots of each section go to test-artifacts/screenshots/ (git-ignored).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { describeInChromium } from '@framelens/tools/browser-test';
import { launchChromium } from '@framelens/tools/chromium';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderReport } from '@framelens/report';
import type { ReportData } from '@framelens/aggregate';
import { loadPipelineConfig, runAndWrite } from '@framelens/cli';
import { repoRoot, tempRepo } from '@framelens/tools';

const artifacts = path.join(repoRoot, 'test-artifacts');
const shots = path.join(artifacts, 'screenshots');
const PIPELINE = 'kazakhstan-2022';
const SECTIONS = ['overview', 'frames', 'voice', 'naming', 'speakers', 'claims', 'distinctive', 'time', 'evidence', 'method'];

let browser: Browser;

/** Run the real pipeline in a temporary repository; the written index.html and report.json. */
async function pipelineReport(repo: string): Promise<{ file: string; data: ReportData }> {
  const config = await loadPipelineConfig(path.join(repo, 'pipelines', PIPELINE), repo);
  await runAndWrite(config, { workers: 1 });
  const dir = path.join(repo, 'reports', PIPELINE);
  return { file: path.join(dir, 'index.html'), data: JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as ReportData };
}

// ---- hostile input, through the real corpus loader and pipeline ----------------------------------
const LONG_WORD = 'Protest' + 'a'.repeat(4_993);
const HOSTILE = {
  outletName: '<script>window.__pwned=1</script> Hostile </script> Press ‏שלום‏ 🎉',
  evidence: '<img src=x onerror="window.__pwned=2"> inferred </script><script>window.__pwned=3</script> see javascript:alert(1)',
  title: '</script><script>window.__pwned=4</script> Demonstranten ‏مظاهرات‏ 🎉',
  sentence: '<script>window.__pwned=5</script> Die Demonstranten stürmten das Rathaus, meldete die Polizei.',
  jsUrl: 'javascript:alert(1)',
};
const hostileArticle = `---
title: ${JSON.stringify(HOSTILE.title)}
date: "2022-01-09"
language: de
---
${HOSTILE.sentence} </script><img src=x onerror="window.__pwned=6">

Mehr unter ${HOSTILE.jsUrl} und <a href="${HOSTILE.jsUrl}">hier</a>. Die Proteste gingen weiter.

${LONG_WORD} Terroristen und Demonstranten.

‏المتظاهرون في ألماتي‏ שלום עולם 🎉👍🏽 Die Regierung sprach von Terroristen.
`;
const hostileOutlet = `name: ${JSON.stringify(HOSTILE.outletName)}
country: DE
language: de
kind: daily
url: https://example.org/hostile
attribution:
  status: inferred
  evidence: ${JSON.stringify(HOSTILE.evidence)}
`;

async function addHostileOutlet(repo: string, outletYaml: string): Promise<void> {
  const dir = path.join(repo, 'corpus', PIPELINE, 'hostile-press');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'outlet.yaml'), outletYaml);
  await writeFile(path.join(dir, '2022-01-09-hostile.md'), hostileArticle);
}

interface Opened { page: Page; errors: string[]; blocked: string[]; failed: string[]; ms: { ready: number; allReady: number } }

async function open(file: string, width = 1280): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
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
  await page.waitForSelector('html[data-all-charts-ready]', { timeout: 60_000 });
  // the page's own marks, in ms since navigation start (a string: tsx helpers do not exist in the page)
  const ms = (await page.evaluate(`(() => { const at = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime; return { ready: at('framelens:charts-ready'), allReady: at('framelens:all-charts-ready') }; })()`)) as Opened['ms'];
  return { page, errors, blocked, failed, ms };
}

const marks = (page: Page, id: string) =>
  page.$$eval(`#vis-${id} svg g[class^="mark-"] > path, #vis-${id} svg g[class^="mark-"] > text, #vis-${id} svg g[class^="mark-"] > line`, (n) => n.length);
const pwned = (page: Page) => page.evaluate(`window.__pwned`);

describeInChromium('report in Chromium', () => {
  let real: { file: string; data: ReportData };
  let hostile: { file: string; data: ReportData };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    real = await pipelineReport(await tempRepo({ pipeline: true }));
    const repo = await tempRepo({ pipeline: true });
    await addHostileOutlet(repo, hostileOutlet);
    hostile = await pipelineReport(repo);
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => { await browser?.close(); });

  it('the seed report from the real pipeline renders every chart with marks, offline, without errors or warnings', { timeout: 120_000 }, async () => {
    const { page, errors, blocked, failed, ms } = await open(real.file);
    console.log(`seed report: charts in view ready after ${ms.ready.toFixed(0)} ms, all ${await page.getAttribute('html', 'data-all-charts-ready')} charts after ${ms.allReady.toFixed(0)} ms (${(readFileSync(real.file).length / 1e6).toFixed(2)} MB)`);
    const charts = await page.$$eval('figure.chart', (fs) => fs.map((f) => f.getAttribute('data-chart')!));
    expect(charts).toEqual(['frame-density', 'frame-intervals', 'voice-by-frame', 'endorsement', 'naming', 'speakers', 'claims', 'distinctive', 'term-scatter']);
    expect(await page.getAttribute('html', 'data-all-charts-ready')).toBe(String(charts.length));
    for (const id of charts) {
      expect(await marks(page, id), id).toBeGreaterThan(0);
      // the live chart replaced the static image
      expect(await page.locator(`#svg-${id}`).isVisible(), id).toBe(false);
    }
    expect(await page.evaluate(`window.framelensWarnings`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
    // the loading model: the controls are wired before the load event, vega runs after it
    const order = (await page.evaluate(`(() => { const at = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime; const nav = performance.getEntriesByType('navigation')[0]; return { interactive: at('framelens:interactive'), libraries: at('framelens:libraries'), load: nav.loadEventEnd }; })()`)) as { interactive: number; libraries: number; load: number };
    expect(order.interactive).toBeLessThanOrEqual(order.load);
    expect(order.libraries).toBeGreaterThanOrEqual(order.load);
    // the explorer's table is built when it comes near the viewport
    expect(await page.$$eval('#ev-body tr', (n) => n.length)).toBe(0);
    await page.locator('#evidence').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getAttribute('#ev-status', 'data-count')).toBe(String(real.data.evidence.length));
    expect(await page.$$eval('#ev-body tr', (n) => n.length)).toBe(Math.min(100, real.data.evidence.length));
    // the seeds span 6-7 January: "Over time" says why it is omitted; no near-duplicates
    expect(await page.textContent('#time')).toContain('Omitted: the articles\' dates span only 2022-01-06 to 2022-01-07');
    expect(real.data.nearDuplicates).toEqual([]);
    expect(await page.textContent('#near-duplicates + p')).toContain('No two articles share enough text');
    // outlet websites from outlet.yaml are links
    expect(await page.getAttribute('#overview a[href="https://www.nd-aktuell.de/"]', 'rel')).toBe('noopener noreferrer');
    for (const id of SECTIONS) await page.locator(`#${id}`).screenshot({ path: path.join(shots, `${id}.png`) });
    await page.close();
  });

  it('a click on a heatmap cell filters the explorer to exactly the evidence rows of that outlet and frame', { timeout: 120_000 }, async () => {
    const { page, errors } = await open(real.file);
    const { data } = real;
    const cell = data.outletFrames.find((r) => r.outlet === 'nd' && r.frame === 'protest-unrest')!;
    expect(cell.hits).toBeGreaterThan(1);
    const rowsOf = (f: (e: ReportData['evidence'][number]) => boolean) => data.evidence.filter((e) => !e.excluded && f(e)).map((e) => e.id);
    const expected = rowsOf((e) => e.outlet === 'nd' && e.kind === 'frame' && e.category === 'protest-unrest');
    expect(expected).toHaveLength(cell.hits);
    const frameLabel = (id: string) => data.lexicon.frames.find((f) => f.id === id)!.label;
    const heatCell = page.locator(`#vis-frame-density .mark-rect path[aria-label*="outletLabel: nd (1 article);"][aria-label*="frameLabel: ${frameLabel('protest-unrest')};"]`);
    // the frame profile opens on own voice: the cell drills down to the authorial hits
    expect(await page.inputValue('select[data-signal="voiceMode"]')).toBe('own');
    await heatCell.scrollIntoViewIfNeeded();
    await heatCell.click({ position: { x: 4, y: 4 } }); // a corner: the cell's number label covers its centre
    await expect.poll(() => page.getAttribute('#ev-status', 'data-count')).toBe(String(cell.ownHits));
    expect(await page.$$eval('#ev-body tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(
      rowsOf((e) => e.outlet === 'nd' && e.kind === 'frame' && e.category === 'protest-unrest' && e.voice === 'authorial'),
    );
    expect(await page.inputValue('#f-outlet')).toBe('nd');
    expect(await page.inputValue('#f-category')).toBe('frame:protest-unrest');
    expect(await page.inputValue('#f-voice')).toBe('authorial');

    // all voices, including quotes and attributions: the same cell drills down to every counted hit
    await page.selectOption('select[data-signal="voiceMode"]', 'all');
    await heatCell.scrollIntoViewIfNeeded();
    await heatCell.click({ position: { x: 4, y: 4 } });
    await expect.poll(() => page.getAttribute('#ev-status', 'data-count')).toBe(String(cell.hits));
    expect(await page.$$eval('#ev-body tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(expected);
    expect(await page.inputValue('#f-voice')).toBe('');
    await page.locator('#evidence').screenshot({ path: path.join(shots, 'evidence-after-click.png') });

    // a voice segment: outlet × frame × voice
    const seg = data.outletFrameVoices.find((r) => r.outlet === 'dpa-wire' && r.hits > 0 && r.voice !== 'authorial')!;
    const segment = page.locator(`#vis-voice-by-frame .mark-rect path[aria-label*="Outlet: dpa wire copy (publishing outlet unknown) (1 article);"][aria-label*="Frame: ${frameLabel(seg.frame)};"][aria-label*="Voice: ${seg.voice};"]`);
    await segment.scrollIntoViewIfNeeded();
    await segment.click();
    await expect.poll(() => page.getAttribute('#ev-status', 'data-count')).toBe(String(seg.hits));
    const segRows = rowsOf((e) => e.outlet === 'dpa-wire' && e.kind === 'frame' && e.category === seg.frame && e.voice === seg.voice);
    expect(await page.$$eval('#ev-body tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(segRows);

    // the reader opens from an evidence row with the hit in view
    await page.locator('#ev-body button.read').first().click();
    await expect.poll(() => page.evaluate(`document.getElementById('reader').open`)).toBe(true);
    const first = data.evidence.find((e) => e.id === segRows[0])!;
    expect(await page.textContent('#reader-focus')).toBe(first.match);
    expect(await page.textContent('#reader-text')).toContain(first.sentence);
    await page.locator('#reader').screenshot({ path: path.join(shots, 'reader.png') });
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hostile corpus strings pass the real pipeline and are shown as text, never run, never break the layout', { timeout: 120_000 }, async () => {
    const { page, errors, blocked, failed } = await open(hostile.file);
    expect(await pwned(page)).toBeUndefined();
    const overview = (await page.textContent('#overview'))!;
    expect(overview).toContain(HOSTILE.outletName);
    expect(overview).toContain(HOSTILE.evidence);
    expect(overview).toContain(HOSTILE.title);
    // no element was injected: the only scripts are the page's own (the JSON blocks, the inert
    // library blocks, the page script, and the two library scripts it ran from those blocks after
    // the load event), no <img> but the static charts
    const scripts = (await page.$$eval('script', (s) => s.map((x) => [x.getAttribute('type') ?? '', x.id, x.textContent!.length]))) as [string, string, number][];
    const figureIds = await page.$$eval('figure.chart', (fs) => fs.map((f) => f.getAttribute('data-chart')!));
    expect(scripts.filter(([t]) => t === 'application/json').map(([, id]) => id)).toEqual(['report-data', 'report-evidence', 'report-readers', ...figureIds.map((id) => `spec-${id}`)]);
    const libs = scripts.filter(([t]) => t === 'text/x-framelens-library');
    expect(libs.map(([, id]) => id)).toEqual(['lib-vega', 'lib-vega-embed']);
    const plain = scripts.filter(([t]) => t === '');
    expect(plain).toHaveLength(3);
    // (the page appends the library scripts to <head>, so they come first in document order)
    expect(plain.slice(0, 2).map(([, , n]) => n)).toEqual(libs.map(([, , n]) => n));
    expect(await page.$$eval('head script', (s) => s.length)).toBe(2);
    expect(scripts).toHaveLength(3 + figureIds.length + 2 + 3);
    expect(await page.$$eval('img:not(.static)', (s) => s.length)).toBe(0);
    // javascript: URLs are never links
    expect(await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')!).filter((h) => !/^(#|data:|blob:|https?:\/\/)/.test(h)))).toEqual([]);
    // the hostile article's dates reach 9 January: "Over time" is drawn
    expect(await marks(page, 'over-time')).toBeGreaterThan(0);
    // the explorer shows the hostile sentence as text, the reader the whole article
    await page.fill('#f-text', 'window.__pwned=5');
    await expect.poll(() => page.getAttribute('#ev-status', 'data-count')).not.toBe('0');
    expect(await page.textContent('#ev-body')).toContain(HOSTILE.sentence);
    await page.locator('#ev-body button.read').first().click();
    const reader = (await page.textContent('#reader-text'))!;
    expect(reader).toContain(LONG_WORD);
    expect(reader).toContain(HOSTILE.jsUrl);
    expect(reader).toContain('🎉👍🏽');
    expect(await page.$$eval('#reader a', (as) => as.length)).toBe(0);
    const dialogOverflow = await page.evaluate(`(() => { const d = document.getElementById('reader-text'); return d.scrollWidth - d.clientWidth; })()`);
    expect(dialogOverflow).toBeLessThanOrEqual(0);
    await page.locator('#reader').screenshot({ path: path.join(shots, 'hostile-reader.png') });
    await page.keyboard.press('Escape');
    // hovering chart marks shows tooltips with the hostile outlet name as text
    await page.locator('#vis-frame-density .mark-rect path').last().scrollIntoViewIfNeeded();
    await page.locator('#vis-frame-density .mark-rect path').last().hover({ force: true });
    // no layout break: nothing wider than the window, at desktop and phone width (with every
    // section laid out: off-screen sections skip layout through content-visibility)
    await page.addStyleTag({ content: 'main > section { content-visibility: visible !important; }' });
    expect(await page.evaluate(`document.documentElement.scrollWidth - window.innerWidth`)).toBeLessThanOrEqual(0);
    await page.mouse.move(0, 0); // the tooltip follows the pointer; at phone width the page alone is checked
    await page.setViewportSize({ width: 400, height: 800 });
    expect(await page.evaluate(`document.documentElement.scrollWidth - window.innerWidth`)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await pwned(page)).toBeUndefined();
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
    await page.locator('#overview').screenshot({ path: path.join(shots, 'hostile-overview.png') });
    await page.close();
  });

  it('the corpus loader refuses a javascript: URL in outlet metadata, naming the file and field', { timeout: 120_000 }, async () => {
    const repo = await tempRepo({ pipeline: true });
    await addHostileOutlet(repo, hostileOutlet.replace('url: https://example.org/hostile', `url: "${HOSTILE.jsUrl}"`));
    const error = await pipelineReport(repo).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/hostile-press\/outlet\.yaml/);
    expect(error?.message).toMatch(/url/);
    expect(existsSync(path.join(repo, 'reports', PIPELINE, 'index.html'))).toBe(false);
  });

  it('an article without embedded full text opens a reader that names its corpus file', { timeout: 120_000 }, async () => {
    const { data } = real;
    const missing = data.readers[0]!.article;
    const dir = path.join(artifacts, 'report-no-reader');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), (await renderReport({ ...data, readers: data.readers.slice(1) })).html);
    const { page, errors } = await open(path.join(dir, 'index.html'));
    await page.locator('#overview details summary', { hasText: /^Articles \(/ }).click();
    await page.locator(`#overview button[data-article="${missing}"]`).click();
    const path_ = data.articles.find((a) => a.article === missing)!.path;
    expect(await page.textContent('#reader-missing')).toBe(`Full text not embedded in this report (it holds the texts of a limited number of articles) — see ${path_} in the corpus.`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript the static SVG of every chart is shown', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(real.file).href);
    const figures = await page.$$eval('figure.chart', (n) => n.length);
    await expect.poll(() => page.$$eval('figure.chart img.static', (imgs) => imgs.filter((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0).length)).toBe(figures);
    await page.locator('#frames').screenshot({ path: path.join(shots, 'frames-noscript.png') });
    await context.close();
  });
});
