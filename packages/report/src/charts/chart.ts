/**
 * What every chart file shares: the ChartSpec it returns, the page-wide Vega-Lite config, and
 * the outlet and frame labels in report order.
 */
import type { ReportData } from '@framelens/aggregate';
import { OKABE_ITO } from '../palette.js';

export type VegaLiteSpec = Record<string, unknown>;

/** Which evidence rows a click on a mark selects: evidence field ← datum field. */
export interface Drill {
  kind?: 'frame' | 'referent' | 'claim';
  /** datum field holding the frame / referent / claim id */
  category?: string;
  outlet?: string;
  voice?: string;
  label?: string;
  speakerGroup?: string;
  /** a signal whose value 'own' restricts the drill-down to authorial hits */
  ownVoiceSignal?: string;
}

export interface ChartSpec {
  id: string;
  /** short name, used in headings of downloads and the table of contents */
  title: string;
  /** the question the chart answers (shown as its heading) */
  question: string;
  /** one line under the chart */
  howToRead: string;
  section: 'frames' | 'voice' | 'naming' | 'speakers' | 'claims' | 'distinctive' | 'time';
  vegaLite: VegaLiteSpec;
  csv: string;
  drill?: Drill;
  /** a param the page lets the reader change through an HTML control */
  control?: { signal: string; label: string; options: { value: string; label: string }[] };
}

/** One chart: its spec from the report data, or undefined when the data have nothing to show. */
export type Chart = (data: ReportData, labels: Labels) => ChartSpec | undefined;

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const CONFIG = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', labelLimit: 360, titleColor: '#333', labelColor: '#333' },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 360, titleFontWeight: 'bold' },
  header: { labelFontSize: 12, titleFontSize: 12, labelFontWeight: 'bold', labelColor: '#222' },
  range: { category: OKABE_ITO },
};

/** One decimal: the format of densities in tooltips and cells. */
export const fmt1 = '.1f';

/** "(1 article)" wherever an outlet with one article appears. */
export function outletLabel(name: string, articles: number): string {
  return articles === 1 ? `${name} (1 article)` : `${name} (${articles} articles)`;
}

export interface Labels {
  outlet: (id: string) => string;
  /** outlet labels in report order (grouped: see outletGroup): the sort of every outlet axis */
  outletOrder: string[];
  /** the outlet's group: outlet.yaml `group`, else its kind ("" when it has neither) */
  group: (id: string) => string;
  /** the groups in outletOrder's order; charts facet by group when there are several and many outlets */
  groups: string[];
  frameLabel: (id: string) => string;
  frameOrder: string[];
}

/** Outlets from this many on are faceted by group in the heatmaps (below it, sorting is enough). */
export const FACET_GROUPS_FROM = 9;

/** An outlet's group: a user-defined `group` (outlet.yaml) wins over its kind. */
export function outletGroup(o: ReportData['outlets'][number]): string {
  const group = (o as { group?: unknown }).group;
  return typeof group === 'string' && group ? group : o.kind ?? '';
}

export function labels(data: ReportData): Labels {
  const outlets = new Map(data.outlets.map((o) => [o.outlet, outletLabel(o.name, o.articles)]));
  const groupOf = new Map(data.outlets.map((o) => [o.outlet, outletGroup(o)]));
  // groups in order of first appearance; outlets keep the report's order inside their group
  const groups = [...new Set(data.outlets.map((o) => groupOf.get(o.outlet)!))];
  const ordered = groups.flatMap((g) => data.outlets.filter((o) => groupOf.get(o.outlet) === g));
  const outletOrder = ordered.map((o) => outlets.get(o.outlet)!);
  const frameLabel = new Map(data.lexicon.frames.map((f) => [f.id, f.label]));
  const frameOrder = data.lexicon.frames.map((f) => f.label);
  return {
    outlet: (id: string) => outlets.get(id) ?? id, outletOrder, group: (id: string) => groupOf.get(id) ?? '', groups,
    frameLabel: (id: string) => frameLabel.get(id) ?? id, frameOrder,
  };
}

