/** The Evidence explorer's controls, the article reader's dialog, the lexicon-gap table and the Method section. */
import type { ReportData } from '@framelens/aggregate';
import { escapeHtml as e } from './escape.js';
import { count, firstRowsNote, num } from './html.js';
import { ARTICLES_IN_PAGE } from './overview.js';
import { pageVoices, voiceLabel } from './palette.js';
import { outletLabel } from './specs.js';
import { reportLanguages } from './languages.js';
import { languageLabel } from './language-name.js';

export function lexiconGaps(data: ReportData): string {
  if (data.lexiconGaps.length === 0) return '';
  const rows = data.lexiconGaps.map((g) => {
    const o = data.outlets.find((x) => x.outlet === g.outlet);
    return `<tr><td>${e(o ? outletLabel(o.name, o.articles) : g.outlet)}</td><td>${e(g.forms.slice(0, 4).join(', ') || g.stem)}</td><td class="num">${num(g.count)}</td><td class="num">${num(g.countRest)}</td><td class="num">${g.z.toFixed(2)}</td></tr>`;
  });
  return `<h3>Which distinctive words does the lexicon not cover yet?</h3>
<p class="how"><strong>How to read this:</strong> the most distinctive words of each outlet that no lexicon entry matches: suggestions for the lexicon author, not findings.</p>
<details class="gaps"><summary>${gapsSummary(data)} no lexicon entry covers: show</summary><div class="table-wrap"><table class="fixed"><colgroup><col style="width:16rem"><col><col style="width:7rem"><col style="width:8rem"><col style="width:5rem"></colgroup><thead><tr><th>Outlet</th><th>Word forms</th><th class="num">Count here</th><th class="num">Count elsewhere (same language)</th><th class="num">z</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div></details>`;
}

/** "69 suggestions (the top words of each outlet)": rows are outlet × word, so a word two outlets share is counted twice (then said). */
function gapsSummary(data: ReportData): string {
  const rows = data.lexiconGaps.length;
  const words = new Set(data.lexiconGaps.map((g) => `${g.language ?? ''}\u0000${g.stem}`)).size;
  return `${count(rows, 'suggestion')} (the top words of each outlet${words < rows ? `; ${count(words, 'distinct word')}` : ''})`;
}

/** The Method's entry on languages: what is compared across languages, what within one, and what that implies. */
function languagesMethod(data: ReportData): string {
  const languages = reportLanguages(data).filter((r) => r.articles > 0);
  const these = languages.length ? ` This report's articles are in ${languages.map((r) => e(languageLabel(r.language))).join(', ').replace(/, ([^,]*)$/, ' and $1')}.` : '';
  return `Each article is read with the rules of its own language (tokens, stems, stop words, voice) and matched only with its language's terms. Frames, actors, claims and speaker groups are ids shared by every language, so outlets of different languages sit in the same charts and their rates compare how often they use a frame. The term lists of two languages are not translations of each other, and one list may catch its frame more or less completely than the other: a difference between outlets of two languages is a difference in framing only as far as the two lists are equally complete, and says nothing about word choice. Words themselves are compared only within a language: distinctive terms set an outlet against the other outlets of its language, and text reuse pairs only articles of the same language.${these}`;
}

