import * as aq from 'arquero';
import type { OutletFrameRow } from '../report-data.js';
import { bootstrapRatesRows, seedFor } from '../stats/bootstrap.js';
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
 * outlet), share = hits / all frame hits of the outlet, endorsement =
 * (ownHits − distancedHits) / hits (omitted when hits = 0).
 */
export function outletFrameTable(p: Prepared, bootstrap: { samples: number; seed: number }): OutletFrameRow[] {
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
      p.articles.groupby('outlet').rollup({ articles: op.count(), wordTokens: op.sum('wordTokens') }),
    ).map((r) => [r.outlet, r]),
  );
  const frames = p.lexicon.frames;
  const intervals = bootstrapIntervals(p, bootstrap);
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
      const boot = intervals.get(o.id)?.[fi];
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

/** outlet → [low, high] per frame (lexicon order), for outlets with ≥ BOOTSTRAP_MIN_ARTICLES articles; articles in index order. */
function bootstrapIntervals(p: Prepared, options: { samples: number; seed: number }): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  if (options.samples <= 0) return out;
  const F = p.lexicon.frames.length;
  const byOutlet = new Map<string, number[]>();
  p.records.forEach((r, i) => {
    const list = byOutlet.get(r.outlet);
    if (list) list.push(i);
    else byOutlet.set(r.outlet, [i]);
  });
  for (const [outlet, indices] of byOutlet) {
    if (indices.length < BOOTSTRAP_MIN_ARTICLES) continue;
    const counts = new Int32Array(indices.length * F);
    const words = new Float64Array(indices.length);
    indices.forEach((ri, ai) => {
      words[ai] = p.records[ri]!.wordTokens;
      counts.set(p.frameCounts.subarray(ri * F, ri * F + F), ai * F);
    });
    out.set(outlet, bootstrapRatesRows(counts, F, words, { samples: options.samples, seed: seedFor(options.seed, outlet) }));
  }
  return out;
}
