import type { EvidenceRow, ReportData } from '@framelens/aggregate';
import type * as vega from 'vega';
import { clientScript } from './client-bundle.js';
import { compileSpec, renderSvg } from './compile.js';
import { browserLibraries } from './libraries.js';
import { ARTICLES_IN_PAGE, NEAR_DUPLICATES_IN_PAGE, renderPage, type RenderedChart } from './page.js';
import type { PageData } from './page-data.js';
import { pageVoices, voiceLabel } from './palette.js';
import { buildSpecs, outletLabel } from './specs.js';
import { withPrecisionFlags, type ValidationInput } from './validation-section.js';

export interface RenderOptions {
  /**
   * At most this many evidence rows per outlet × frame (or referent, claim) are embedded in the
   * HTML; the rest stay in data/hits.parquet and the explorer says so. Default 200.
   */
  maxEvidenceInHtml?: number;
  /** figures from a hand-coded sample (`framelens agreement`): a Validation section, low-precision frames flagged */
  validation?: ValidationInput;
}

export interface RenderedReport {
  html: string;
  charts: { id: string; title: string; spec: vega.Spec; svg: string; csv: string }[];
}

/** Render the self-contained HTML report: compile every chart, draw its static SVG, build the page. */
export async function renderReport(unflagged: ReportData, options: RenderOptions = {}): Promise<RenderedReport> {
  const data = withPrecisionFlags(unflagged, options.validation);
  const max = options.maxEvidenceInHtml ?? 200;
  // charts: Vega-Lite → Vega in Node, static SVG as the no-script fallback and download
  const rendered: (RenderedChart & { vega: vega.Spec })[] = [];
  for (const chart of buildSpecs(data)) {
    const { spec, warnings } = compileSpec(chart.vegaLite);
    if (warnings.length) throw new Error(`report: chart "${chart.id}" compiles with warnings: ${warnings.join('; ')}`);
    // the static image: the same picture without ARIA markup or tooltips (the <img> has alt text)
    const { svg } = await renderSvg(spec, { decorative: true });
    rendered.push({ ...chart, vega: spec, svg: scopeSvgIds(svg, chart.id) });
  }
  // evidence: capped per cell, never silently
  // The aggregator already embeds a capped selection and says per cell how many rows exist
  // (evidenceCells); older data carry every row, capped here. Either way the page lists the cells
  // whose rows are not all embedded.
  const own = capEvidence(data.evidence, max);
  const kept = own.kept;
  const keptPerCell = new Map<string, number>();
  for (const r of kept) if (!r.excluded) keptPerCell.set(`${r.outlet}\u0000${r.kind}\u0000${r.category}`, (keptPerCell.get(`${r.outlet}\u0000${r.kind}\u0000${r.category}`) ?? 0) + 1);
  const capped = data.evidenceCells
    ? data.evidenceCells
      .map((c) => ({ outlet: c.outlet, kind: c.kind as string, category: c.category, total: c.total, shown: keptPerCell.get(`${c.outlet}\u0000${c.kind}\u0000${c.category}`) ?? 0 }))
      .filter((c) => c.shown < c.total)
    : own.capped;
  const pageData: PageData = {
    outlets: data.outlets.map((o) => ({ outlet: o.outlet, label: outletLabel(o.name, o.articles) })),
    // titles, dates and files of the articles the page can show: the overview's rows, the embedded
    // evidence, the readers and the near-duplicate pairs (not every article of a large corpus)
    articles: pageArticles(data, kept).map((a) => ({ article: a.article, outlet: a.outlet, title: a.title, date: a.date, datePrecision: a.datePrecision, url: a.url, path: a.path })),
    categories: [
      ...data.lexicon.frames.map((f) => ({ kind: 'frame', id: f.id, label: f.label })),
      ...data.lexicon.referents.map((r) => ({ kind: 'referent', id: r.id, label: r.label })),
      ...data.lexicon.claims.map((c) => ({ kind: 'claim', id: c.id, label: c.label })),
    ],
    voices: pageVoices(data).map((id) => ({ id, label: voiceLabel(id) })),
    speakerGroups: Object.fromEntries([
      ...data.lexicon.speakers.map((s) => [s.id, s.label]),
      ...data.speakers.map((s) => [s.group, s.groupLabel]),
    ]),
    capped,
    charts: rendered.map((c) => ({ id: c.id, ...(c.drill ? { drill: c.drill } : {}) })),
  };
  const html = renderPage({
    data, charts: rendered, pageData, evidence: kept, readers: data.readers,
    specs: rendered.map((c) => ({ id: c.id, spec: c.vega })),
    libraries: browserLibraries(), clientScript: clientScript(), validation: options.validation,
  });
  return { html, charts: rendered.map((c) => ({ id: c.id, title: c.title, spec: c.vega, svg: c.svg, csv: c.csv })) };
}

/** The articles the page refers to, in corpus order: the overview's first ARTICLES_IN_PAGE and every article behind embedded evidence, readers and near-duplicates. */
export function pageArticles(data: ReportData, evidence: readonly EvidenceRow[]): ReportData['articles'] {
  if (data.articles.length <= ARTICLES_IN_PAGE) return data.articles;
  const needed = new Set<string>();
  for (const r of evidence) needed.add(r.article);
  for (const r of data.readers) needed.add(r.article);
  for (const d of data.nearDuplicates.slice(0, NEAR_DUPLICATES_IN_PAGE)) {
    needed.add(d.articleA);
    needed.add(d.articleB);
  }
  return data.articles.filter((a, i) => i < ARTICLES_IN_PAGE || needed.has(a.article));
}

/** Keep the first `max` rows of every outlet × kind × category; report the cells that were cut. */
export function capEvidence(rows: EvidenceRow[], max: number): { kept: EvidenceRow[]; capped: { outlet: string; kind: string; category: string; total: number; shown: number }[] } {
  const seen = new Map<string, number>();
  const kept: EvidenceRow[] = [];
  for (const r of rows) {
    const key = `${r.outlet}\u0000${r.kind}\u0000${r.category}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= max) kept.push(r);
  }
  const capped = [...seen].filter(([, n]) => n > max).map(([key, total]) => {
    const [outlet = '', kind = '', category = ''] = key.split('\u0000');
    return { outlet, kind, category, total, shown: max };
  });
  return { kept, capped };
}

/**
 * Rename the ids of a static SVG to "<chart>-id<n>" in order of appearance: charts in one page
 * never share an id, and vega's process-wide gradient/clip counters do not leak into the bytes.
 */
export function scopeSvgIds(svg: string, chartId: string): string {
  if (!svg.includes(' id="')) return svg;
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\bid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `${chartId}-id${ids.size + 1}`);
  // each id is rewritten where it is defined and referenced, delimited exactly as the regular
  // expression /\b(id="|href="#|url\(#)([^")]+)/ would find it; plain string replacements, no
  // callback per match over the whole markup
  let out = svg;
  for (const [id, scoped] of ids) {
    for (const [pre, post] of REFERENCE_FORMS) {
      const from = `${pre}${id}${post}`;
      if (out.includes(from)) out = out.replaceAll(from, `${pre}${scoped}${post}`);
    }
  }
  return out;
}

const REFERENCE_FORMS: [string, string][] = [[' id="', '"'], ['href="#', '"'], ['url(#', ')'], ['url(#', '"']];
