/**
 * The static part of the page, rendered in Node. Every corpus-derived string passes through
 * escapeHtml; URLs become links only when they are http(s).
 */
import { createHash } from 'node:crypto';
import type { ReportData } from '@framelens/aggregate';
import { escapeHtml as e, jsonForScript, safeHref } from './escape.js';
import { VOICE_LABELS } from './palette.js';
import type { ChartSpec } from './specs.js';
import { datesSpanMoreThanOneDay, outletLabel } from './specs.js';
import { STYLES } from './styles.js';

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
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

const num = (n: number) => n.toLocaleString('en-GB');

/**
 * Per-article listings in the page (the overview's article table, the corpus files of the method
 * section) stop after this many rows, so the page does not grow with the corpus: a year of coverage
 * would otherwise put hundreds of thousands of rows into one HTML file. data/articles.csv and
 * report.json always list every article and file.
 */
export const ARTICLES_IN_PAGE = 1000;

/**
 * Near-duplicate pairs the page shows with their passages (a large corpus with wire copy has
 * thousands): the first ones by article id; data/near-duplicates.csv and
 * data/near-duplicate-passages.csv list every pair and passage.
 */
export const NEAR_DUPLICATES_IN_PAGE = 200;

/** Warnings of one kind listed in the page (one per article with boilerplate, one per near-duplicate pair: thousands in a large corpus). */
export const WARNINGS_PER_KIND_IN_PAGE = 100;

/** "1 article", "2 articles", "1,234 words": a number with its noun in the singular or plural. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${num(n)} ${n === 1 ? noun : plural}`;
}

/**
 * Under a listing cut at `shown` rows: what is shown and where the rest is (`rest`: trusted markup,
 * written right after the total, e.g. " articles (corpus order); …").
 */
function firstRowsNote(total: number, shown: number, rest: string): string {
  return total > shown ? `<p class="how">Showing the first ${num(shown)} of ${num(total)}${rest}.</p>` : '';
}

const PAIRS_REST = ' pairs (by article id); <code>data/near-duplicates.csv</code> and <code>data/near-duplicate-passages.csv</code> list all of them';

