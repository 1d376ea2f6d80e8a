import { readFileSync } from 'node:fs';
import type { SampleItem, SampleMeta } from './sample.js';

/** What the coding page embeds per item: never the detected voice or speaker (the coding stays blind). */
export interface PageItem {
  item: string;
  frame: string;
  frameLabel: string;
  frameDescription: string;
  outlet: string;
  article: string;
  match: string;
  matchStart: number;
  matchEnd: number;
  sentence: string;
  context: string;
}

export interface PageData {
  pipeline: string;
  date: string;
  /** with pipeline and date, names the answers kept in the browser (another seed: other items) */
  seed: number;
  items: PageItem[];
}

/**
 * The page's script: src/browser/coding-page.ts, bundled by esbuild at build time
 * (scripts/bundle-page.mjs). The path works from src/ (tests) and from dist/ alike.
 */
function pageScript(): string {
  const file = new URL('../dist/browser/coding-page.js', import.meta.url);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`the coding page script is not built (${file.pathname}): run "pnpm exec turbo run build" first`);
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One self-contained HTML page to code a sample offline (file://, no network). */
export function codingPage(meta: SampleMeta, items: readonly SampleItem[]): string {
  const data: PageData = {
    pipeline: meta.pipeline,
    date: meta.date,
    seed: meta.seed,
    items: items.map((it) => ({
      item: it.item, frame: it.frame, frameLabel: it.frameLabel, frameDescription: it.frameDescription, outlet: it.outlet, article: it.article,
      match: it.match, matchStart: it.matchStart, matchEnd: it.matchEnd, sentence: it.sentence, context: it.context,
    })),
  };
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const script = pageScript().replace(/<\/(script)/gi, '<\\/$1');
  const title = `Coding: ${meta.pipeline}, sample of ${meta.date}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>${escapeHtml(title)}</h1>
  <p class="intro">For each sentence, answer two questions. The detector's answer is not shown: judge the sentence itself.
  Your answers stay in this browser until you export them.</p>
  <div class="bar">
    <label>Your name <input id="coder" autocomplete="name" placeholder="e.g. Anna Schmidt"></label>
    <span id="progress" role="status"></span>
    <button id="export" type="button" title="Export CSV (x)">Export CSV</button>
  </div>
</header>
<main id="app" aria-live="polite"><noscript>This page needs JavaScript; without it, code the CSV file next to it (sample-${escapeHtml(meta.date)}.csv) in a spreadsheet.</noscript></main>
<footer>
  <p><b>Keys:</b> <kbd>y</kbd> yes · <kbd>n</kbd> no · <kbd>u</kbd> unsure · <kbd>1</kbd> own voice · <kbd>2</kbd> quoted · <kbd>3</kbd> reported · <kbd>4</kbd> distanced ·
  <kbd>c</kbd> context · <kbd>→</kbd>/<kbd>j</kbd> next · <kbd>←</kbd>/<kbd>k</kbd> previous · <kbd>g</kbd> next uncoded · <kbd>x</kbd> export</p>
</footer>
<script type="application/json" id="sample-data">${json}</script>
<script>${script}</script>
</body>
</html>
`;
}

const STYLE = `
:root { font: 16px/1.5 system-ui, sans-serif; color: #1b1f24; background: #fafafa; }
body { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
.intro { color: #444; margin: 0 0 .75rem; }
.bar { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; padding: .5rem 0; border-bottom: 1px solid #ddd; }
.bar input { font: inherit; padding: .2rem .4rem; }
#progress { margin-left: auto; color: #333; }
.card { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.25rem; margin-top: 1rem; }
.meta { color: #555; font-size: .9rem; display: flex; justify-content: space-between; gap: 1rem; }
.frame { margin: .5rem 0; padding: .5rem .75rem; background: #eef3f8; border-radius: 4px; }
.frame b { display: block; }
.sentence { font-size: 1.15rem; margin: .75rem 0; }
mark { background: #ffe27a; padding: 0 .1em; border-radius: 2px; }
mark.here { background: #e4ecf7; }
details { margin: .5rem 0 1rem; }
details pre { white-space: pre-wrap; font: inherit; background: #f4f4f4; padding: .75rem; border-radius: 4px; }
fieldset { border: 0; padding: 0; margin: .75rem 0; }
legend { font-weight: 600; margin-bottom: .3rem; }
.choices { display: flex; gap: .5rem; flex-wrap: wrap; }
.choices button { font: inherit; padding: .35rem .8rem; border: 1px solid #999; border-radius: 4px; background: #fff; cursor: pointer; }
.choices button[aria-pressed="true"] { background: #1f5fa8; color: #fff; border-color: #1f5fa8; }
.nav { display: flex; gap: .5rem; margin-top: 1rem; }
.nav button, #export { font: inherit; padding: .3rem .8rem; cursor: pointer; }
textarea { width: 100%; font: inherit; min-height: 2.5rem; }
kbd { border: 1px solid #bbb; border-bottom-width: 2px; border-radius: 3px; padding: 0 .3em; font-size: .85em; background: #fff; }
footer { color: #555; font-size: .9rem; margin-top: 1.5rem; }
.message { color: #a40000; }
`;
