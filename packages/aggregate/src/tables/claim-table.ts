import * as aq from 'arquero';
import type { ClaimRow } from '../report-data.js';
import { key, rows, type Prepared } from './prepared.js';

const { op } = aq;

/**
 * Claims: one row for EVERY outlet × claim (lexicon order). Columns: outlet,
 * claim, claimLabel, present (hits > 0), hits, articles (articles of the
 * outlet with at least one hit), evidence / evidenceArticle: the first counted
 * evidence sentence by article id, then position (title first).
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
  // results are sorted by article id and their evidence by position: the first match is the first evidence
  const first = new Map<string, { sentence: string; article: string }>();
  const articles = new Map<string, number>();
  for (const r of p.results) {
    for (const category of new Set(r.counts.filter((c) => c.kind === 'claim').map((c) => c.category))) {
      const k = key(r.outlet, category);
      articles.set(k, (articles.get(k) ?? 0) + 1);
    }
    for (const e of r.evidence) {
      if (e.kind !== 'claim' || e.excluded) continue;
      const k = key(r.outlet, e.category);
      if (!first.has(k)) first.set(k, { sentence: e.sentence, article: e.article });
    }
  }
  const out: ClaimRow[] = [];
  for (const o of p.outlets) {
    for (const c of p.lexicon.claims ?? []) {
      const cell = cells.get(key(o.id, c.id));
      const row: ClaimRow = { outlet: o.id, claim: c.id, claimLabel: c.label, present: (cell?.hits ?? 0) > 0, hits: cell?.hits ?? 0, articles: articles.get(key(o.id, c.id)) ?? 0 };
      const ev = first.get(key(o.id, c.id));
      if (ev) {
        row.evidence = ev.sentence;
        row.evidenceArticle = ev.article;
      }
      out.push(row);
    }
  }
  return out;
}
