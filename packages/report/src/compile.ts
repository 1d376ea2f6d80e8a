import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { VegaLiteSpec } from './specs.js';

export interface Compiled {
  /** the Vega spec the page embeds */
  spec: vega.Spec;
  /** vega-lite's warnings; a chart spec in this package must produce none */
  warnings: string[];
}

/** Compile Vega-Lite to Vega in Node, collecting warnings instead of printing them. */
export function compileSpec(spec: VegaLiteSpec): Compiled {
  const warnings: string[] = [];
  const logger = {
    level(): number { return 0; },
    warn(...args: unknown[]) { warnings.push(args.map(String).join(' ')); return this; },
    info() { return this; },
    debug() { return this; },
    error(...args: unknown[]): never { throw new Error(`vega-lite: ${args.map(String).join(' ')}`); },
  } as unknown as NonNullable<NonNullable<Parameters<typeof vl.compile>[1]>['logger']>;
  const out = vl.compile(spec as unknown as vl.TopLevelSpec, { logger });
  return { spec: out.spec, warnings };
}

/** Render a Vega spec to static SVG markup (headless, no DOM). */
export async function renderSvg(spec: vega.Spec): Promise<{ svg: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn);
  const view = new vega.View(vega.parse(spec), {
    renderer: 'none',
    logger: Object.assign(logger, { warn: (...a: unknown[]) => { warnings.push(a.map(String).join(' ')); return logger; } }),
  });
  try {
    const svg = await view.toSVG();
    return { svg, warnings };
  } finally {
    view.finalize();
  }
}
