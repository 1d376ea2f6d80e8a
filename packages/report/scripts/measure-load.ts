/**
 * `node --import tsx packages/report/scripts/measure-load.ts [a.html [b.html ...]] [--runs 5] [--many]`:
 * open a report in headless Chromium from file:// (every other request aborted, viewport
 * 1280 × 900) and print, per load and as the median, milliseconds from navigation start (the
 * page's own clock) until:
 *
 * - first paint: first contentful paint;
 * - every chart visible: every chart figure shows a chart, the static SVG image embedded at build
 *   time (its `load` event) or the live Vega view (the figure gets class `rendered`), whichever
 *   comes first; the latest figure counts;
 * - interactive: the page script has wired the controls (mark `framelens:interactive`; pages
 *   without the mark: DOMContentLoaded, after which their synchronous script had run);
 * - DOMContentLoaded and the `load` event (navigation timing);
 * - main thread free: the end of the last long task (> 50 ms, which would delay a click) before
 *   every live chart has rendered, and the longest such task;
 * - live charts in view: the Vega views in the first screen have replaced their static images;
 * - all live charts: every Vega view has rendered (the page renders them lazily, in idle time).
 *
 * Several files are loaded in turn (a, b, a, b, ...), so a before/after comparison shares the
 * machine's load. Without a file it builds the seed report first (pipeline in a temporary copy of
 * the repository); `--many` adds the 30-outlet, 6,000-article page generated from the seed
 * report (src/__fixtures__/many-outlets.ts), whose target is a `load` event under 3 s. Prints the
 * load average with the figures: the machine is shared.
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' }, many: { type: 'boolean', default: false } } });
const runs = Number(values.runs ?? 5);
const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`measure-load: no Chromium at ${CHROMIUM}; install it (apt-get install chromium) or set FRAMELENS_CHROMIUM`);
  process.exit(1);
}
// the seed report's pipeline is imported only when needed: a given file needs no pipeline sources
const files = positionals.length || values.many ? [...positionals] : [(await (await import('./seed-report.js')).buildSeedReport()).file];
if (values.many) files.push(await manyOutletsPage());

/** The 30-outlet fixture rendered with this package's sources, in a temporary file. */
async function manyOutletsPage(): Promise<string> {
  const { manyOutlets } = await import('../src/__fixtures__/many-outlets.js');
  const { renderReport } = await import('../src/index.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-many-'));
  const file = path.join(dir, 'many-outlets.html');
  writeFileSync(file, (await renderReport(manyOutlets())).html);
  return file;
}

export interface LoadTiming {
  firstPaint: number;
  chartsVisible: number;
  interactive: number;
  domContentLoaded: number;
  load: number;
  mainThreadFree: number;
  longestTask: number;
  ready: number;
  allReady: number;
}

const FIGURES: [keyof LoadTiming, string][] = [
  ['firstPaint', 'first paint'],
  ['chartsVisible', 'every chart visible (static or live)'],
  ['interactive', 'interactive (controls wired)'],
  ['domContentLoaded', 'DOMContentLoaded'],
  ['load', 'load event'],
  ['mainThreadFree', 'main thread free (last long task ends)'],
  ['longestTask', 'longest task'],
  ['ready', 'live charts in view'],
  ['allReady', 'all live charts'],
];

// Runs before the page's own scripts (a string: tsx would wrap named arrows in a helper the page
// lacks). Records when each figure's static image loads and when its live view replaces it, and
// every long task.
const PROBE = `(() => {
  const t = { img: {}, live: {}, long: [] };
  window.__framelensProbe = t;
  const figureOf = (n) => n && n.closest ? n.closest('figure.chart') : null;
  document.addEventListener('load', (ev) => {
    const n = ev.target;
    if (!n || n.tagName !== 'IMG' || !n.classList.contains('static')) return;
    const f = figureOf(n);
    if (f && !(f.dataset.chart in t.img)) t.img[f.dataset.chart] = performance.now();
  }, true);
  new MutationObserver((ms) => {
    for (const m of ms) {
      const f = m.target;
      if (f.matches && f.matches('figure.chart.rendered') && !(f.dataset.chart in t.live)) t.live[f.dataset.chart] = performance.now();
    }
  }).observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) t.long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
})();`;

const COLLECT = `new Promise((resolve) => setTimeout(resolve, 200)).then(() => {
  const t = window.__framelensProbe;
  const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  const figures = [...document.querySelectorAll('figure.chart')].map((f) => f.dataset.chart);
  const shown = figures.map((id) => Math.min(t.img[id] ?? Infinity, t.live[id] ?? Infinity));
  const allReady = at('framelens:all-charts-ready') ?? performance.now();
  const long = t.long.filter(([s]) => s < allReady);
  return {
    firstPaint: fcp ?? NaN,
    chartsVisible: figures.length ? Math.max(...shown) : NaN,
    interactive: at('framelens:interactive') ?? nav.domContentLoadedEventEnd,
    domContentLoaded: nav.domContentLoadedEventStart,
    load: nav.loadEventStart,
    mainThreadFree: long.length ? Math.max(...long.map(([s, d]) => s + d)) : (fcp ?? 0),
    longestTask: long.length ? Math.max(...long.map(([, d]) => d)) : 0,
    ready: at('framelens:charts-ready') ?? NaN,
    allReady,
  };
})`;

/** One load in a fresh page: times from navigation start, read from the page's own clock. */
export async function measureLoad(browser: Browser, htmlFile: string): Promise<LoadTiming> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(PROBE);
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(htmlFile).href);
  await page.waitForSelector('html[data-all-charts-ready]', { timeout: 60_000 });
  if ((await page.getAttribute('html', 'data-all-charts-ready')) === 'error') throw new Error(`measure-load: a chart failed to render in ${htmlFile}`);
  const t = (await page.evaluate(COLLECT)) as LoadTiming;
  await page.close();
  return t;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const line = (t: LoadTiming) => FIGURES.map(([k, name]) => `${name} ${t[k].toFixed(0)}`).join(', ');
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  for (const f of files) await measureLoad(browser, f); // warm-up (disk cache, V8 code cache), not counted
  const times = files.map(() => [] as LoadTiming[]);
  const loadBefore = load();
  for (let i = 0; i < runs; i++) {
    for (const [j, f] of files.entries()) {
      const t = await measureLoad(browser, f);
      times[j]!.push(t);
      console.log(`load ${i + 1}${files.length > 1 ? ` of ${String.fromCharCode(97 + j)}` : ''} (ms): ${line(t)}`);
    }
  }
  console.log(`\nload average ${loadBefore} before, ${load()} after; ${os.cpus().length} cores; ${new Date().toISOString().slice(0, 10)}`);
  for (const [j, f] of files.entries()) {
    console.log(`\n${files.length > 1 ? `${String.fromCharCode(97 + j)}: ` : ''}${f} (${(statSync(f).size / 1e6).toFixed(2)} MB), median of ${runs}:`);
    for (const [k, name] of FIGURES) console.log(`  ${`${name}:`.padEnd(42)} ${median(times[j]!.map((t) => t[k])).toFixed(0).padStart(5)} ms`);
  }
} finally {
  await browser.close();
}
