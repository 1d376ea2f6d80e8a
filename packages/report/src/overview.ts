/**
 * The Overview section: what the corpus is (outlets, articles, attributions), the generated
 * summary of findings, and what to read with care (warnings, near-duplicates), each long list
 * collapsed behind a counted summary so the charts start within the first two screens.
 */
import { ARTICLES_IN_REPORT, NEAR_DUPLICATES_IN_REPORT, WARNINGS_PER_KIND_IN_REPORT, type ReportData } from '@framelens/aggregate';
import { corpusOf } from './corpus.js';
import { escapeHtml as e, safeHref } from './escape.js';
import { findings, list } from './findings.js';
import { languagesOverview, reportLanguages } from './languages.js';
import { count, firstRowsNote, num } from './html.js';
import { outletLabel } from './specs.js';

/**
 * Per-article listings in the page (the overview's article table, the corpus files of the method
 * section) stop after this many rows, so the page does not grow with the corpus: a year of coverage
 * would otherwise put hundreds of thousands of rows into one HTML file. report.json lists as many
 * (and the articles behind the page's evidence); data/articles.parquet lists every article and file.
 */
export const ARTICLES_IN_PAGE = ARTICLES_IN_REPORT;

/** Attribution statuses in the order the overview counts them; others follow, sorted. */
const ATTRIBUTION_ORDER: string[] = ['confirmed', 'inferred', 'unverified'];

/**
 * Near-duplicate pairs the page shows with their passages (a large corpus with wire copy has
 * thousands): the first ones by article id, as report.json holds them; data/near-duplicates.parquet
 * and data/near-duplicate-passages.parquet list every pair and passage.
 */
export const NEAR_DUPLICATES_IN_PAGE = NEAR_DUPLICATES_IN_REPORT;

/** Warnings of one kind listed in the page (one per article with boilerplate, one per near-duplicate pair: thousands in a large corpus), as report.json holds them. */
export const WARNINGS_PER_KIND_IN_PAGE = WARNINGS_PER_KIND_IN_REPORT;

const PAIRS_REST = ' pairs (by article id); <code>data/near-duplicates.parquet</code> and <code>data/near-duplicate-passages.parquet</code> list all of them';

/** Text-reuse pairs of the run: report.json's count (its list holds the first ones), at least the list's length. */
const pairsTotal = (data: ReportData) => Math.max(data.nearDuplicatesTotal ?? 0, data.nearDuplicates.length);

