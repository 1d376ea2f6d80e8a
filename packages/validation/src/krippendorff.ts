import { quantile } from '@framelens/aggregate';
import { seededRandom } from './random.js';

/**
 * Krippendorff's alpha for nominal data with any number of coders and missing values
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011, section C):
 *
 *   alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k
 *
 * where o_ck is the coincidence matrix (each unit with m_u ≥ 2 values adds every ordered pair
 * of values from different coders with weight 1 / (m_u − 1)), n_c its marginals and n = Σ n_c.
 * A unit is the list of the values its coders gave (missing values left out). Units with fewer
 * than two values are not pairable and ignored.
 *
 *   nominalAlpha([['a', 'a'], ['b', 'b'], ['a', 'b']]) → 0.444…  (n = 6, 1 disagreeing unit)
 *   nominalAlpha([['a', 'a'], ['a', 'a']])             → NaN (one value only: no variation)
 */
export function nominalAlpha(units: readonly (readonly string[])[]): number {
  const { observed, expected } = disagreements(units);
  return expected === 0 ? Number.NaN : 1 - observed / expected;
}

/** Observed and expected disagreement, both scaled by n (so alpha = 1 − observed / expected). */
function disagreements(units: readonly (readonly string[])[]): { observed: number; expected: number; n: number } {
  const marginals = new Map<string, number>();
  let observed = 0;
  let n = 0;
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    const counts = new Map<string, number>();
    for (const v of unit) counts.set(v, (counts.get(v) ?? 0) + 1);
    // pairs of different values in this unit, each ordered pair once: m² − Σ count²
    let same = 0;
    for (const [v, c] of counts) {
      same += c * c;
      marginals.set(v, (marginals.get(v) ?? 0) + c);
    }
    observed += (m * m - same) / (m - 1);
    n += m;
  }
  let sumSquares = 0;
  for (const c of marginals.values()) sumSquares += c * c;
  // Σ_{c≠k} n_c n_k = n² − Σ n_c²; scaled so that D_o = observed / n and D_e = expected / n
  const expected = (n * n - sumSquares) / (n - 1);
  return { observed, expected: n < 2 ? 0 : expected, n };
}

/**
 * Share of agreeing pairs among all pairs of values two coders gave the same unit.
 *
 *   percentAgreement([['a', 'a', 'b']]) → 1/3 (pairs aa, ab, ab)
 */
export function percentAgreement(units: readonly (readonly string[])[]): number {
  let agree = 0;
  let pairs = 0;
  for (const unit of units) {
    for (let i = 0; i < unit.length; i++) {
      for (let j = i + 1; j < unit.length; j++) {
        pairs++;
        if (unit[i] === unit[j]) agree++;
      }
    }
  }
  return pairs === 0 ? Number.NaN : agree / pairs;
}

export interface AlphaResult {
  alpha: number;
  /** percentile bootstrap interval over units (NaN when alpha is undefined) */
  low: number;
  high: number;
  percentAgreement: number;
  /** units with at least two values */
  units: number;
  /** pairable values */
  values: number;
}

/**
 * Alpha with a 95% percentile bootstrap interval: the pairable units are drawn with replacement
 * `samples` times (seeded), alpha recomputed on each draw; draws without variation are skipped.
 */
export function alphaWithInterval(units: readonly (readonly string[])[], options: { samples?: number; seed?: number } = {}): AlphaResult {
  const pairable = units.filter((u) => u.length >= 2);
  const alpha = nominalAlpha(pairable);
  const values = pairable.reduce((s, u) => s + u.length, 0);
  const base = { alpha, percentAgreement: percentAgreement(pairable), units: pairable.length, values };
  if (Number.isNaN(alpha)) return { ...base, low: Number.NaN, high: Number.NaN };
  const random = seededRandom(options.seed ?? 20220106, 'alpha');
  const samples = options.samples ?? 2000;
  const draws: number[] = [];
  const draw: (readonly string[])[] = new Array(pairable.length);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < pairable.length; i++) draw[i] = pairable[random.below(pairable.length)]!;
    const a = nominalAlpha(draw);
    if (!Number.isNaN(a)) draws.push(a);
  }
  draws.sort((a, b) => a - b);
  if (draws.length === 0) return { ...base, low: Number.NaN, high: Number.NaN };
  return { ...base, low: quantile(draws, 0.025), high: quantile(draws, 0.975) };
}
