/** mulberry32: a small, fast, seedable 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derive a per-cell seed from the run's seed and a key, so results do not depend on processing order. */
export function seedFor(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Article-level percentile bootstrap of ratio rates Σcount / Σexposure × per.
 * Articles are resampled with replacement; all `counts` columns (e.g. one per
 * frame) share the same resamples. Returns [low, high] per column at `level`.
 */
export function bootstrapRates(
  counts: readonly (ArrayLike<number>)[],
  exposure: ArrayLike<number>,
  options: { samples: number; seed: number; per?: number; level?: number },
): [number, number][] {
  const n = exposure.length;
  const k = counts.length;
  const per = options.per ?? 1000;
  const level = options.level ?? 0.95;
  const random = mulberry32(options.seed);
  const draws = new Uint32Array(n);
  const stats = counts.map(() => new Float64Array(options.samples));
  for (let s = 0; s < options.samples; s++) {
    draws.fill(0);
    for (let i = 0; i < n; i++) draws[Math.floor(random() * n)]! += 1;
    let exp = 0;
    for (let i = 0; i < n; i++) exp += draws[i]! * exposure[i]!;
    for (let c = 0; c < k; c++) {
      const col = counts[c]!;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += draws[i]! * col[i]!;
      stats[c]![s] = exp > 0 ? (sum / exp) * per : 0;
    }
  }
  return stats.map((values) => {
    values.sort();
    return [quantile(values, (1 - level) / 2), quantile(values, 1 - (1 - level) / 2)];
  });
}

/**
 * The same bootstrap as `bootstrapRates` (same seed → same draws → same
 * result, since sums of integer counts are exact in any order), for counts
 * given row-major (n articles × k columns), fast: the PRNG is inlined, each
 * resample's draws are stored once, and the sums run over blocks of four
 * columns in local variables (no loop-carried memory dependency).
 */
export function bootstrapRatesRows(
  counts: ArrayLike<number>,
  k: number,
  exposure: ArrayLike<number>,
  options: { samples: number; seed: number; per?: number; level?: number },
): [number, number][] {
  const n = exposure.length;
  const per = options.per ?? 1000;
  const level = options.level ?? 0.95;
  // rows of width w (multiple of 4): exposure, then the k counts, zero padded
  const w = Math.ceil((k + 1) / 4) * 4;
  const rows = new Float64Array(n * w);
  for (let i = 0; i < n; i++) {
    rows[i * w] = exposure[i]!;
    for (let c = 0; c < k; c++) rows[i * w + 1 + c] = counts[i * k + c]!;
  }
  const stats = Array.from({ length: k }, () => new Float64Array(options.samples));
  const draws = new Int32Array(n);
  const sums = new Float64Array(w);
  let a = options.seed | 0;
  for (let s = 0; s < options.samples; s++) {
    for (let d = 0; d < n; d++) {
      // mulberry32, kept in int32 arithmetic (same bits as the closure in `mulberry32`)
      a = (a + 0x6d2b79f5) | 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      draws[d] = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) * w;
    }
    for (let c = 0; c < w; c += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let d = 0; d < n; d++) {
        const at = draws[d]! + c;
        s0 += rows[at]!;
        s1 += rows[at + 1]!;
        s2 += rows[at + 2]!;
        s3 += rows[at + 3]!;
      }
      sums[c] = s0;
      sums[c + 1] = s1;
      sums[c + 2] = s2;
      sums[c + 3] = s3;
    }
    const exp = sums[0]!;
    for (let c = 0; c < k; c++) stats[c]![s] = exp > 0 ? (sums[c + 1]! / exp) * per : 0;
  }
  return stats.map((v) => {
    v.sort();
    return [quantile(v, (1 - level) / 2), quantile(v, 1 - (1 - level) / 2)];
  });
}

/** Linear-interpolation quantile (type 7) of sorted values. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
