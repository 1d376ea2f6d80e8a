import { lnGamma } from './gamma.js';

/**
 * Article-level test of one word, group i vs group j, on per-article presence:
 * d_i of the group's n_i articles use the word at least once, d_j of the rest's
 * n_j. One-sided Fisher exact test (hypergeometric upper tail): the chance that
 * n_i articles drawn at random from all n_i + n_j include d_i or more of the
 * d_i + d_j that use the word. Exact for small counts, where normal
 * approximations call a word seen in one article significant.
 *
 * Counting articles, not tokens, makes the test hold when a word clusters in the
 * articles that use it (a report on pipelines says "Pipeline" twenty times).
 * When d_i is at or below its expected count, p is 1 (the word is not over-used).
 */
export function presenceP(di: number, ni: number, dj: number, nj: number): number {
  const n = ni + nj;
  const k = di + dj;
  if (n === 0 || di * n <= k * ni) return 1;
  // P(X = di) for X ~ Hypergeometric(n, k, ni), then the upper tail by the term ratio
  let term = Math.exp(lnChoose(k, di) + lnChoose(n - k, ni - di) - lnChoose(n, ni));
  let p = 0;
  for (let x = di; x <= Math.min(ni, k) && term > 0; x++) {
    p += term;
    if (term < p * 1e-16) break;
    term *= ((k - x) * (ni - x)) / ((x + 1) * (n - k - ni + x + 1));
  }
  return Math.min(1, p);
}

function lnChoose(n: number, k: number): number {
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}

/**
 * Benjamini–Hochberg (1995): the p-value cut-off that keeps the expected share of
 * false discoveries at q over all `ps` tested; p ≤ cut-off is a discovery. Returns
 * −1 when nothing passes (no p-value is ≤ −1).
 */
export function benjaminiHochbergCutoff(ps: ArrayLike<number>, q = 0.05): number {
  const sorted = Float64Array.from(ps).sort();
  const m = sorted.length;
  for (let k = m; k >= 1; k--) if (sorted[k - 1]! <= (q * k) / m) return sorted[k - 1]!;
  return -1;
}