/**
 * A heatmap-like chart: `outer` (data, params, transform, title) and `inner` (width, height,
 * encoding, layer). With several outlet groups and many outlets, the inner part is repeated once
 * per group, stacked, each titled with its group and showing only its outlets; colour and x
 * scales stay shared, so cells compare across groups. Its rows need a `group` field.
 */
export function byGroup(L: Labels, outlets: number, outer: VegaLiteSpec, inner: VegaLiteSpec): VegaLiteSpec {
  if (L.groups.length < 2 || outlets < FACET_GROUPS_FROM) return { ...outer, ...inner };
  const { transform, ...rest } = outer;
  const encoding = inner['encoding'] as Record<string, Record<string, unknown>>;
  const { scale: _scale, ...y } = encoding['y'] ?? {};
  return {
    ...rest,
    vconcat: L.groups.map((g, i) => ({
      ...inner,
      title: { text: g || 'no kind given', anchor: 'start', frame: 'group', fontSize: 12, fontWeight: 'bold', offset: 4 },
      // the shared transforms first (a maximum over every outlet stays one), then this group's rows
      transform: [...((transform as unknown[] | undefined) ?? []), { filter: { field: 'group', equal: g } }],
      encoding: {
        ...encoding,
        y,
        // the frame labels once, above the first block
        ...(i > 0 && encoding['x'] ? { x: { ...encoding['x'], axis: { ...(encoding['x']['axis'] as object), labels: false, ticks: false, domain: false } } } : {}),
      },
    })),
    spacing: 10,
    resolve: { scale: { color: 'shared', x: 'shared' } },
  };
}

/** Frame panels per row in the charts faceted by frame: 4 × 170 px beside 40 outlet names fits 1,060 px. */
export const PANELS_PER_ROW = 4;
export const PANEL_SIZE = { width: 170, height: { step: 14 } };

/** Characters of a bold 12 px header line that fit a 170 px panel (about 7.5 px a character). */
export const PANEL_HEADER_CHARS = 22;

/** One panel per frame, PANELS_PER_ROW to a row, the outlets named once per row (the frame charts' facet). */
export function framePanels(L: Labels): VegaLiteSpec {
  return {
    // a frame name wider than its panel wraps onto a second line instead of ending in "…"
    facet: {
      field: 'frameLabel', type: 'nominal', sort: L.frameOrder, title: null,
      header: { labelAngle: 0, labelAlign: 'left', labelOrient: 'top', labelAnchor: 'start', labelPadding: 4, labelLimit: PANEL_SIZE.width + 10, labelExpr: linesExpr(L.frameOrder, PANEL_HEADER_CHARS) },
    },
    columns: PANELS_PER_ROW,
    spacing: { row: 14, column: 12 },
  };
}

/** The top level every chart spec shares: schema, config, white background, padding. */
export function top(spec: Omit<VegaLiteSpec, '$schema' | 'config'>): VegaLiteSpec {
  return { $schema: SCHEMA, config: CONFIG, background: 'white', padding: 8, ...spec };
}

/** A Vega expression mapping datum.value through `map` (legend labels). */
export function labelExprFor(map: Record<string, string>): string {
  return Object.entries(map).reduce((expr, [k, v]) => `datum.value === ${JSON.stringify(k)} ? ${JSON.stringify(v)} : ${expr}`, 'datum.value');
}

/**
 * `text` broken at spaces into lines of at most `maxChars` characters (a word longer than that
 * stays whole on its own line): "Foreign interference / colour revolution" at 22 gives
 * ["Foreign interference /", "colour revolution"].
 */
export function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A Vega label expression that shows each of `texts` longer than `maxChars` as wrapped lines (header and axis labels). */
export function linesExpr(texts: string[], maxChars: number): string {
  return texts.filter((t) => t.length > maxChars).reduce((expr, t) => `datum.value === ${JSON.stringify(t)} ? ${JSON.stringify(wrapLines(t, maxChars))} : ${expr}`, 'datum.value');
}
