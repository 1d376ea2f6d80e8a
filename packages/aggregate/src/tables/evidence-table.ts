import type { EvidenceRow } from '../report-data.js';

/**
 * What the HTML shows, from a full list of evidence rows: at most `perCell`
 * counted rows per outlet × kind × category, taken round robin over the
 * outlet's articles (article order, then position) so one long article does
 * not fill the cell. Same order as the input. (The streaming aggregator keeps
 * the same selection without holding every row; see Fold.)
 */
export function cappedEvidence(evidence: readonly EvidenceRow[], perCell: number): { rows: EvidenceRow[]; cappedCells: number } {
  const cells = new Map<string, Map<string, EvidenceRow[]>>();
  for (const e of evidence) {
    if (e.excluded) continue;
    const k = `${e.outlet}\u0000${e.kind}\u0000${e.category}`;
    let byArticle = cells.get(k);
    if (!byArticle) cells.set(k, (byArticle = new Map()));
    const list = byArticle.get(e.article);
    if (list) list.push(e);
    else byArticle.set(e.article, [e]);
  }
  const keep = new Set<EvidenceRow>();
  let cappedCells = 0;
  for (const byArticle of cells.values()) {
    const lists = [...byArticle.values()];
    const total = lists.reduce((s, l) => s + l.length, 0);
    if (total > perCell) cappedCells++;
    let kept = 0;
    for (let round = 0; kept < Math.min(perCell, total); round++) {
      for (const l of lists) {
        const e = l[round];
        if (e && kept < perCell) {
          keep.add(e);
          kept++;
        }
      }
    }
  }
  return { rows: evidence.filter((e) => keep.has(e)), cappedCells };
}
