/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
 * 2008, "Fightin' Words", eq. 16, 19, 20), for one word, group i vs group j:
 *
 *   δ = ln[(y_i + α_w) / (n_i + α0 − y_i − α_w)] − ln[(y_j + α_w) / (n_j + α0 − y_j − α_w)]
 *   σ² ≈ 1/(y_i + α_w) + 1/(y_j + α_w)
 *   z = δ / σ
 *
 * where y are the word's counts, n the groups' total counts, α_w the word's
 * prior count and α0 = Σ α_w.
 */
export function logOddsZ(yi: number, ni: number, yj: number, nj: number, alphaW: number, alpha0: number): { delta: number; z: number } {
  const delta = Math.log((yi + alphaW) / (ni + alpha0 - yi - alphaW)) - Math.log((yj + alphaW) / (nj + alpha0 - yj - alphaW));
  const variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
  return { delta, z: delta / Math.sqrt(variance) };
}
