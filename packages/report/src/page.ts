/**
 * The page: head (CSP by script hashes), header with the table of contents, the sections of
 * sections.ts in order, the reader dialog, the embedded JSON blocks, the inert library blocks
 * and the page script. Every corpus-derived string passes through escapeHtml; URLs become links
 * only when they are http(s).
 */
import { createHash } from 'node:crypto';
import type { ReportData } from '@framelens/aggregate';
import { escapeHtml as e, jsonForScript } from './escape.js';
import { readerDialog } from './method.js';
import { SECTIONS } from './sections.js';
import type { ChartSpec } from './specs.js';
import { STYLES } from './styles.js';
import type { ValidationInput } from './validation-section.js';

export { ARTICLES_IN_PAGE, NEAR_DUPLICATES_IN_PAGE, WARNINGS_PER_KIND_IN_PAGE } from './overview.js';
export { count } from './html.js';

export interface RenderedChart extends ChartSpec { svg: string }

export interface PageInput {
  data: ReportData;
  charts: RenderedChart[];
  /** what the page script needs at once: outlets, categories, chart ids and drill-downs */
  pageData: unknown;
  /** parsed only when the explorer or the reader needs them */
  evidence: unknown;
  readers: unknown;
  /** one compiled Vega spec per chart, parsed when that chart's live view is rendered */
  specs: { id: string; spec: unknown }[];
  libraries: { name: string; version: string; code: string }[];
  clientScript: string;
  /** the hand-coded sample's figures: adds the Validation section */
  validation?: ValidationInput | undefined;
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

export function renderPage({ data, charts, pageData, evidence, readers, specs, libraries, clientScript, validation }: PageInput): string {
  if (/<!--|<\/?script/i.test(clientScript)) throw new Error('renderPage: the page script contains "<!--", "<script" or "</script", which the HTML parser would misread inside an inline script');
  const scripts = [...libraries.map((l) => l.code), clientScript];
  // Inline scripts are allowed by hash only: nothing injected into the page can run, and no
  // source other than this file is allowed (default-src 'none'). The libraries sit in inert
  // <script type="text/x-framelens-library"> blocks; after the load event the page script runs
  // them as inline scripts, which the same hashes allow (and nothing else).
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const ctx = { data, libraries, validation, charts: (s: ChartSpec['section']) => charts.filter((c) => c.section === s).map(figure).join('\n') };
  const sections = SECTIONS.filter((section) => section.shown?.(ctx) ?? true).map((section) => [section.id, section.title, section.body(ctx)] as const);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="framelens ${e(data.provenance.framelensVersion)}">
<title>${e(data.title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="top">
<h1>${e(data.title)}</h1>
${data.description ? `<p>${e(data.description)}</p>` : ''}
<nav class="toc" aria-label="Sections">${sections.map(([id, title]) => `<a href="#${id}">${e(title)}</a>`).join('')}</nav>
</header>
<main>
${sections.map(([id, title, body]) => `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${e(title)}</h2>\n${body}\n</section>`).join('\n')}
</main>
${readerDialog(data)}
<script type="application/json" id="report-data">${jsonForScript(pageData)}</script>
<script type="application/json" id="report-evidence">${jsonForScript(evidence)}</script>
<script type="application/json" id="report-readers">${jsonForScript(readers)}</script>
${specs.map((c) => `<script type="application/json" id="spec-${e(c.id)}">${jsonForScript(c.spec)}</script>`).join('\n')}
${libraries.map((l) => `<script type="text/x-framelens-library" id="lib-${e(l.name)}">${l.code}</script>`).join('\n')}
<script>${clientScript}</script>
</body>
</html>
`;
}

function figure(c: RenderedChart): string {
  const control = c.control
    ? `<p class="control"><label>${e(c.control.label)} <select data-signal="${e(c.control.signal)}" data-chart="${e(c.id)}">${c.control.options
        .map((o) => `<option value="${e(o.value)}">${e(o.label)}</option>`).join('')}</select></label></p>`
    : '';
  const size = svgSize(c.svg);
  return `<figure class="chart" id="chart-${e(c.id)}" data-chart="${e(c.id)}">
<h3>${e(c.question)}</h3>
${control}<div class="vis" id="vis-${e(c.id)}" role="figure" aria-label="${e(c.title)}: ${e(c.question)}"></div>
<img class="static" id="svg-${e(c.id)}" alt="${e(c.title)} (static image): ${e(c.question)}" decoding="async"${size ? ` width="${size.width}" height="${size.height}"` : ''} src="${attributeUri(svgDataUri(c.svg))}">
<p class="how"><strong>How to read this:</strong> ${e(c.howToRead)}</p>
<p class="downloads"><a id="svg-link-${e(c.id)}" download="${e(c.id)}.svg" hidden>SVG</a><a download="${e(c.id)}.csv" href="data:text/csv;charset=utf-8,${encodeURIComponent(c.csv)}">CSV</a></p>
</figure>`;
}

/**
 * The static SVG as a data: URI for an <img>: shown until the live chart has rendered (and for
 * good without JavaScript). An SVG image cannot run script or load anything. Only the
 * characters a URL would misread are percent-encoded (`%`, `#`, whitespace controls, `"`), so
 * the page stays small. Plain string replacements: no per-character callback over the markup.
 */
export function svgDataUri(svg: string): string {
  let s = svg.includes('%') ? svg.replaceAll('%', '%25') : svg;
  s = s.replaceAll('#', '%23').replaceAll('"', '%22');
  if (/[\u0000-\u001f\u007f]/.test(s)) s = s.replace(/[\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `data:image/svg+xml;charset=utf-8,${s}`;
}

/**
 * A URI (already free of `"`, `%`-encoded as `%22`) as a double-quoted attribute value: only `&`
 * needs escaping there (it could start a character reference); `<`, `>` and `'` are plain
 * characters inside a quoted value. encodeURIComponent output needs nothing at all.
 */
function attributeUri(uri: string): string {
  if (uri.includes('"')) throw new Error('attributeUri: the URI contains a double quote');
  return uri.includes('&') ? uri.replaceAll('&', '&amp;') : uri;
}

function svgSize(svg: string): { width: number; height: number } | undefined {
  const head = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const w = /\swidth="(\d+(?:\.\d+)?)"/.exec(head)?.[1];
  const h = /\sheight="(\d+(?:\.\d+)?)"/.exec(head)?.[1];
  return w && h ? { width: Math.round(Number(w)), height: Math.round(Number(h)) } : undefined;
}
