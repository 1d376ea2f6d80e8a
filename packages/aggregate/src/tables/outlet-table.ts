import * as aq from 'arquero';
import type { OutletRow } from '../report-data.js';
import { key, rows, type Prepared } from './prepared.js';

const { op } = aq;

/**
 * One row per outlet (every outlet of the corpus, also those without articles).
 * Columns: outlet, name, country?, kind?, url?, attributionStatus, attributionEvidence?,
 * articles, wordTokens (outside boilerplate), boilerplateTokens, frameHits
 * (counted), firstDate?, lastDate? (ISO strings as given in the corpus).
 */
export function outletTable(p: Prepared): OutletRow[] {
  const totals = new Map(
    rows<{ outlet: string; articles: number; wordTokens: number; boilerplateTokens: number; firstDate: string | null; lastDate: string | null }>(
      p.articleGroups.groupby('outlet').rollup({
        articles: op.sum('articles'),
        wordTokens: op.sum('wordTokens'),
        boilerplateTokens: op.sum('boilerplateTokens'),
        firstDate: op.min('date'),
        lastDate: op.max('date'),
      }),
    ).map((r) => [r.outlet, r]),
  );
  const frameHits = new Map(
    rows<{ outlet: string; hits: number }>(
      p.cells
        .filter((d) => d.kind === 'frame')
        .groupby('outlet')
        .rollup({ hits: op.sum('hits') }),
    ).map((r) => [key(r.outlet), r.hits]),
  );
  return p.outlets.map((o) => {
    const t = totals.get(o.id);
    const row: OutletRow = {
      outlet: o.id,
      name: o.name,
      attributionStatus: o.attribution.status,
      articles: t?.articles ?? 0,
      wordTokens: t?.wordTokens ?? 0,
      boilerplateTokens: t?.boilerplateTokens ?? 0,
      frameHits: frameHits.get(o.id) ?? 0,
    };
    if (o.country !== undefined) row.country = o.country;
    if (o.kind !== undefined) row.kind = o.kind;
    if (o.url !== undefined) row.url = o.url;
    if (o.attribution.evidence !== undefined) row.attributionEvidence = o.attribution.evidence;
    if (o.testCopy) row.testCopy = true;
    if (t?.firstDate) row.firstDate = t.firstDate;
    if (t?.lastDate) row.lastDate = t.lastDate;
    return row;
  });
}
