import type { EvidenceRow } from '../report-data.js';
import { cmp } from '../compare.js';
import type { Prepared } from './prepared.js';

/**
 * The evidence behind every number: one row per hit (counted or excluded),
 * with the category's lexicon label. Sorted by outlet, article, title first,
 * offset, kind, category. Columns: id, article, outlet, kind, category,
 * categoryLabel, label, term, match, sentence, sentenceStart, sentenceEnd,
 * start, end, voice, speaker?, speakerGroup?, cue?, section, excluded?.
 */
export function evidenceTable(p: Prepared): EvidenceRow[] {
  const labels = new Map<string, string>();
  for (const f of p.lexicon.frames) labels.set(`frame\u0000${f.id}`, f.label);
  for (const r of p.lexicon.referents ?? []) labels.set(`referent\u0000${r.id}`, r.label);
  for (const c of p.lexicon.claims ?? []) labels.set(`claim\u0000${c.id}`, c.label);
  const outletOrder = [...p.results].sort((a, b) => cmp(a.outlet, b.outlet) || cmp(a.article, b.article));
  const out: EvidenceRow[] = [];
  for (const r of outletOrder) {
    for (const e of r.evidence) {
      const row: EvidenceRow = {
        id: e.id, article: e.article, outlet: e.outlet, kind: e.kind, category: e.category,
        categoryLabel: labels.get(`${e.kind}\u0000${e.category}`) ?? e.category,
        label: e.label, term: e.term, match: e.match, sentence: e.sentence, sentenceStart: e.sentenceStart, sentenceEnd: e.sentenceEnd,
        start: e.start, end: e.end, voice: e.voice, section: e.section,
      };
      if (e.speaker !== undefined) row.speaker = e.speaker;
      if (e.speakerGroup !== undefined) row.speakerGroup = e.speakerGroup;
      if (e.cue !== undefined) row.cue = e.cue;
      if (e.excluded !== undefined) row.excluded = e.excluded;
      out.push(row);
    }
  }
  return out;
}

/**
 * What the HTML shows: at most `perCell` counted rows per outlet × kind ×
 * category, taken round robin over the outlet's articles (article order, then
 * position) so one long article does not fill the cell. Same order as
 * `evidenceTable`.
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