export function renderPage({ data, charts, pageData, evidence, readers, specs, libraries, clientScript }: PageInput): string {
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
  const bySection = (s: ChartSpec['section']) => charts.filter((c) => c.section === s).map(figure).join('\n');
  const sections: [string, string, string][] = [
    ['overview', 'Overview', overview(data)],
    ['frames', 'Frame profile', `<p class="lead">Which interpretive frames each outlet uses, counted as lexicon hits per 1,000 words of article text (captions, credits and teasers excluded).</p>${bySection('frames')}`],
    ['voice', 'Voice', `<p class="lead">A frame can appear because an outlet adopts it or because it quotes someone who uses it. Each hit is classified by the voice of the sentence part it stands in.</p>${bySection('voice')}`],
    ['naming', 'Naming', `<p class="lead">The same actors can be called protesters, rioters or terrorists. These charts compare the labels each outlet chooses.</p>${bySection('naming') || omitted('The lexicon defines no actors (referents), or none is mentioned.')}`],
    ['speakers', 'Who speaks', `<p class="lead">Whose words reach the reader: the quoted and reported words of each outlet, by speaker group.</p>${bySection('speakers') || omitted('No quoted or reported speech was found.')}`],
    ['claims', 'Claims', `<p class="lead">Facts an outlet may mention or leave out, as defined in the lexicon.</p>${bySection('claims') || omitted('The lexicon defines no claims.')}`],
    ['distinctive', 'Distinctive terms', `<p class="lead">Words that set an outlet apart, found without the lexicon: candidates for frames the lexicon does not cover yet.</p>${bySection('distinctive') || omitted('Not enough text to compare outlets.')}${lexiconGaps(data)}`],
    ['time', 'Over time', datesSpanMoreThanOneDay(data) ? bySection('time') : omitted(timeOmitted(data))],
    ['evidence', 'Evidence explorer', explorer()],
    ['method', 'Method', method(data, libraries)],
  ];
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
${readerDialog()}
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

function omitted(text: string): string {
  return `<p class="omitted">${e(text)}</p>`;
}

function timeOmitted(data: ReportData): string {
  const dates = [...new Set(data.articles.map((a) => a.date).filter((d): d is string => !!d))].sort();
  if (dates.length === 0) return 'Omitted: no article has a date.';
  if (dates.length === 1) return `Omitted: every dated article carries the same date (${dates[0]}), so there is no development to show.`;
  return `Omitted: the articles' dates span only ${dates[0]} to ${dates[dates.length - 1]!} (one day or less), too short for a development over time; daily densities of single articles would mostly show which outlet published on which day.`;
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

function overview(data: ReportData): string {
  // articles without a date are left out of "Over time": the dates column says how many there are
  const undated = new Map<string, number>();
  for (const a of data.articles) if (!a.date) undated.set(a.outlet, (undated.get(a.outlet) ?? 0) + 1);
  const rows = data.outlets.map((o) => {
    // a date never breaks inside, but a range may wrap after its dash: the column stays narrow
    const range = o.firstDate
      ? o.firstDate === o.lastDate || !o.lastDate
        ? `<span class="nowrap">${e(o.firstDate)}</span>`
        : `<span class="nowrap">${e(o.firstDate)} –</span> <span class="nowrap">${e(o.lastDate)}</span>`
      : '';
    const n = undated.get(o.outlet) ?? 0;
    const dates = [range, n ? `<span class="nowrap">${num(n)} undated</span>` : ''].filter(Boolean).join(', ') || '—';
    const precision = [...new Set(data.articles.filter((a) => a.outlet === o.outlet && a.datePrecision).map((a) => a.datePrecision!))];
    const site = safeHref(o.url);
    const siteCell = site ? `<a class="evidence-note" href="${e(site)}" rel="noopener noreferrer">${e(site)}</a>` : o.url ? `<span class="evidence-note">${e(o.url)} (not a web link)</span>` : '';
    return `<tr><td><strong>${e(outletLabel(o.name, o.articles))}</strong>${siteCell}</td>
<td><span class="badge ${o.attributionStatus}">${e(o.attributionStatus)}</span>${o.attributionEvidence ? `<span class="evidence-note">${e(o.attributionEvidence)}</span>` : ''}</td>
<td>${e(o.kind ?? '—')}</td><td>${e(o.country ?? '—')}</td><td class="num">${num(o.articles)}</td><td class="num">${num(o.wordTokens)}</td>
<td>${dates}${precision.length ? `<span class="evidence-note">date ${e(precision.join(', '))}</span>` : ''}</td></tr>`;
  });
  const outletById = new Map(data.outlets.map((o) => [o.outlet, o]));
  const articles = data.articles.slice(0, ARTICLES_IN_PAGE).map((a) => {
    const href = safeHref(a.url);
    const outlet = outletById.get(a.outlet);
    return `<tr><td>${e(a.title ?? a.article)}${href ? `<br><a href="${e(href)}" rel="noopener noreferrer">${e(href)}</a>` : a.url ? `<span class="evidence-note">${e(a.url)} (not a web link)</span>` : ''}</td>
<td>${e(outlet ? outletLabel(outlet.name, outlet.articles) : a.outlet)}</td><td><span class="nowrap">${e(a.date ?? '—')}</span>${a.datePrecision ? ` <span class="evidence-note">${e(a.datePrecision)}</span>` : ''}</td>
<td class="num">${num(a.wordTokens)}</td><td class="num">${num(a.boilerplateTokens)}</td><td class="num">${num(a.frameHits)}</td>
<td>${a.duplicateOf ? `near-duplicate of ${e(a.duplicateOf)}` : ''}<button type="button" data-article="${e(a.article)}">Read</button></td></tr>`;
  });
  return `<p class="lead">${count(data.articles.length, 'article')} from ${count(data.outlets.length, 'outlet')}, ${count(data.outlets.reduce((s, o) => s + o.wordTokens, 0), 'word')} of article text, ${count(counted(data), 'counted lexicon hit')}.</p>
${warnings(data)}
<h3>Outlets</h3>
<div class="table-wrap"><table class="fixed"><colgroup><col style="width:13rem"><col><col style="width:5.5rem"><col style="width:6rem"><col style="width:5.5rem"><col style="width:5rem"><col style="width:7.5rem"></colgroup>
<thead><tr><th>Outlet</th><th>Attribution</th><th>Kind</th><th>Country</th><th class="num">Articles</th><th class="num">Words</th><th>Dates</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>
<details><summary>Articles (${num(data.articles.length)})</summary>
<div class="table-wrap"><table class="fixed"><colgroup><col><col style="width:12rem"><col style="width:7rem"><col style="width:5rem"><col style="width:5.5rem"><col style="width:5rem"><col style="width:6rem"></colgroup>
<thead><tr><th>Article</th><th>Outlet</th><th>Date</th><th class="num">Words</th><th class="num">Excluded</th><th class="num">Frame hits</th><th><span class="visually-hidden">Reader</span></th></tr></thead>
<tbody>${articles.join('\n')}</tbody></table></div>${firstRowsNote(data.articles.length, ARTICLES_IN_PAGE, ' articles (corpus order); <code>data/articles.csv</code> lists all of them with the same figures')}</details>
${nearDuplicates(data)}`;
}

/** Counted hits: the cells' totals when the aggregator sent them, else the counted rows. */
function counted(data: ReportData): number {
  if (data.evidenceCells) return data.evidenceCells.reduce((s, c) => s + c.total, 0);
  return data.evidence.filter((r) => !r.excluded).length;
}

const PASSAGE_CHARS = 600;

/** Articles sharing long word sequences (wire copy): both articles and the shared text. */
function nearDuplicates(data: ReportData): string {
  const head = '<h3 id="near-duplicates">Do articles share text (wire copy)?</h3>';
  const rule = 'at least 20% of the two articles\' 8-word sequences (counted together) are identical (Jaccard similarity ≥ 0.2), as when several papers print the same agency copy';
  if (data.nearDuplicates.length === 0) return `${head}\n<p class="how">No. No two articles share enough text to count as near-duplicates (${rule}): each article's figures come from its own text.</p>`;
  const how = `<p class="how"><strong>How to read this:</strong> each pair below shares text: ${rule}. The shared passages are quoted. ${
    data.provenance.settings['syndication'] === 'collapse'
      ? 'This run counts a shared passage once, in the earlier article.'
      : 'This run counts shared passages in both articles (syndication: keep), so the two outlets\' figures overlap there.'
  }</p>`;
  const byId = new Map(data.articles.map((a) => [a.article, a]));
  const title = (id: string) => {
    const a = byId.get(id);
    const o = data.outlets.find((x) => x.outlet === a?.outlet);
    return `<strong>${e(a?.title ?? id)}</strong> <span class="evidence-note">${e(o ? outletLabel(o.name, o.articles) : a?.outlet ?? '')}${a?.date ? ` · ${e(a.date)}` : ''} · ${e(id)}</span>`;
  };
  const pairs = data.nearDuplicates.slice(0, NEAR_DUPLICATES_IN_PAGE).map((d) => {
    const passages = d.passages.map((p) => {
      const text = p.text.length > PASSAGE_CHARS ? `${p.text.slice(0, PASSAGE_CHARS)}…` : p.text;
      const more = p.text.length > PASSAGE_CHARS ? ` <span class="evidence-note">(first ${num(PASSAGE_CHARS)} of ${num(p.text.length)} characters)</span>` : '';
      return `<li><blockquote class="passage">${e(text)}</blockquote>${more}</li>`;
    });
    return `<div class="dup-pair"><div class="dup-articles"><div>${title(d.articleA)}<button type="button" data-article="${e(d.articleA)}">Read</button></div><div>${title(d.articleB)}<button type="button" data-article="${e(d.articleB)}">Read</button></div></div>
<p class="evidence-note">Similarity ${d.similarity.toFixed(2)} · ${count(d.passages.length, 'shared passage')}</p>
<ol class="passages">${passages.join('')}</ol></div>`;
  });
  return `${head}\n${how}\n${pairs.join('\n')}${firstRowsNote(data.nearDuplicates.length, NEAR_DUPLICATES_IN_PAGE, PAIRS_REST)}`;
}

const WARNING_TITLES: Record<string, string> = {
  'language-mismatch': 'Articles left out: not in the lexicon\'s language',
  'single-article-outlet': 'Outlets with one article',
  'inferred-attribution': 'Inferred attributions',
  'near-duplicate': 'Near-duplicates (shared wire copy)',
  'boilerplate-excluded': 'Excluded boilerplate',
  'negated-hits': 'Hits inside a negation (not counted as use)',
  'undated-articles': 'Articles without a date',
  'shared-outlet-name': 'Outlets with the same name',
  'evidence-capped': 'Evidence not fully embedded',
  other: 'Other',
};

function warnings(data: ReportData): string {
  const kinds = Object.keys(WARNING_TITLES).filter((k) => data.warnings.some((w) => w.kind === k));
  const dups = data.nearDuplicates.slice(0, NEAR_DUPLICATES_IN_PAGE).map((d) => `<li>${e(d.articleA)} and ${e(d.articleB)} share ${count(d.passages.length, 'passage')} (similarity ${d.similarity.toFixed(2)})</li>`);
  if (kinds.length === 0 && dups.length === 0) return '';
  const groups = kinds.map((k) => {
    const all = data.warnings.filter((w) => w.kind === k);
    return `<h3>${e(WARNING_TITLES[k])}</h3><ul>${all.slice(0, WARNINGS_PER_KIND_IN_PAGE).map((w) => `<li>${e(w.message)}</li>`).join('')}</ul>${firstRowsNote(all.length, WARNINGS_PER_KIND_IN_PAGE, '; <code>data/warnings.csv</code> lists all of them')}`;
  });
  if (dups.length && !kinds.includes('near-duplicate')) groups.push(`<h3>${e(WARNING_TITLES['near-duplicate'])}</h3><ul>${dups.join('')}</ul>${firstRowsNote(data.nearDuplicates.length, NEAR_DUPLICATES_IN_PAGE, PAIRS_REST)}`);
  return `<div class="warnings" role="note" aria-label="Read these figures with care">${groups.join('\n')}</div>`;
}

function lexiconGaps(data: ReportData): string {
  if (data.lexiconGaps.length === 0) return '';
  const rows = data.lexiconGaps.map((g) => {
    const o = data.outlets.find((x) => x.outlet === g.outlet);
    return `<tr><td>${e(o ? outletLabel(o.name, o.articles) : g.outlet)}</td><td>${e(g.forms.slice(0, 4).join(', ') || g.stem)}</td><td class="num">${num(g.count)}</td><td class="num">${num(g.countRest)}</td><td class="num">${g.z.toFixed(2)}</td></tr>`;
  });
  return `<h3>Which distinctive words does the lexicon not cover yet?</h3>
<p class="how"><strong>How to read this:</strong> the most distinctive words of each outlet that no lexicon entry matches: suggestions for the lexicon author, not findings.</p>
<div class="table-wrap"><table class="fixed"><colgroup><col style="width:16rem"><col><col style="width:7rem"><col style="width:8rem"><col style="width:5rem"></colgroup><thead><tr><th>Outlet</th><th>Word forms</th><th class="num">Count here</th><th class="num">Count elsewhere</th><th class="num">z</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}

function explorer(): string {
  return `<p class="lead">Every lexicon hit behind the charts, with its sentence. Click any mark in a chart to filter this list to the hits behind it; open a hit in the article reader to see it in context.</p>
<div class="filters" role="search" aria-label="Filter the evidence">
<label>Outlet<select id="f-outlet"><option value="">All outlets</option></select></label>
<label>Frame, actor or claim<select id="f-category"><option value="">All</option></select></label>
<label>Voice<select id="f-voice"><option value="">All voices</option></select></label>
<label>Text<input type="search" id="f-text" placeholder="word in the sentence, speaker, title" autocomplete="off"></label>
<button type="button" id="f-reset">Clear filters</button>
</div>
<p id="ev-status" tabindex="-1" aria-live="polite"></p>
<p id="ev-chips"></p>
<div class="table-wrap"><table id="ev-table" class="fixed"><colgroup><col style="width:11rem"><col style="width:10rem"><col style="width:9rem"><col><col style="width:5rem"><col style="width:5.5rem"></colgroup>
<thead><tr><th>Outlet and article</th><th>Frame, actor or claim</th><th>Voice and speaker</th><th>Sentence (match highlighted)</th><th>Section</th><th><span class="visually-hidden">Reader</span></th></tr></thead>
<tbody id="ev-body"></tbody></table></div>
<p><button type="button" id="ev-more" hidden>Show more</button></p>
<noscript><p class="omitted">The evidence explorer needs JavaScript; all hits are also in data/evidence.csv next to this file.</p></noscript>`;
}

function readerDialog(): string {
  const legend = [
    ['hit', 'frame hit'], ['referent', 'actor label'], ['claim', 'claim'],
    ['quoted', 'quoted'], ['reported', 'reported speech'], ['distanced', 'distanced'], ['bp', 'excluded (caption, credit)'],
  ].map(([c, t]) => `<span><span class="sw ${c}"></span>${e(t)}</span>`).join('');
  return `<dialog id="reader" aria-labelledby="reader-title">
<div class="reader-head"><h2 id="reader-title"></h2><button type="button" id="reader-close" aria-label="Close the reader">Close</button>
<p id="reader-meta"></p><p class="legend">${legend}</p></div>
<div id="reader-text"></div>
</dialog>`;
}

function method(data: ReportData, libraries: { name: string; version: string }[]): string {
  const L = data.lexicon;
  const table = (head: string[], rows: string[][]) =>
    `<div class="table-wrap"><table class="fixed"><colgroup><col style="width:16rem">${head.slice(1).map(() => '<col>').join('')}</colgroup><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`;
  const voices = Object.entries(VOICE_LABELS).map(([k, v]) => `<li><code>${e(k)}</code>: ${e(v)}</li>`).join('');
  const settings = Object.entries(data.provenance.settings).map(([k, v]) => [e(k), e(String(v))]);
  return `<dl class="measures">
<dt>Hit</dt><dd>One occurrence of a lexicon term (inflected forms and compounds included) in article text. Captions, photo credits and teasers are excluded.</dd>
<dt>Density</dt><dd>Hits per 1,000 word tokens of an outlet's articles. The interval is the exact 95% Poisson (Garwood) interval; with five or more articles an article-level bootstrap interval is computed as well. With one article per outlet the figures describe that article, not the outlet.</dd>
<dt>Own-voice density</dt><dd>The same, counting only hits in the outlet's own (authorial) voice. The gap between density and own-voice density is how much of a frame an outlet only passes on.</dd>
<dt>Voice</dt><dd><ul>${voices}</ul></dd>
<dt>Endorsement index</dt><dd>(own-voice hits − distanced hits) / all hits of a frame, from −1 (only kept at a distance) to +1 (only in the outlet's own voice).</dd>
<dt>Share</dt><dd>A frame's hits over all frame hits of the outlet; for naming, a label's mentions over all mentions of that actor; for speakers, a group's quoted and reported words over all quoted and reported words.</dd>
<dt>Distinctive terms</dt><dd>Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008), each outlet against all others, on word stems without stop words; z above 1.96 is unlikely to be chance.</dd>
</dl>
<h3>Lexicon: ${e(L.name)} (version ${e(L.version)})</h3>
<details open><summary>Frames (${L.frames.length})</summary>${table(['Frame', 'Description', 'Terms'], L.frames.map((f) => [`<strong>${e(f.label)}</strong> <code>${e(f.id)}</code>`, e(f.description), e(f.terms.join(', '))]))}</details>
${L.referents.length ? `<details><summary>Actors and their labels (${L.referents.length})</summary>${table(['Actor', 'Labels'], L.referents.map((r) => [`<strong>${e(r.label)}</strong> <code>${e(r.id)}</code>`, e(r.labels.join(', '))]))}</details>` : ''}
${L.claims.length ? `<details><summary>Claims (${L.claims.length})</summary>${table(['Claim', 'Description', 'Terms'], L.claims.map((c) => [`<strong>${e(c.label)}</strong> <code>${e(c.id)}</code>`, e(c.description), e(c.terms.join(', '))]))}</details>` : ''}
${L.speakers.length ? `<details><summary>Speaker groups (${L.speakers.length})</summary>${table(['Group', 'Names'], L.speakers.map((s) => [`<strong>${e(s.label)}</strong> <code>${e(s.id)}</code>`, e(s.names.join(', '))]))}</details>` : ''}
<h3>Provenance</h3>
${table(['', ''], [
    ['framelens', e(data.provenance.framelensVersion)],
    ['pipeline', e(data.pipeline)],
    ['lexicon', `${e(data.provenance.lexicon.path)}<br><code>sha256 ${e(data.provenance.lexicon.sha256)}</code>`],
    ['corpus', `${e(data.provenance.corpus.path)} (${count(data.provenance.corpus.files.length, 'file')})`],
    ['charts', libraries.map((l) => `${e(l.name)} ${e(l.version)}`).join(', ') + ' (inlined)'],
    ...settings,
  ])}
<details><summary>Corpus files and their hashes</summary>${table(['File', 'sha256'], data.provenance.corpus.files.slice(0, ARTICLES_IN_PAGE).map((f) => [e(f.path), `<code>${e(f.sha256)}</code>`]))}${firstRowsNote(data.provenance.corpus.files.length, ARTICLES_IN_PAGE, ' files; <code>report.json</code> (provenance.corpus.files) lists every file with its hash')}</details>`;
}
