import * as aq from 'arquero';
import type { OutletFrameRow } from '../report-data.js';
import { poissonRate } from '../stats/garwood.js';
import { key, rows, type Prepared } from './prepared.js';

const { op } = aq;

/** Outlets with at least this many articles get an article-level bootstrap interval. */
export const BOOTSTRAP_MIN_ARTICLES = 5;

/**
 * One row for EVERY outlet × frame (zero counts included), outlets by id,
 * frames in lexicon order. Columns: outlet, frame, frameLabel, articles,
 * wordTokens, hits, ownHits (authorial), distancedHits, density = hits /
 * wordTokens × 1000 with Garwood 95% interval (densityLow/High), ownDensity
 * likewise, bootstrapLow/High (outlets with ≥ 5 articles: percentile interval
 * of Σhits/Σwords × 1000 over articles resampled with replacement, seeded per
 * outlet; computed in the store's reduce, Prepared.bootstrap), share = hits / all frame hits of the outlet, endorsement =
 * (ownHits − distancedHits) / hits (omitted when hits = 0).
 */
export function outletFrameTable(p: Prepared): OutletFrameRow[] {
  const cells = new Map(
    rows<{ outlet: string; category: string; hits: number; own: number; distanced: number }>(
      p.cells
        .filter((d) => d.kind === 'frame')
        .groupby('outlet', 'category')
        .rollup({
          hits: op.sum('hits'),
          own: (d) => op.sum(d.voice === 'authorial' ? d.hits : 0),
          distanced: (d) => op.sum(d.voice === 'distanced' ? d.hits : 0),
        }),
    ).map((r) => [key(r.outlet, r.category), r]),
  );
  const totals = new Map(
    rows<{ outlet: string; articles: number; wordTokens: number }>(
      p.articleGroups.groupby('outlet').rollup({ articles: op.sum('articles'), wordTokens: op.sum('wordTokens') }),
    ).map((r) => [r.outlet, r]),
  );
  const frames = p.lexicon.frames;
  const out: OutletFrameRow[] = [];
  for (const o of p.outlets) {
    const t = totals.get(o.id);
    const wordTokens = t?.wordTokens ?? 0;
    const frameHits = frames.reduce((sum, f) => sum + (cells.get(key(o.id, f.id))?.hits ?? 0), 0);
    frames.forEach((f, fi) => {
      const c = cells.get(key(o.id, f.id));
      const hits = c?.hits ?? 0;
      const own = c?.own ?? 0;
      const distanced = c?.distanced ?? 0;
      const all = poissonRate(hits, wordTokens);
      const mine = poissonRate(own, wordTokens);
      const row: OutletFrameRow = {
        outlet: o.id,
        frame: f.id,
        frameLabel: f.label,
        articles: t?.articles ?? 0,
        wordTokens,
        hits,
        ownHits: own,
        distancedHits: distanced,
        density: all.rate,
        densityLow: all.low,
        densityHigh: all.high,
        ownDensity: mine.rate,
        ownDensityLow: mine.low,
        ownDensityHigh: mine.high,
        share: frameHits > 0 ? hits / frameHits : 0,
      };
      const boot = p.bootstrap.get(o.id)?.[fi];
      if (boot) {
        row.bootstrapLow = boot[0];
        row.bootstrapHigh = boot[1];
      }
      if (hits > 0) row.endorsement = (own - distanced) / hits;
      out.push(row);
    });
  }
  return out;
}
