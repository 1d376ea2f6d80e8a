import * as aq from 'arquero';
import type { ClaimRow } from '../report-data.js';
import { key, rows, type Prepared } from './prepared.js';

const { op } = aq;

/**
 * Claims: one row for EVERY outlet × claim (lexicon order). Columns: outlet,
 * claim, claimLabel, present (hits > 0), hits, articles (articles of the
 * outlet with at least one hit), evidence / evidenceArticle: the first counted
 * evidence sentence by article index, then position (title first).
 */
export function claimTable(p: Prepared): ClaimRow[] {
  const cells = new Map(
    rows<{ outlet: string; category: string; hits: number }>(
      p.cells
        .filter((d) => d.kind === 'claim')
        .groupby('outlet', 'category')
        .rollup({ hits: op.sum('hits') }),
    ).map((r) => [key(r.outlet, r.category), r]),
  );
  const out: ClaimRow[] = [];
  for (const o of p.outlets) {
    for (const c of p.lexicon.claims ?? []) {
      const cell = cells.get(key(o.id, c.id));
      const row: ClaimRow = { outlet: o.id, claim: c.id, claimLabel: c.label, present: (cell?.hits ?? 0) > 0, hits: cell?.hits ?? 0, articles: p.claimArticles.get(key(o.id, c.id)) ?? 0 };
      const ev = p.claimFirst.get(key(o.id, c.id));
      if (ev) {
        row.evidence = ev.sentence;
        row.evidenceArticle = ev.article;
      }
      out.push(row);
    }
  }
  return out;
}
