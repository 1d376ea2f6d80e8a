import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { VegaLiteSpec } from './specs.js';

export interface Compiled {
  /** the Vega spec the page embeds */
  spec: vega.Spec;
  /** vega-lite's warnings; a chart spec in this package must produce none */
  warnings: string[];
}

/**
 * Vega-Lite warnings that describe exactly what a chart here intends, and so are not collected:
 * a layered heatmap faceted into outlet groups with independent y scales (byGroup) has several
 * layers reading the same outlet field of the same data, which Vega-Lite cannot prove and says so.
 */
const INTENDED = [/^Detected faceted independent scales that union domain of the same fields from different source\./];

/** Compile Vega-Lite to Vega in Node, collecting warnings (other than INTENDED) instead of printing them. */
export function compileSpec(spec: VegaLiteSpec): Compiled {
  const warnings: string[] = [];
  const logger = {
    level(): number { return 0; },
    warn(...args: unknown[]) {
      const message = args.map(String).join(' ');
      if (!INTENDED.some((re) => re.test(message))) warnings.push(message);
      return this;
    },
    info() { return this; },
    debug() { return this; },
    error(...args: unknown[]): never { throw new Error(`vega-lite: ${args.map(String).join(' ')}`); },
  } as unknown as NonNullable<NonNullable<Parameters<typeof vl.compile>[1]>['logger']>;
  const out = vl.compile(spec as unknown as vl.TopLevelSpec, { logger });
  return { spec: out.spec, warnings };
}

/**
 * Render a Vega spec to static SVG markup (headless, no DOM). With `decorative: true` the picture
 * is the same but carries no ARIA markup (no per-mark `aria-label`/`role`, containers
 * `aria-hidden`) and no tooltips are computed (see decorativeSpec): the form the report embeds
 * as an `<img>`, whose `alt` text describes it, and whose inner markup no assistive technology
 * reads. It is about half the bytes and cheaper to render.
 */
export async function renderSvg(spec: vega.Spec, options: { decorative?: boolean } = {}): Promise<{ svg: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn);
  const view = new vega.View(vega.parse(options.decorative ? decorativeSpec(spec) : spec), {
    renderer: 'none',
    expr: cachedCodegen,
    logger: Object.assign(logger, { warn: (...a: unknown[]) => { warnings.push(a.map(String).join(' ')); return logger; } }),
  });
  try {
    const svg = await view.toSVG();
    return { svg, warnings };
  } finally {
    view.finalize();
  }
}

/**
 * vega's expression code generator with its compiled functions kept per code string: charts and
 * facets repeat the same expressions (a facet compiles its encoders once per panel), and
 * `Function()` is the costly part. The cached function is stateless; each use gets its own bound
 * copy (vega attaches properties to the function it receives and binds `this` per context).
 */
type Codegen = Record<'operator' | 'parameter' | 'event' | 'handler' | 'encode', (ctx: unknown, expr: unknown) => (...a: unknown[]) => unknown> & { codegen: unknown };
// vega exports runtimeContext (vega-runtime's context) but its typings do not declare it
const runtimeContext = (vega as unknown as { runtimeContext: (df: unknown, transforms: unknown, functions: unknown) => { expr: Codegen } }).runtimeContext;
const defaultCodegen = runtimeContext({ events() { return undefined; } }, {}, undefined).expr;
const compiledCache = new Map<string, (...a: unknown[]) => unknown>();
function cached(kind: Exclude<keyof Codegen, 'codegen'>, key: string) {
  return (ctx: unknown, expr: unknown) => {
    const k = `${kind}\u0000${key === 'code' ? (expr as { code: string }).code : encodeKey(expr as EncodeExpr)}`;
    let fn = compiledCache.get(k);
    if (!fn) { fn = defaultCodegen[kind](null, expr); compiledCache.set(k, fn); }
    const functions = (ctx as { functions?: unknown } | null)?.functions;
    return fn.bind(functions);
  };
}
interface EncodeExpr { marktype: string; channels: Record<string, { code: string }> }
function encodeKey(e: EncodeExpr): string {
  let k = e.marktype;
  for (const name in e.channels) k += `\u0001${name}\u0002${e.channels[name]!.code}`;
  return k;
}
const cachedCodegen: Codegen = {
  operator: cached('operator', 'code'),
  parameter: cached('parameter', 'code'),
  event: cached('event', 'code'),
  handler: cached('handler', 'code'),
  encode: cached('encode', 'encode'),
  codegen: defaultCodegen.codegen,
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Encoding channels that only feed assistive technology or tooltips, never the picture. */
const NON_VISUAL = new Set(['description', 'tooltip', 'ariaRole', 'ariaRoleDescription', 'aria']);

/**
 * The spec with every mark, axis, legend and title set to `aria: false` and the channels that
 * never reach the picture (description, tooltip, ARIA roles) dropped. Copies only the objects it
 * changes: data values and scales are shared with the input, which is not modified.
 */
export function decorativeSpec(spec: vega.Spec): vega.Spec {
  return scope(spec as unknown as Json) as unknown as vega.Spec;
}

function scope(s: Json): Json {
  const out: Json = { ...s };
  if (Array.isArray(s['marks'])) out['marks'] = (s['marks'] as Json[]).map(mark);
  if (Array.isArray(s['axes'])) out['axes'] = (s['axes'] as Json[]).map(guide);
  if (Array.isArray(s['legends'])) out['legends'] = (s['legends'] as Json[]).map(guide);
  if (typeof s['title'] === 'string' || Array.isArray(s['title'])) out['title'] = { text: s['title'], aria: false };
  else if (isObject(s['title'])) out['title'] = guide(s['title']);
  return out;
}

function mark(m: Json): Json {
  const out = scope(m);
  out['aria'] = false;
  delete out['description'];
  if (isObject(m['encode'])) {
    const encode: Json = {};
    for (const [set, channels] of Object.entries(m['encode'])) {
      if (!isObject(channels)) { encode[set] = channels; continue; }
      const kept: Json = {};
      for (const [k, v] of Object.entries(channels)) if (!NON_VISUAL.has(k)) kept[k] = v;
      encode[set] = kept;
    }
    out['encode'] = encode;
  }
  return out;
}

function guide(g: Json): Json {
  const out: Json = { ...g, aria: false };
  delete out['description'];
  return out;
}
