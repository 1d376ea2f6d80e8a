/**
 * The report page's own script (plain ES2017, no build step, so the bytes and the CSP hash are
 * the same whether the report is rendered from src or dist). It wires the explorer and the
 * article reader, embeds the compiled Vega specs, and turns chart clicks into explorer filters.
 * Every corpus string reaches the DOM through textContent or setAttribute, never through
 * innerHTML.
 *
 * Loading model (the page must be readable and usable at once): the static SVG images are the
 * charts until their live views replace them; this script runs at the end of parsing and only
 * wires controls (mark `framelens:interactive`); the embedded JSON is parsed per need (the
 * evidence when the explorer comes near the viewport or a filter is used, the readers when one
 * opens, a chart's spec when its view renders); vega and vega-embed are evaluated only after the
 * `load` event, in idle time, then the charts in view render (`data-charts-ready`) and the rest
 * one per idle period (`data-all-charts-ready`).
 */
export const CLIENT_SCRIPT = String.raw`(function () {
'use strict';
var doc = document;
var data = JSON.parse(doc.getElementById('report-data').textContent);
var parsed = {};
function embedded(id) {
  if (!(id in parsed)) parsed[id] = JSON.parse(doc.getElementById(id).textContent);
  return parsed[id];
}
function evidence() { return embedded('report-evidence'); }
var warnings = [];
window.framelensWarnings = warnings;
var views = {};
var byId = function (id) { return doc.getElementById(id); };
function el(tag, attrs, text) {
  var e = doc.createElement(tag);
  if (attrs) for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k) && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function safeHref(url) {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return null;
  try { var u = new URL(url); return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null; } catch (e) { return null; }
}
var outletLabel = {}; data.outlets.forEach(function (o) { outletLabel[o.outlet] = o.label; });
var articleInfo = {}; data.articles.forEach(function (a) { articleInfo[a.article] = a; });
var categoryLabel = {}; data.categories.forEach(function (c) { categoryLabel[c.kind + ':' + c.id] = c.label; });
var groupLabel = data.speakerGroups || {};

// ---- evidence explorer ------------------------------------------------------------------------
// counted: only hits the charts count (a chart click); excluded rows (boilerplate, duplicate) are shown otherwise
var state = { outlet: '', category: '', voice: '', text: '', label: '', speakerGroup: '', counted: false, limit: 100 };
var PAGE = 100;
var fOutlet = byId('f-outlet'), fCategory = byId('f-category'), fVoice = byId('f-voice'), fText = byId('f-text');
var status = byId('ev-status'), tbody = byId('ev-body'), more = byId('ev-more'), chips = byId('ev-chips');

data.outlets.forEach(function (o) { fOutlet.appendChild(el('option', { value: o.outlet }, o.label)); });
[['frame', 'Frames'], ['referent', 'Actors (naming)'], ['claim', 'Claims']].forEach(function (k) {
  var group = el('optgroup', { label: k[1] });
  data.categories.forEach(function (c) { if (c.kind === k[0]) group.appendChild(el('option', { value: c.kind + ':' + c.id }, c.label)); });
  if (group.children.length) fCategory.appendChild(group);
});
data.voices.forEach(function (v) { fVoice.appendChild(el('option', { value: v.id }, v.label)); });

function speakerGroupOf(row) {
  if (row.voice !== 'quoted' && row.voice !== 'reported') return '';
  if (row.speakerGroup) return row.speakerGroup;
  return row.speaker && row.speaker !== 'anonymous' ? 'unassigned' : 'anonymous';
}
function matches(row) {
  if (state.counted && row.excluded) return false;
  if (state.outlet && row.outlet !== state.outlet) return false;
  if (state.category && row.kind + ':' + row.category !== state.category) return false;
  if (state.voice && row.voice !== state.voice) return false;
  if (state.label && row.label !== state.label) return false;
  if (state.speakerGroup && speakerGroupOf(row) !== state.speakerGroup) return false;
  if (state.text) {
    var t = state.text.toLowerCase();
    var a = articleInfo[row.article] || {};
    var hay = [row.sentence, row.match, row.term, row.label, row.speaker || '', row.article, a.title || '', row.categoryLabel].join('\n').toLowerCase();
    if (hay.indexOf(t) < 0) return false;
  }
  return true;
}
function sentenceCell(row) {
  var td = el('td', { class: 'sentence' });
  var s = row.sentence, a = row.start - row.sentenceStart, b = row.end - row.sentenceStart;
  if (!(a >= 0 && b <= s.length && s.slice(a, b) === row.match)) { a = s.indexOf(row.match); b = a + row.match.length; }
  if (a < 0) { td.textContent = s; return td; }
  td.appendChild(doc.createTextNode(s.slice(0, a)));
  td.appendChild(el('mark', null, s.slice(a, b)));
  td.appendChild(doc.createTextNode(s.slice(b)));
  return td;
}
var evidenceShown = false;
function renderEvidence() {
  evidenceShown = true;
  var rows = evidence().filter(matches);
  while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
  rows.slice(0, state.limit).forEach(function (r) {
    var tr = el('tr', { 'data-id': r.id, 'data-outlet': r.outlet, 'data-kind': r.kind, 'data-category': r.category, 'data-voice': r.voice });
    var a = articleInfo[r.article] || {};
    var src = el('td');
    src.appendChild(el('strong', null, outletLabel[r.outlet] || r.outlet));
    src.appendChild(el('span', { class: 'sub' }, (a.title || r.article) + (a.date ? ' · ' + a.date : '')));
    tr.appendChild(src);
    var cat = el('td', null, r.categoryLabel + (r.kind === 'referent' ? ': ' + r.label : ''));
    cat.appendChild(el('span', { class: 'sub' }, r.term === r.match ? r.term : r.match + ' (' + r.term + ')'));
    tr.appendChild(cat);
    var vc = el('td');
    vc.appendChild(el('span', { class: 'voice v-' + r.voice }, r.voice));
    if (r.speaker) vc.appendChild(el('span', { class: 'sub' }, r.speaker + (r.speakerGroup && groupLabel[r.speakerGroup] ? ' (' + groupLabel[r.speakerGroup] + ')' : '')));
    if (r.cue) vc.appendChild(el('span', { class: 'sub' }, 'cue: ' + r.cue));
    tr.appendChild(vc);
    tr.appendChild(sentenceCell(r));
    var sec = el('td', null, r.section);
    if (r.excluded) sec.appendChild(el('span', { class: 'sub' }, r.excluded === 'boilerplate' ? 'not counted (caption, credit or teaser)' : 'not counted (shared passage of an earlier article)'));
    tr.appendChild(sec);
    var td = el('td');
    var btn = el('button', { type: 'button', class: 'read', 'data-article': r.article, 'data-hit': r.id, 'aria-label': 'Read the article around this hit' }, 'Read');
    td.appendChild(btn);
    tr.appendChild(td);
    tbody.appendChild(tr);
  });
  var parts = [];
  if (state.outlet) parts.push(outletLabel[state.outlet] || state.outlet);
  if (state.category) parts.push(categoryLabel[state.category] || state.category);
  if (state.voice) parts.push('voice: ' + state.voice);
  if (state.label) parts.push('label: ' + state.label);
  if (state.speakerGroup) parts.push('speaker group: ' + (groupLabel[state.speakerGroup] || state.speakerGroup));
  if (state.text) parts.push('text: ' + state.text);
  var shown = Math.min(rows.length, state.limit);
  var capped = data.capped.filter(function (c) { return (!state.outlet || c.outlet === state.outlet) && (!state.category || c.kind + ':' + c.category === state.category); });
  var missing = 0, total = 0;
  capped.forEach(function (c) { missing += c.total - c.shown; total += c.total; });
  status.textContent = (rows.length === 1 ? '1 hit' : rows.length + ' hits') + (parts.length ? ' for ' + parts.join(' · ') : ' (no filter)') +
    (state.counted ? ' (counted hits only)' : '') +
    (shown < rows.length ? '; showing the first ' + shown : '') +
    (missing ? '. Not every hit is embedded in this page: ' + missing.toLocaleString('en-GB') + ' more ' + (capped.length === 1 ? 'of the ' + total.toLocaleString('en-GB') + ' counted hits of this cell' : 'counted hits of the selected cells') + (missing === 1 ? ' is' : ' are') + ' in data/evidence.csv next to this file.' : '');
  status.setAttribute('data-count', String(rows.length));
  more.hidden = shown >= rows.length;
  more.textContent = 'Show ' + Math.min(PAGE, rows.length - shown) + ' more';
  while (chips.firstChild) chips.removeChild(chips.firstChild);
  [['label', 'label'], ['speakerGroup', 'speaker group']].forEach(function (k) {
    if (!state[k[0]]) return;
    var b = el('button', { type: 'button', class: 'chip', 'aria-label': 'Remove filter ' + k[1] }, k[1] + ': ' + (k[0] === 'speakerGroup' ? (groupLabel[state[k[0]]] || state[k[0]]) : state[k[0]]) + ' ×');
    b.addEventListener('click', function () { state[k[0]] = ''; state.limit = PAGE; renderEvidence(); });
    chips.appendChild(b);
  });
}
function syncControls() { fOutlet.value = state.outlet; fCategory.value = state.category; fVoice.value = state.voice; fText.value = state.text; }
fOutlet.addEventListener('change', function () { state.outlet = fOutlet.value; state.limit = PAGE; renderEvidence(); });
fCategory.addEventListener('change', function () { state.category = fCategory.value; state.label = ''; state.limit = PAGE; renderEvidence(); });
fVoice.addEventListener('change', function () { state.voice = fVoice.value; state.limit = PAGE; renderEvidence(); });
fText.addEventListener('input', function () { state.text = fText.value.trim(); state.limit = PAGE; renderEvidence(); });
byId('f-reset').addEventListener('click', function () { state = { outlet: '', category: '', voice: '', text: '', label: '', speakerGroup: '', counted: false, limit: PAGE }; syncControls(); renderEvidence(); });
more.addEventListener('click', function () { state.limit += PAGE; renderEvidence(); });
doc.addEventListener('click', function (e) {
  var t = e.target;
  if (t && t.closest) { var b = t.closest('button[data-article]'); if (b) openReader(b.getAttribute('data-article'), b.getAttribute('data-hit')); }
});

function drill(chart, datum, view) {
  var d = chart.drill;
  if (!d || !datum) return;
  var next = { outlet: '', category: '', voice: '', text: '', label: '', speakerGroup: '', counted: true, limit: PAGE };
  if (d.outlet) { if (datum[d.outlet] === undefined) return; next.outlet = String(datum[d.outlet]); }
  if (d.category) { if (datum[d.category] === undefined) return; next.category = d.kind + ':' + datum[d.category]; }
  if (d.voice && datum[d.voice] !== undefined) next.voice = String(datum[d.voice]);
  if (d.label && datum[d.label] !== undefined) next.label = String(datum[d.label]);
  if (d.speakerGroup && datum[d.speakerGroup] !== undefined) next.speakerGroup = String(datum[d.speakerGroup]);
  if (d.ownVoiceSignal && view.signal(d.ownVoiceSignal) === 'own') next.voice = 'authorial';
  state = next;
  syncControls();
  renderEvidence();
  var section = byId('evidence');
  if (section.scrollIntoView) section.scrollIntoView({ block: 'start' });
  status.focus({ preventScroll: true });
}

// ---- article reader ---------------------------------------------------------------------------
var readers = null;
var dialog = byId('reader');
byId('reader-close').addEventListener('click', function () { dialog.close(); });
function openReader(articleId, hitId) {
  var a = articleInfo[articleId] || {};
  if (!readers) { readers = {}; embedded('report-readers').forEach(function (x) { readers[x.article] = x; }); }
  var r = readers[articleId];
  if (!r) return openWithoutText(articleId, a, hitId);
  byId('reader-title').textContent = r.title || a.title || articleId;
  var meta = byId('reader-meta');
  while (meta.firstChild) meta.removeChild(meta.firstChild);
  meta.appendChild(doc.createTextNode((outletLabel[r.outlet] || r.outlet) + (a.date ? ' · ' + a.date + (a.datePrecision ? ' (' + a.datePrecision + ')' : '') : '') + ' · ' + articleId));
  var href = safeHref(a.url);
  if (href) { meta.appendChild(doc.createTextNode(' · ')); meta.appendChild(el('a', { href: href, rel: 'noopener noreferrer' }, 'original')); }
  var focus = null;
  if (hitId) evidence().forEach(function (e) { if (e.id === hitId) focus = e; });
  var text = r.text, cuts = { 0: 1 }; cuts[text.length] = 1;
  var spans = r.spans.filter(function (s) { return s.voice !== 'name'; });
  spans.concat(r.hits, r.boilerplate).forEach(function (s) { cuts[s.start] = 1; cuts[s.end] = 1; });
  if (focus) { cuts[focus.start] = 1; cuts[focus.end] = 1; }
  var points = Object.keys(cuts).map(Number).filter(function (n) { return n >= 0 && n <= text.length; }).sort(function (x, y) { return x - y; });
  var body = byId('reader-text');
  while (body.firstChild) body.removeChild(body.firstChild);
  var focusEl = null;
  for (var i = 0; i + 1 < points.length; i++) {
    var s = points[i], e = points[i + 1];
    if (e <= s) continue;
    var voice = null, size = Infinity;
    spans.forEach(function (v) { if (v.start <= s && e <= v.end && v.end - v.start < size) { voice = v; size = v.end - v.start; } });
    var hit = null;
    r.hits.forEach(function (h) { if (h.start <= s && e <= h.end && (!hit || h.kind === 'frame')) hit = h; });
    var bp = r.boilerplate.some(function (b) { return b.start <= s && e <= b.end; });
    var cls = [];
    if (voice) cls.push('v-' + voice.voice);
    if (bp) cls.push('bp');
    var node;
    if (hit) {
      cls.push('hit', 'k-' + hit.kind);
      node = el('mark', { class: cls.join(' '), title: (categoryLabel[hit.kind + ':' + hit.category] || hit.category) + ' · ' + hit.voice + (voice && voice.speaker ? ' · ' + voice.speaker : '') }, text.slice(s, e));
    } else {
      node = el('span', cls.length ? { class: cls.join(' ') } : null, text.slice(s, e));
      if (voice && voice.speaker) node.setAttribute('title', voice.voice + ': ' + voice.speaker);
    }
    if (focus && focus.start <= s && e <= focus.end) { node.classList.add('focus'); if (!focusEl) { focusEl = node; node.id = 'reader-focus'; } }
    body.appendChild(node);
  }
  if (!dialog.open) dialog.showModal();
  if (focusEl && focusEl.scrollIntoView) focusEl.scrollIntoView({ block: 'center' });
  else body.scrollTop = 0;
}

// the table is built when the explorer comes near the viewport (or a filter or chart sets it)
function showEvidence() { if (!evidenceShown) renderEvidence(); }
if (window.IntersectionObserver) {
  var evIo = new IntersectionObserver(function (entries) {
    if (entries.some(function (en) { return en.isIntersecting; })) { evIo.disconnect(); showEvidence(); }
  }, { rootMargin: '600px 0px' });
  evIo.observe(byId('evidence'));
} else showEvidence();

// the report embeds full texts for a bounded set of articles; the others are named by their file
function openWithoutText(articleId, a, hitId) {
  byId('reader-title').textContent = a.title || articleId;
  var meta = byId('reader-meta');
  while (meta.firstChild) meta.removeChild(meta.firstChild);
  meta.appendChild(doc.createTextNode((outletLabel[a.outlet] || a.outlet || '') + (a.date ? ' · ' + a.date : '') + ' · ' + articleId));
  var href = safeHref(a.url);
  if (href) { meta.appendChild(doc.createTextNode(' · ')); meta.appendChild(el('a', { href: href, rel: 'noopener noreferrer' }, 'original')); }
  var body = byId('reader-text');
  while (body.firstChild) body.removeChild(body.firstChild);
  body.appendChild(el('p', { class: 'omitted', id: 'reader-missing' }, 'Full text not embedded in this report (it holds the texts of a limited number of articles) — see ' + (a.path || articleId) + ' in the corpus.'));
  var focus = null;
  if (hitId) evidence().forEach(function (e) { if (e.id === hitId) focus = e; });
  if (focus) {
    body.appendChild(el('p', { class: 'sub' }, 'The sentence with this hit:'));
    var p = el('p'); var s = focus.sentence, x = focus.start - focus.sentenceStart, y = focus.end - focus.sentenceStart;
    if (x >= 0 && y <= s.length) { p.appendChild(doc.createTextNode(s.slice(0, x))); p.appendChild(el('mark', { class: 'focus', id: 'reader-focus' }, s.slice(x, y))); p.appendChild(doc.createTextNode(s.slice(y))); }
    else p.textContent = s;
    body.appendChild(p);
  }
  if (!dialog.open) dialog.showModal();
}

// ---- downloads --------------------------------------------------------------------------------
data.charts.forEach(function (c) {
  var link = byId('svg-link-' + c.id), img = byId('svg-' + c.id);
  if (!link || !img) return;
  link.href = img.getAttribute('src');
  link.hidden = false;
});

// ---- charts -----------------------------------------------------------------------------------
// Each chart's static SVG (an <img>) is shown until its live Vega view replaces it. Nothing here
// runs before the load event: then, in idle time, vega and vega-embed are evaluated (their inert
// script blocks of type text/x-framelens-library become inline scripts, allowed by the CSP
// hashes), the charts in view render (then <html data-charts-ready="<n>">), each other chart as
// it scrolls near, and the rest one per idle period (then <html data-all-charts-ready="<total>">).
// Both moments are also performance marks.
var logger = {
  _level: 2,
  level: function (l) { if (l === undefined) return this._level; this._level = l; return this; },
  error: function () { console.error.apply(console, arguments); return this; },
  warn: function () { warnings.push(Array.prototype.join.call(arguments, ' ')); return this; },
  info: function () { return this; },
  debug: function () { return this; }
};
var root = doc.documentElement;
root.setAttribute('data-lazy-charts', '');
var chartById = {}; data.charts.forEach(function (c) { chartById[c.id] = c; });
var promises = {}, renderedCount = 0, failed = false, librariesLoaded = false;
// charts asked for before the libraries ran; the observer's first report: the charts in view at load
var wanted = {}, inViewAtLoad = null;
function mark(name) { if (window.performance && performance.mark) performance.mark(name); }
function fail(what, err) {
  failed = true;
  console.error('framelens: ' + what, err);
  root.setAttribute('data-charts-ready', 'error');
  root.setAttribute('data-all-charts-ready', 'error');
}
function renderChart(id) {
  if (promises[id]) return promises[id];
  if (!librariesLoaded) { wanted[id] = true; return null; }
  var c = chartById[id], target = byId('vis-' + id);
  promises[id] = vegaEmbed(target, embedded('spec-' + id), { mode: 'vega', renderer: 'svg', actions: false, ast: true, logger: logger, defaultStyle: false, tooltip: { theme: 'light' } })
    .then(function (res) {
      views[id] = res.view;
      res.view.addEventListener('click', function (event, item) { if (item && item.datum) drill(c, item.datum, res.view); });
      var changed = false;
      Array.prototype.forEach.call(doc.querySelectorAll('select[data-chart="' + id + '"]'), function (sel) {
        if (String(res.view.signal(sel.getAttribute('data-signal'))) !== sel.value) { res.view.signal(sel.getAttribute('data-signal'), sel.value); changed = true; }
      });
      return changed ? res.view.runAsync() : null;
    })
    .then(function () {
      var wrap = byId('chart-' + id);
      if (wrap) wrap.classList.add('rendered');
      renderedCount++;
      if (renderedCount === data.charts.length && !failed) { root.setAttribute('data-all-charts-ready', String(renderedCount)); mark('framelens:all-charts-ready'); }
    }, function (err) { fail('chart "' + id + '" failed to render', err); });
  return promises[id];
}
var idle = window.requestIdleCallback ? function (f) { return window.requestIdleCallback(f, { timeout: 1000 }); } : function (f) { return setTimeout(f, 1); };
function renderRestWhenIdle() {
  var next = data.charts.filter(function (c) { return !promises[c.id]; })[0];
  if (!next) return;
  idle(function () { var p = renderChart(next.id); if (p) p.then(renderRestWhenIdle); });
}
// charts near the viewport render as they come near
var io = window.IntersectionObserver ? new IntersectionObserver(function (entries) {
  var first = inViewAtLoad === null;
  if (first) inViewAtLoad = [];
  entries.forEach(function (en) {
    if (!en.isIntersecting) return;
    var id = en.target.getAttribute('data-chart');
    io.unobserve(en.target);
    if (first) inViewAtLoad.push(id);
    renderChart(id);
  });
}, { rootMargin: '200px 0px' }) : null;
if (io) data.charts.forEach(function (c) { io.observe(byId('chart-' + c.id)); });
// a click or key on a static chart renders its live view at once
data.charts.forEach(function (c) {
  var wrap = byId('chart-' + c.id);
  var now = function () { renderChart(c.id); };
  wrap.addEventListener('pointerenter', now);
  wrap.addEventListener('focusin', now);
});
function runLibrary(name) {
  var src = byId('lib-' + name), s = doc.createElement('script');
  s.textContent = src.textContent;
  doc.head.appendChild(s);
}
function startCharts() {
  idle(function () {
    try { runLibrary('vega'); } catch (err) { return fail('vega did not load', err); }
    idle(function () {
      try { runLibrary('vega-embed'); } catch (err) { return fail('vega-embed did not load', err); }
      if (typeof vegaEmbed !== 'function') return fail('vega-embed did not load', new Error('no vegaEmbed'));
      librariesLoaded = true;
      mark('framelens:libraries');
      var first = (inViewAtLoad || []).concat(Object.keys(wanted)).filter(function (id, i, all) { return all.indexOf(id) === i; })
        .map(function (id) { return renderChart(id); });
      Promise.all(first).then(function () {
        if (failed) return;
        root.setAttribute('data-charts-ready', String(first.length));
        mark('framelens:charts-ready');
        renderRestWhenIdle();
      });
    });
  });
}
Array.prototype.forEach.call(doc.querySelectorAll('select[data-signal]'), function (sel) {
  sel.addEventListener('change', function () {
    var id = sel.getAttribute('data-chart'), v = views[id];
    if (v) v.signal(sel.getAttribute('data-signal'), sel.value).runAsync();
    else renderChart(id);
  });
});
mark('framelens:interactive');
root.setAttribute('data-interactive', '');
if (doc.readyState === 'complete') startCharts();
else window.addEventListener('load', startCharts);
})();
`;
