/**
 * Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, method 3).
 *
 *   wilson(81, 263)  → { estimate: 0.3080, low: 0.2553, high: 0.3662 }
 *   wilson(0, 20)    → { estimate: 0,      low: 0,      high: 0.1611 }
 *   wilson(0, 0)     → { estimate: NaN,    low: 0,      high: 1 }   (no data: the whole range)
 */
export interface Proportion {
  /** successes / n (NaN when n = 0) */
  estimate: number;
  low: number;
  high: number;
  successes: number;
  n: number;
}

/** z for a two-sided 95% interval */
export const Z95 = 1.959963984540054;

export function wilson(successes: number, n: number, z = Z95): Proportion {
  if (!Number.isInteger(successes) || !Number.isInteger(n) || successes < 0 || n < 0 || successes > n) {
    throw new RangeError(`wilson: need whole numbers 0 ≤ successes ≤ n (got ${successes} of ${n})`);
  }
  if (n === 0) return { estimate: Number.NaN, low: 0, high: 1, successes, n };
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // the bounds are exactly 0 and 1 at the ends (rounding would leave 1e-17)
  const low = successes === 0 ? 0 : (centre - spread) / denominator;
  const high = successes === n ? 1 : (centre + spread) / denominator;
  return { estimate: p, low, high, successes, n };
}
