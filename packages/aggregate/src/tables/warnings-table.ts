import type { ArticleRow, NearDuplicateRow, OutletRow, Warning } from '../report-data.js';
import { cmp } from '../compare.js';
import type { ArticleRecord } from './prepared.js';

const KIND_ORDER: Warning['kind'][] = ['single-article-outlet', 'inferred-attribution', 'near-duplicate', 'boilerplate-excluded', 'evidence-capped', 'other'];

/**
 * Warnings the report shows next to the numbers: outlets with one article (or
 * none), inferred attributions, near-duplicate pairs, boilerplate excluded per
 * article, evidence capped in the HTML. Sorted by kind (in the order above),
 * outlet, article, message. Columns: kind, message, outlet?, article?.
 */
export function warningsTable(input: {
  outlets: readonly OutletRow[];
  articles: readonly ArticleRow[];
  records: readonly ArticleRecord[];
  nearDuplicates: readonly NearDuplicateRow[];
  syndication: 'keep' | 'collapse';
  evidencePerCell: number;
  cappedCells: number;
}): Warning[] {
  const out: Warning[] = [];
  for (const o of input.outlets) {
    if (o.articles === 0) out.push({ kind: 'other', outlet: o.outlet, message: `${o.name}: no articles in the corpus; every figure is 0.` });
    if (o.articles === 1) out.push({ kind: 'single-article-outlet', outlet: o.outlet, message: `${o.name}: one article (n = 1); its figures describe that article, not the outlet.` });
    if (o.attributionStatus === 'inferred')
      out.push({ kind: 'inferred-attribution', outlet: o.outlet, message: `${o.name}: attribution inferred, not confirmed${o.attributionEvidence ? ` (${o.attributionEvidence})` : ''}.` });
  }
  for (const d of input.nearDuplicates) {
    const how = input.syndication === 'collapse' ? `shared passages counted once, in ${d.articleA}` : 'both counted in full (syndication: keep)';
    out.push({
      kind: 'near-duplicate',
      outlet: d.outletB,
      article: d.articleB,
      message: `${d.articleB} shares ${d.passages.length} passage(s) with ${d.articleA} (shingle Jaccard ${d.similarity.toFixed(2)}); ${how}.`,
    });
  }
  for (const r of input.records) {
    if (r.boilerplateTokens === 0) continue;
    const reasons = r.boilerplateReasons;
    out.push({
      kind: 'boilerplate-excluded',
      outlet: r.outlet,
      article: r.article,
      message: `${r.article}: ${r.boilerplateTokens} word(s) in ${r.boilerplateSpans} boilerplate span(s) (${reasons}) excluded from every count.`,
    });
  }
  if (input.cappedCells > 0)
    out.push({
      kind: 'evidence-capped',
      message: `The page shows at most ${input.evidencePerCell} evidence sentences per outlet and category (${input.cappedCells} cell(s) capped); data/evidence.csv has all of them.`,
    });
  const rank = new Map(KIND_ORDER.map((k, i) => [k, i]));
  return out.sort(
    (a, b) =>
      rank.get(a.kind)! - rank.get(b.kind)! || cmp(a.outlet ?? '', b.outlet ?? '') || cmp(a.article ?? '', b.article ?? '') || cmp(a.message, b.message),
  );
}