export function explorer(): string {
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
<noscript><p class="omitted">The evidence explorer needs JavaScript; all hits are also in data/hits.parquet next to this file.</p></noscript>`;
}

export function readerDialog(data: ReportData): string {
  const negated = pageVoices(data).includes('negated');
  const legend = [
    ['hit', 'frame hit'], ['referent', 'actor label'], ['claim', 'claim'],
    ['quoted', 'quoted'], ['reported', 'reported speech'], ['distanced', 'distanced'], ...(negated ? [['negated', 'negated or rejected']] : []), ['bp', 'excluded (caption, credit)'],
  ].map(([c, t]) => `<span><span class="sw ${c}"></span>${e(t)}</span>`).join('');
  return `<dialog id="reader" aria-labelledby="reader-title">
<div class="reader-head"><h2 id="reader-title"></h2><button type="button" id="reader-close" aria-label="Close the reader">Close</button>
<p id="reader-meta"></p><p class="legend">${legend}</p></div>
<div id="reader-text"></div>
</dialog>`;
}

/** A method table: a 16rem first column, trusted cell markup. */
const table = (head: string[], rows: string[][]) =>
  `<div class="table-wrap"><table class="fixed"><colgroup><col style="width:16rem">${head.slice(1).map(() => '<col>').join('')}</colgroup><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`;

export function method(data: ReportData, libraries: { name: string; version: string }[]): string {
  const L = data.lexicon;
  const voices = pageVoices(data).map((k) => `<li><code>${e(k)}</code>: ${e(voiceLabel(k))}</li>`).join('');
  const settings = Object.entries(data.provenance.settings).map(([k, v]) => [e(k), e(String(v))]);
  return `<dl class="measures">
<dt>Hit</dt><dd>One occurrence of a lexicon term (inflected forms and compounds included) in article text. Captions, photo credits and teasers are excluded.</dd>
<dt>Density (all voices)</dt><dd>Hits per 1,000 word tokens of an outlet's articles, counting every voice: the outlet's own sentences, quotes, attributions and hits kept at a distance. The interval is the exact 95% Poisson (Garwood) interval; with five or more articles an article-level bootstrap interval is computed as well. With one article per outlet the figures describe that article, not the outlet.</dd>
<dt>Own-voice density</dt><dd>The same, counting only hits in the outlet's own (authorial) voice. The gap between density and own-voice density is how much of a frame an outlet only passes on.</dd>
<dt>Voice</dt><dd><ul>${voices}</ul></dd>
<dt>Endorsement index</dt><dd>(own-voice hits − distanced hits) / all hits of a frame, from −1 (only kept at a distance) to +1 (only in the outlet's own voice).</dd>
<dt>Share</dt><dd>A frame's hits over all frame hits of the outlet; for naming, a label's mentions over all mentions of that actor; for speakers, a group's quoted and reported words over all quoted and reported words.</dd>
<dt>Distinctive terms</dt><dd>Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008), each outlet against the other outlets of the same language, on word stems without stop words; the z-score ranks the words. An outlet alone in its language has no distinctive terms. Because a word that fits an article's topic recurs in it, tokens are not independent, so whether a word sets an outlet apart beyond chance is tested on articles: Fisher's exact test on how many of the outlet's articles use the word against how many of the other outlets' articles in that language do, with the Benjamini–Hochberg correction (false discovery rate 5%) over every outlet and word tested in the language. Only those words are drawn solid.</dd>
<dt>Languages</dt><dd>${languagesMethod(data)}</dd>
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
    ['corpus', corpusCell(data)],
    ['charts', libraries.map((l) => `${e(l.name)} ${e(l.version)}`).join(', ') + ' (inlined)'],
    ...settings,
  ])}
${corpusFiles(data)}`;
}

/** The corpus folder, its number of files and the digest over them (provenance.corpus; older reports list every file). */
function corpusCell(data: ReportData): string {
  const c = data.provenance.corpus;
  const files = c.files?.length ?? c.fileCount ?? 0;
  return `${e(c.path)} (${count(files, 'file')})${c.filesSha256 ? `<br><code>sha256 ${e(c.filesSha256)}</code> <span class="evidence-note">over the lines "sha256  path" of every file, sorted by path</span>` : ''}`;
}

/** The corpus files of the first ARTICLES_IN_PAGE articles with their hashes, sorted by path; data/articles.parquet has every one. */
function corpusFiles(data: ReportData): string {
  const c = data.provenance.corpus;
  const all = c.files?.length ?? c.fileCount ?? 0;
  const listed = data.articles.slice(0, ARTICLES_IN_PAGE).flatMap((a) => (a.sha256 ? [{ path: a.path, sha256: a.sha256 }] : []));
  const files = (c.files ?? listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))).slice(0, ARTICLES_IN_PAGE);
  if (files.length === 0) return '';
  const rest = c.files ? ' files; <code>report.json</code> (provenance.corpus.files) lists every file with its hash' : ' files (of the first articles); <code>data/articles.parquet</code> lists every file with its hash (columns path, sha256)';
  return `<details><summary>Corpus files and their hashes</summary>${table(['File', 'sha256'], files.map((f) => [e(f.path), `<code>${e(f.sha256)}</code>`]))}${firstRowsNote(all, files.length, rest)}</details>`;
}

