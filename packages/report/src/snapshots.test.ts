/**
 * Snapshots of the seed report (the committed report.json of the real pipeline): every chart's
 * Vega-Lite spec (data values summarised as their count and first row; the CSVs carry them
 * whole) and the page's visible text. A change to a chart or to the page's wording shows up as
 * a reviewable diff of __snapshots__/specs.json and __snapshots__/page.txt.
 */
import { describe, expect, it } from 'vitest';
import { seedData } from './__fixtures__/seed-data.js';
import { renderReport } from './render.js';
import { buildSpecs } from './specs.js';

/** A spec with each inline `values` array replaced by its length and first row. */
function summarise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(summarise);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) =>
    k === 'values' && Array.isArray(v) ? [k, { rows: v.length, first: v[0] }] : [k, summarise(v)]));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };

/** What a reader sees without scripts: the text of the body, one line per block, no scripts, styles or image data. */
export function pageText(html: string): string {
  const body = html.slice(html.indexOf('<body>'), html.lastIndexOf('</body>'));
  return body
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    // a tag: up to the first ">" outside a quoted value (an <img>'s data: URI holds raw SVG markup)
    .replace(/<(img|select)\b(?:[^>"]|"[^"]*")*>/g, (tag) => (/\balt="([^"]*)"/.exec(tag) ? `[image: ${/\balt="([^"]*)"/.exec(tag)![1]}]` : ''))
    .replace(/<\/?(p|h[1-6]|li|tr|section|figure|details|summary|div|dt|dd|table|ul|ol|nav|header|main|dialog|blockquote|label|option)\b[^>]*>/g, '\n')
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<(?:[^>"]|"[^"]*")*>/g, '')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(\w+);/g, (m, n: string) => ENTITIES[n] ?? m)
    .split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n') + '\n';
}

describe('seed report snapshots', () => {
  it('every chart spec', async () => {
    const specs = buildSpecs(seedData()).map((c) => ({ ...c, csv: `${c.csv.split('\r\n').length - 1} rows`, vegaLite: summarise(c.vegaLite) }));
    await expect(`${JSON.stringify(specs, null, 1)}\n`).toMatchFileSnapshot('./__snapshots__/specs.json');
  });

  it('the text of the page', async () => {
    const { html } = await renderReport(seedData());
    await expect(pageText(html)).toMatchFileSnapshot('./__snapshots__/page.txt');
  });
});
