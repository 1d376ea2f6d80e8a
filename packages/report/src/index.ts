export { renderReport, capEvidence, scopeSvgIds } from './render.js';
export type { RenderOptions, RenderedReport } from './render.js';
export { buildSpecs, outletLabel, datesSpanMoreThanOneDay } from './specs.js';
export type { ChartSpec, Drill, VegaLiteSpec } from './specs.js';
export { compileSpec, renderSvg, decorativeSpec } from './compile.js';
export { escapeHtml, jsonForScript, safeHref, inlineScript } from './escape.js';
export { toCsv } from './csv.js';
export { validationSection, withPrecisionFlags, flaggedFrames, PRECISION_FLAG, type ValidationInput } from './validation-section.js';