export function overview(data: ReportData): string {
  // articles without a date are left out of "Over time": the dates column says how many there are
  const corpus = corpusOf(data);
  const byOutlet = new Map(corpus.outlets.map((o) => [o.outlet, o]));
  const rows = data.outlets.map((o) => {
    // a date never breaks inside, but a range may wrap after its dash: the column stays narrow
    const range = o.firstDate
      ? o.firstDate === o.lastDate || !o.lastDate
        ? `<span class="nowrap">${e(o.firstDate)}</span>`
        : `<span class="nowrap">${e(o.firstDate)} –</span> <span class="nowrap">${e(o.lastDate)}</span>`
      : '';
    const n = byOutlet.get(o.outlet)?.undated ?? 0;
    const dates = [range, n ? `<span class="nowrap">${num(n)} undated</span>` : ''].filter(Boolean).join(', ') || '—';
    const precision = byOutlet.get(o.outlet)?.datePrecisions ?? [];
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
  const statuses = ATTRIBUTION_ORDER.filter((k) => data.outlets.some((o) => o.attributionStatus === k));
  const others = [...new Set(data.outlets.map((o) => o.attributionStatus as string))].filter((k) => !ATTRIBUTION_ORDER.includes(k)).sort();
  const attribution = [...statuses, ...others].map((k) => `<span class="badge ${e(k)}">${num(data.outlets.filter((o) => o.attributionStatus === k).length)} ${e(k)}</span>`).join(' ');
  return `<p class="lead">${count(corpus.articles, 'article')} from ${count(data.outlets.length, 'outlet')}, ${count(data.outlets.reduce((s, o) => s + o.wordTokens, 0), 'word')} of article text, ${countedHits(data)}.</p>
<p class="how">Attribution of the outlets: ${attribution}</p>
${languagesOverview(data)}
${findings(data)}
${warnings(data)}
<details id="outlets"><summary>Outlets (${num(data.outlets.length)}): names, attribution evidence, kinds, countries, words, dates</summary>
<div class="table-wrap" id="outlets-table"><table class="fixed"><colgroup><col style="width:13rem"><col><col style="width:5.5rem"><col style="width:6rem"><col style="width:5.5rem"><col style="width:5rem"><col style="width:7.5rem"></colgroup>
<thead><tr><th>Outlet</th><th>Attribution</th><th>Kind</th><th>Country</th><th class="num">Articles</th><th class="num">Words</th><th>Dates</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></details>
<details><summary>Articles (${num(corpus.articles)})</summary>
<div class="table-wrap"><table class="fixed"><colgroup><col><col style="width:12rem"><col style="width:7rem"><col style="width:5rem"><col style="width:5.5rem"><col style="width:5rem"><col style="width:6rem"></colgroup>
<thead><tr><th>Article</th><th>Outlet</th><th>Date</th><th class="num">Words</th><th class="num">Words left out</th><th class="num">Frame hits (all voices)</th><th><span class="visually-hidden">Reader</span></th></tr></thead>
<tbody>${articles.join('\n')}</tbody></table></div>${firstRowsNote(corpus.articles, ARTICLES_IN_PAGE, ' articles (corpus order); <code>data/articles.parquet</code> lists all of them with the same figures')}</details>
${nearDuplicates(data)}`;
}

/** What each kind of lexicon hit is, in the overview's count. */
const HIT_KINDS: [string, string, string][] = [['frame', 'frame term', 'frame terms'], ['referent', 'actor label', 'actor labels'], ['claim', 'claim term', 'claim terms']];

/**
 * Counted hits (the cells' totals when the aggregator sent them, else the counted rows), broken
 * down by kind: frame terms, actor labels (Naming) and claim terms add up to the total.
 */
function countedHits(data: ReportData): string {
  const byKind = new Map<string, number>();
  if (data.evidenceCells) for (const c of data.evidenceCells) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + c.total);
  else for (const r of data.evidence) if (!r.excluded) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  const known = HIT_KINDS.filter(([k]) => byKind.has(k)).map(([k, one, many]) => count(byKind.get(k)!, one, many));
  const other = [...byKind].filter(([k]) => !HIT_KINDS.some(([x]) => x === k)).map(([k, n]) => `${num(n)} ${e(k)}`);
  const parts = [...known, ...other];
  return `${count(total, 'counted lexicon hit')}${parts.length > 1 ? ` (${list(parts, parts.length)})` : ''}`;
}

const PASSAGE_CHARS = 600;

/** Articles sharing long word sequences (wire copy): both articles and the shared text. */
function nearDuplicates(data: ReportData): string {
  const head = '<h3 id="near-duplicates">Do articles share text (wire copy)?</h3>';
  const languages = reportLanguages(data).filter((r) => r.articles > 0).length;
  const rule = `at least 20% of the shorter article's 5-word sequences are also in the other (containment ≥ 0.2; sequences found in more than 50 articles, stock phrases, are ignored), as when papers print the same agency copy verbatim or edited${languages > 1 ? '; only articles in the same language are compared' : ''}`;
  if (pairsTotal(data) === 0) return `${head}\n<p class="how">No. No two articles share enough text to count as near-duplicates (${rule}): each article's figures come from its own text.</p>`;
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
  return `${head}\n${how}\n<details class="dup-list"><summary>${count(pairsTotal(data), 'near-duplicate pair')}: show</summary>\n${pairs.join('\n')}${firstRowsNote(pairsTotal(data), NEAR_DUPLICATES_IN_PAGE, PAIRS_REST)}</details>`;
}

/**
 * Each kind's title and what its count counts (one warning per article, outlet, pair or name);
 * a kind with a single summary warning (undated articles, capped evidence) shows no count: its
 * message says how many.
 */
const WARNING_TITLES: Record<string, string> = {
  'language-mismatch': 'Articles left out: not in the lexicon\'s language',
  'single-article-outlet': 'Outlets with one article',
  'inferred-attribution': 'Outlets with an inferred attribution',
  'unverified-attribution': 'Outlets with an unverified attribution',
  'near-duplicate': 'Near-duplicate article pairs (shared wire copy)',
  'negated-hits': 'Articles with hits inside a negation (not counted as use)',
  'boilerplate-excluded': 'Articles with boilerplate left out (captions, credits, teasers)',
  'undated-articles': 'Articles without a date',
  'shared-outlet-name': 'Names shared by several outlets',
  'evidence-capped': 'Evidence not fully embedded',
  other: 'Other',
};
const SUMMARY_KINDS = new Set(['undated-articles', 'evidence-capped']);

/**
 * What to read with care, one counted summary per kind of warning ("Excluded boilerplate (124)"),
 * opened on demand: a large corpus has thousands of warnings, and the charts come first. A kind's
 * count is report.json's `warningCounts` (its list holds the first warnings of each kind), at
 * least the number listed.
 */
function warnings(data: ReportData): string {
  const listed = new Map<string, number>();
  for (const w of data.warnings) listed.set(w.kind, (listed.get(w.kind) ?? 0) + 1);
  const counted = new Map<string, number>();
  for (const c of data.warningCounts ?? []) counted.set(c.kind, (counted.get(c.kind) ?? 0) + c.warnings);
  const totals = new Map([...listed].map(([k, n]) => [k, Math.max(n, counted.get(k) ?? 0)]));
  const present = new Set(totals.keys());
  // known kinds in their order, then any kind this page does not know yet, sorted
  const kinds = [...Object.keys(WARNING_TITLES).filter((k) => present.has(k)), ...[...present].filter((k) => !(k in WARNING_TITLES)).sort()];
  const dups = data.nearDuplicates.slice(0, NEAR_DUPLICATES_IN_PAGE).map((d) => `<li>${e(d.articleA)} and ${e(d.articleB)} share ${count(d.passages.length, 'passage')} (similarity ${d.similarity.toFixed(2)})</li>`);
  if (kinds.length === 0 && dups.length === 0) return '';
  const group = (title: string, total: number | undefined, items: string[], note: string) => `<details class="warning"><summary>${e(title)}${total === undefined ? '' : ` (${num(total)})`}</summary><ul>${items.join('')}</ul>${note}</details>`;
  const groups = kinds.map((k) => {
    const all = totals.get(k)!;
    const total = SUMMARY_KINDS.has(k) && all === 1 ? undefined : all;
    const shown = data.warnings.filter((w) => w.kind === k).slice(0, WARNINGS_PER_KIND_IN_PAGE);
    return group(WARNING_TITLES[k] ?? k, total, shown.map((w) => `<li>${e(w.message)}</li>`), firstRowsNote(all, WARNINGS_PER_KIND_IN_PAGE, '; <code>data/warnings.parquet</code> lists all of them'));
  });
  if (dups.length && !kinds.includes('near-duplicate')) groups.push(group(WARNING_TITLES['near-duplicate']!, pairsTotal(data), dups, firstRowsNote(pairsTotal(data), NEAR_DUPLICATES_IN_PAGE, PAIRS_REST)));
  return `<div class="warnings" role="note" aria-label="Read these figures with care"><p class="warnings-head">Read these figures with care:</p>${groups.join('\n')}</div>`;
}
