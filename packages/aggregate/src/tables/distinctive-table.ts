import type { ArticleResult } from '../article-result.js';
import type { DistinctiveRow } from '../report-data.js';
import { cmp } from '../compare.js';
import { logOddsZ } from '../stats/log-odds.js';
import type { Prepared } from './prepared.js';

export interface DistinctiveOptions {
  /** rows per outlet in `distinctive` (default 20) */
  perOutlet?: number;
  /** rows per outlet in `lexiconGaps` (default 10) */
  gapsPerOutlet?: number;
  /** α0, the prior's total pseudo-count: α_w = α0 × (corpus count of w / corpus total) (default 1000) */
  priorScale?: number;
  /** a stem needs at least this many occurrences in the outlet to be listed (default 2) */
  minCount?: number;
}

/**
 * Distinctive terms: for each outlet i and stem w (stop words, numbers and
 * punctuation removed), the log-odds ratio with informative Dirichlet prior
 * (Monroe, Colaresi & Quinn 2008) of outlet i vs the rest of the corpus j:
 * δ = ln[(y_iw+α_w)/(n_i+α0−y_iw−α_w)] − ln[(y_jw+α_w)/(n_j+α0−y_jw−α_w)],
 * z = δ / √(1/(y_iw+α_w) + 1/(y_jw+α_w)), with α_w = α0 · y_w / n.
 * Returns the top `perOutlet` stems by z (z > 0, count ≥ minCount) per outlet
 * (`distinctive`), and the top `gapsPerOutlet` among those no lexicon entry
 * covers (`lexiconGaps`). Rows: outlet (by id), then z descending, then stem.
 * Columns: outlet, stem, forms (surface forms, most frequent first, at most
 * 5), count, countRest, rate / rateRest (per 1,000 word tokens of the outlet /
 * the rest), logOdds (δ), z, inLexicon.
 */
export function distinctiveTable(p: Prepared, options: DistinctiveOptions = {}): { distinctive: DistinctiveRow[]; lexiconGaps: DistinctiveRow[] } {
  const perOutlet = options.perOutlet ?? 20;
  const gapsPerOutlet = options.gapsPerOutlet ?? 10;
  const alpha0 = options.priorScale ?? 1000;
  const minCount = options.minCount ?? 2;

  // counts per outlet and corpus-wide
  const byOutlet = new Map<string, { counts: Map<string, number>; total: number; words: number; results: ArticleResult[] }>();
  const corpus = new Map<string, number>();
  let corpusTotal = 0;
  let corpusWords = 0;
  for (const r of p.results) {
    let o = byOutlet.get(r.outlet);
    if (!o) byOutlet.set(r.outlet, (o = { counts: new Map(), total: 0, words: 0, results: [] }));
    o.results.push(r);
    o.words += r.wordTokens;
    corpusWords += r.wordTokens;
    for (const t of r.terms) {
      o.counts.set(t.stem, (o.counts.get(t.stem) ?? 0) + t.count);
      corpus.set(t.stem, (corpus.get(t.stem) ?? 0) + t.count);
      o.total += t.count;
      corpusTotal += t.count;
    }
  }

  const distinctive: DistinctiveRow[] = [];
  const lexiconGaps: DistinctiveRow[] = [];
  for (const outlet of p.outlets) {
    const o = byOutlet.get(outlet.id);
    if (!o) continue;
    const restTotal = corpusTotal - o.total;
    const restWords = corpusWords - o.words;
    const candidates: DistinctiveRow[] = [];
    for (const [stem, yi] of o.counts) {
      if (yi < minCount) continue;
      const yw = corpus.get(stem)!;
      const yj = yw - yi;
      const alphaW = (alpha0 * yw) / corpusTotal;
      const { delta, z } = logOddsZ(yi, o.total, yj, restTotal, alphaW, alpha0);
      if (!(z > 0)) continue;
      candidates.push({
        outlet: outlet.id,
        stem,
        forms: [],
        count: yi,
        countRest: yj,
        rate: o.words > 0 ? (yi / o.words) * 1000 : 0,
        rateRest: restWords > 0 ? (yj / restWords) * 1000 : 0,
        logOdds: delta,
        z,
        inLexicon: p.coveredStems.has(stem),
      });
    }
    candidates.sort((a, b) => b.z - a.z || cmp(a.stem, b.stem));
    const top = candidates.slice(0, perOutlet);
    const gaps = candidates.filter((c) => !c.inLexicon).slice(0, gapsPerOutlet);
    addForms(o.results, [...top, ...gaps]);
    distinctive.push(...top);
    lexiconGaps.push(...gaps);
  }
  return { distinctive, lexiconGaps };
}

/** Surface forms (most frequent first, at most 5) for the few rows that are kept; gathered last to keep the main pass cheap. */
function addForms(results: readonly ArticleResult[], rows: DistinctiveRow[]): void {
  const wanted = new Map<string, Map<string, number>>();
  for (const r of rows) wanted.set(r.stem, new Map());
  for (const r of results) {
    for (const t of r.terms) {
      const forms = wanted.get(t.stem);
      if (forms) for (const [form, n] of t.forms) forms.set(form, (forms.get(form) ?? 0) + n);
    }
  }
  for (const r of rows) r.forms = [...wanted.get(r.stem)!.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, 5).map(([f]) => f);
}
