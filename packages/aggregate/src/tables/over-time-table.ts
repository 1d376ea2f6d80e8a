import * as aq from 'arquero';
import type { TimeRow } from '../report-data.js';
import { cmp } from '../compare.js';
import { key, rows, type Prepared } from './prepared.js';

const { op } = aq;

/**
 * Frame density by day: only when articles with day-precise dates
 * (YYYY-MM-DD) cover more than one day; otherwise empty. One row for every
 * outlet × day on which the outlet has articles × frame (lexicon order).
 * Columns: outlet, date, frame, hits, wordTokens (of that outlet's articles
 * that day), density = hits / wordTokens × 1000.
 */
export function overTimeTable(p: Prepared): TimeRow[] {
  const dated = p.articleGroups.filter((d) => d.date != null && op.length(d.date) === 10);
  const days = new Set(dated.array('date') as string[]);
  if (days.size < 2) return [];
  const words = rows<{ outlet: string; date: string; wordTokens: number }>(
    dated.groupby('outlet', 'date').rollup({ wordTokens: op.sum('wordTokens') }),
  ).sort((a, b) => cmp(a.outlet, b.outlet) || cmp(a.date, b.date));
  const hits = new Map(
    rows<{ outlet: string; date: string; category: string; hits: number }>(
      p.days.groupby('outlet', 'date', 'category').rollup({ hits: op.sum('hits') }),
    ).map((r) => [key(r.outlet, r.date, r.category), r.hits]),
  );
  const out: TimeRow[] = [];
  for (const w of words) {
    for (const f of p.lexicon.frames) {
      const h = hits.get(key(w.outlet, w.date, f.id)) ?? 0;
      out.push({ outlet: w.outlet, date: w.date, frame: f.id, hits: h, wordTokens: w.wordTokens, density: w.wordTokens > 0 ? (h / w.wordTokens) * 1000 : 0 });
    }
  }
  return out;
}
