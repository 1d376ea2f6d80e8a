import { corpusFromArticles } from './corpus.js';
import { describe, expect, it } from 'vitest';
import { HOSTILE, seedData } from './__fixtures__/seed-data.js';
import { escapeHtml, inlineScript, jsonForScript, safeHref } from './escape.js';
import { ARTICLES_IN_PAGE, NEAR_DUPLICATES_IN_PAGE, WARNINGS_PER_KIND_IN_PAGE } from './page.js';
import { capEvidence, pageArticles, renderReport, scopeSvgIds } from './render.js';

/** The page without inlined library code, the embedded data and the static SVGs. */
function normalise(html: string): string {
  return html
    .replace(/(<script(?: type="[^"]*" id="[^"]*")?>)[\s\S]*?(<\/script>)/g, '$1…$2')
    .replace(/ src="data:image\/svg\+xml[^"]*"/g, ' src="data:image/svg+xml…"')
    .replace(/script-src (&#39;sha256-[^&]+&#39; ?)+;/, 'script-src …;')
    .replace(/href="data:text\/csv[^"]*"/g, 'href="data:text/csv…"');
}

describe('renderReport', () => {
  const data = seedData();

  it('renders the seed corpus to one self-contained page under 3 MB', async () => {
    const { html, charts } = await renderReport(data);
    expect(Buffer.byteLength(html)).toBeLessThan(3_000_000);
    // no request of any kind: nothing loads from a src; hrefs are in-page anchors, data: downloads,
    // or plain links to the articles' http(s) originals that only a reader's click follows
    const page = normalise(html);
    // the only src: each chart's static SVG as a data: URI
    expect([...page.matchAll(/\ssrc="([^"]*)"/gi)].map((m) => m[1])).toEqual(charts.map(() => 'data:image/svg+xml…'));
    expect([...page.matchAll(/<(\w+)[^>]*\shref="([^"]*)"/g)].filter(([, tag, href]) => !/^(#|data:)/.test(href!) && !(tag === 'a' && /^https?:\/\//.test(href!)))).toEqual([]);
    expect(html).not.toMatch(/sourceMappingURL/);
    expect(html).not.toMatch(/@import|url\(["']?https?:/i);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-');
    expect(charts.map((c) => c.id)).toEqual(['frame-density', 'frame-intervals', 'voice-by-frame', 'endorsement', 'naming', 'speakers', 'claims', 'distinctive', 'term-scatter']);
    for (const c of charts) {
      expect(c.svg).toMatch(/^<svg/);
      expect(html).toContain(`<img class="static" id="svg-${c.id}"`);
    }
    // every outlet appears with its one-article label
    for (const o of data.outlets) expect(html).toContain(`${o.name} (${o.articles} article${o.articles === 1 ? '' : 's'})`);
  });

  it('is byte-identical across runs', async () => {
    const a = await renderReport(data);
    const b = await renderReport(seedData());
    expect(a.html === b.html).toBe(true);
  });

  it('matches the normalised snapshot', async () => {
    const { html } = await renderReport(data);
    await expect(normalise(html)).toMatchFileSnapshot('./__snapshots__/index.normalised.html');
  });

  it('escapes hostile corpus strings everywhere outside the JSON block', async () => {
    const { html } = await renderReport(seedData({ hostile: true }));
    const jsonIds: string[] = [];
    const scriptsStripped = html
      .replace(/(<script type="application\/json" id="([^"]+)">)([\s\S]*?)(<\/script>)/g, (_all, open: string, id: string, json: string, close: string) => {
        // inside the JSON blocks, "<" only appears as \u003c
        expect(json).not.toContain('<');
        expect(JSON.parse(json)).toBeTruthy();
        jsonIds.push(id);
        return open + close;
      });
    // the JSON blocks: the page data, the evidence, the readers, one spec per chart
    const { charts: hostileCharts } = await renderReport(seedData({ hostile: true }));
    expect(jsonIds).toEqual(['report-data', 'report-evidence', 'report-readers', ...hostileCharts.map((c) => `spec-${c.id}`)]);
    // the only other script elements are the inert vega and vega-embed blocks and the page script
    const others = [...scriptsStripped.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]);
    expect(others.filter((a) => !a!.includes('application/json'))).toEqual([' type="text/x-framelens-library" id="lib-vega"', ' type="text/x-framelens-library" id="lib-vega-embed"', '']);
    expect(html.match(/<script\b/gi)).toHaveLength(3 + hostileCharts.length + 3);
    expect(html).not.toContain(HOSTILE.name);
    expect(html).toContain(escapeHtml(HOSTILE.name));
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b onmouseover');
    expect(html).not.toMatch(/href="javascript:/i);
    // the static SVGs are data: URIs inside a quoted attribute: it cannot be closed early, and
    // decoding the attribute gives back exactly the SVG vega rendered
    const { charts } = await renderReport(seedData({ hostile: true }));
    for (const c of charts) {
      const src = new RegExp(`<img class="static" id="svg-${c.id}"[^>]* src="([^"]*)">`).exec(html)?.[1];
      expect(src, c.id).toBeDefined();
      // in the attribute every "&" is written "&amp;" (no other character reference can start)
      expect(src).not.toMatch(/&(?!amp;)/);
      const attr = src!.replace(/&amp;/g, '&');
      expect(decodeURIComponent(attr.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))).toBe(c.svg);
    }
  });

  it('embeds at most maxEvidenceInHtml rows per outlet × category and says which cells were cut', async () => {
    const { kept, capped } = capEvidence(data.evidence, 3);
    const nd = kept.filter((e) => e.outlet === 'nd' && e.kind === 'frame' && e.category === 'protest-unrest');
    expect(nd.map((e) => e.id)).toEqual(data.evidence.filter((e) => e.outlet === 'nd' && e.kind === 'frame' && e.category === 'protest-unrest').slice(0, 3).map((e) => e.id));
    expect(capped).toContainEqual({ outlet: 'nd', kind: 'frame', category: 'protest-unrest', total: 15, shown: 3 });
    const { html } = await renderReport(data, { maxEvidenceInHtml: 3 });
    expect(html).toContain('"total":15,"shown":3');
  });

  it('lists at most ARTICLES_IN_PAGE articles and corpus files in the page, keeping every article the page refers to', async () => {
    // the five seed articles followed by 1,200 more (copies of the first with other ids): the seed
    // articles behind the evidence and readers then sit both inside and (moved to the end) outside the listed rows
    const [first, ...rest] = data.articles;
    const extra = Array.from({ length: 1200 }, (_, i) => ({ ...first!, article: `extra/${String(i).padStart(4, '0')}`, title: `Extra ${i}` }));
    const big = {
      ...data,
      articles: [...extra, first!, ...rest],
      corpus: corpusFromArticles([...extra, first!, ...rest]),
      provenance: { ...data.provenance, corpus: { ...data.provenance.corpus, files: extra.map((a) => ({ path: `corpus/${a.article}.md`, sha256: '0'.repeat(64) })) } },
    };
    const listed = pageArticles(big, big.evidence);
    // the first 1,000 in corpus order, then the seed articles (evidence and readers point to them)
    expect(listed.map((a) => a.article)).toEqual([...extra.slice(0, ARTICLES_IN_PAGE).map((a) => a.article), ...data.articles.map((a) => a.article)]);
    const { html } = await renderReport(big);
    const overview = html.slice(html.indexOf('<section id="overview"'), html.indexOf('</section>', html.indexOf('<section id="overview"')));
    expect(overview.match(/<button type="button" data-article="extra\//g)).toHaveLength(ARTICLES_IN_PAGE);
    expect(overview).toContain(`Showing the first 1,000 of ${(1200 + data.articles.length).toLocaleString('en-GB')} articles (corpus order); <code>data/articles.parquet</code> lists all of them`);
    expect(html).toContain('Showing the first 1,000 of 1,200 files; <code>report.json</code> (provenance.corpus.files) lists every file');
    expect(html).not.toContain('corpus/extra/1000.md');
    expect(html).toContain('corpus/extra/0999.md');
  });

  it('shows at most NEAR_DUPLICATES_IN_PAGE near-duplicate pairs and WARNINGS_PER_KIND_IN_PAGE warnings of a kind, saying where the rest is', async () => {
    const [a, b] = data.articles;
    const pair = { articleA: a!.article, articleB: b!.article, outletA: a!.outlet, outletB: b!.outlet, similarity: 0.5, passages: [{ startA: 0, endA: 10, startB: 0, endB: 10, text: 'Geteilter Text' }] };
    const pairs = Array.from({ length: NEAR_DUPLICATES_IN_PAGE + 50 }, (_, i) => ({ ...pair, articleB: `${b!.article}-copy-${String(i).padStart(3, '0')}` }));
    const boilerplate = Array.from({ length: WARNINGS_PER_KIND_IN_PAGE + 7 }, (_, i) => ({ kind: 'boilerplate-excluded' as const, outlet: a!.outlet, article: a!.article, message: `boilerplate warning ${i}` }));
    const { html } = await renderReport({ ...data, nearDuplicates: pairs, warnings: [...data.warnings.filter((w) => w.kind !== 'boilerplate-excluded'), ...boilerplate] });
    const section = html.slice(html.indexOf('<h3 id="near-duplicates">'));
    expect(section.match(/<div class="dup-pair">/g)).toHaveLength(NEAR_DUPLICATES_IN_PAGE);
    expect(section).toContain(`-copy-${String(NEAR_DUPLICATES_IN_PAGE - 1).padStart(3, '0')}`);
    expect(section).not.toContain(`-copy-${String(NEAR_DUPLICATES_IN_PAGE).padStart(3, '0')}`);
    expect(html).toContain(`Showing the first ${NEAR_DUPLICATES_IN_PAGE} of ${NEAR_DUPLICATES_IN_PAGE + 50} pairs (by article id); <code>data/near-duplicates.parquet</code>`);
    expect(html).toContain(`boilerplate warning ${WARNINGS_PER_KIND_IN_PAGE - 1}<`);
    expect(html).not.toContain(`boilerplate warning ${WARNINGS_PER_KIND_IN_PAGE}<`);
    expect(html).toContain(`Showing the first ${WARNINGS_PER_KIND_IN_PAGE} of ${WARNINGS_PER_KIND_IN_PAGE + 7}; <code>data/warnings.parquet</code> lists all of them.`);
  });
});

describe('warnings on the page', () => {
  it('groups undated articles and outlets sharing a name under their own headings, in the table\'s order', async () => {
    const data = seedData();
    const [a] = data.articles;
    const warnings = [
      { kind: 'shared-outlet-name' as const, outlet: a!.outlet, message: '2 outlets have the same name X (a/outlet.yaml and b/outlet.yaml)' },
      { kind: 'undated-articles' as const, message: '1 of 5 articles has no date and is left out of "Over time": corpus/x/a/u.md.' },
    ];
    const { html } = await renderReport({ ...data, warnings });
    const undated = html.indexOf('<summary>Articles without a date</summary><ul><li>1 of 5 articles has no date');
    const shared = html.indexOf('<summary>Names shared by several outlets (1)</summary><ul><li>2 outlets have the same name X (');
    expect(undated).toBeGreaterThan(0);
    expect(shared).toBeGreaterThan(undated);
    expect(html).not.toContain('<summary>Other');
  });
});

describe('escaping helpers', () => {
  it('counts undated articles in the Outlets table\'s Dates column', async () => {
    const data = seedData();
    const o = data.outlets[0]!;
    // two more articles of the first outlet: one dated two days later, one without a date
    const first = data.articles.find((a) => a.outlet === o.outlet)!;
    const { date: _date, datePrecision: _precision, ...undated } = { ...first, article: `${o.outlet}/undated` };
    data.articles.push({ ...first, article: `${o.outlet}/later`, date: '2022-01-09' }, undated);
    data.outlets[0] = { ...o, articles: o.articles + 2, firstDate: first.date!, lastDate: '2022-01-09' };
    data.corpus = corpusFromArticles(data.articles);
    const { html } = await renderReport(data);
    expect(html).toContain(`<td><span class="nowrap">${first.date} –</span> <span class="nowrap">2022-01-09</span>, <span class="nowrap">1 undated</span>`);
    // an outlet whose articles are all undated: only the count
    const none = seedData();
    const n = none.outlets[1]!;
    for (const a of none.articles) if (a.outlet === n.outlet) delete a.date, delete a.datePrecision;
    const { firstDate: _f, lastDate: _l, ...rest } = n;
    none.outlets[1] = rest;
    none.corpus = corpusFromArticles(none.articles);
    expect((await renderReport(none)).html).toContain('<td><span class="nowrap">1 undated</span></td></tr>');
  });

  it('says "1 article from 1 outlet" in the singular', async () => {
    const many = await renderReport(seedData());
    // review F9: the counted hits broken down by kind (the seed's evidence cells: 198 + 196 + 28 = 422)
    expect(many.html).toContain('<p class="lead">9 articles from 7 outlets, 3,473 words of article text, 422 counted lexicon hits (198 frame terms, 196 actor labels and 28 claim terms).</p>');
    expect(many.html).toContain('corpus/kazakhstan-2022 (9 files)');
    const one = seedData();
    one.outlets = one.outlets.slice(0, 1);
    one.articles = one.articles.filter((a) => a.outlet === one.outlets[0]!.outlet);
    one.corpus = corpusFromArticles(one.articles);
    one.provenance = { ...one.provenance, corpus: { ...one.provenance.corpus, fileCount: 1 } };
    const { html } = await renderReport(one);
    expect(html).toMatch(/<p class="lead">1 article from 1 outlet, [\d,]+ words of article text, [\d,]+ counted lexicon hits \([\d,]+ frame terms, [\d,]+ actor labels and [\d,]+ claim terms\)\.<\/p>/);
    expect(html).toContain('corpus/kazakhstan-2022 (1 file)');
  });

  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
  it('keeps JSON parseable while no "<" can end the script block', () => {
    const value = { s: '</script><!-- \u2028 <b>' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/</);
    expect(JSON.parse(json)).toEqual(value);
  });
  it('links only http(s) URLs', () => {
    expect(safeHref('https://www.nd-aktuell.de/artikel/1160198')).toBe('https://www.nd-aktuell.de/artikel/1160198');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
    expect(safeHref('http://')).toBeUndefined();
  });
  it('makes library code safe to inline', () => {
    expect(inlineScript('var a="</script>";\n//# sourceMappingURL=x.js.map\n')).toBe('var a="<\\/script>";');
    expect(() => inlineScript('var a="<!--";')).toThrow(/<!--/);
  });
  it('scopes static SVG ids per chart', () => {
    expect(scopeSvgIds('<svg><clipPath id="clip1"></clipPath><g clip-path="url(#clip1)"></g></svg>', 'naming')).toBe('<svg><clipPath id="naming-id1"></clipPath><g clip-path="url(#naming-id1)"></g></svg>');
  });
});
