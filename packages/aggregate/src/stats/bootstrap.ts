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
 * given row-major (n articles × k columns), fast: the PRNG is inlined; with
 * mostly zero counts a draw adds only its article's non-zero counts
 * (`resampleSparse`), else each resample's draws are stored once and the sums
 * run over blocks of four columns in local variables (`resampleDense`).
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
  let nonZero = 0;
  for (let i = 0; i < n * k; i++) if (counts[i] !== 0) nonZero++;
  const stats = nonZero * 4 < n * k
    ? resampleSparse(counts, k, exposure, nonZero, options.samples, options.seed, per)
    : resampleDense(counts, k, exposure, options.samples, options.seed, per);
  return stats.map((v) => {
    v.sort();
    return [quantile(v, (1 - level) / 2), quantile(v, 1 - (1 - level) / 2)];
  });
}

/** One draw of mulberry32 from state `a` (int32 arithmetic, the same bits as the closure in `mulberry32`); the new state is `a + 0x6d2b79f5`. */
function mulberryAt(a: number): number {
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * Resampled rates with most counts zero (an article names few of the frames): the counts as
 * compressed rows (each article's non-zero columns), so a draw costs its article's non-zero counts,
 * not k. Every column's sum adds the same values in the same draw order as `resampleDense` (a zero
 * adds nothing), so the results are the same bits.
 */
function resampleSparse(
  counts: ArrayLike<number>, k: number, exposure: ArrayLike<number>, nonZero: number, samples: number, seed: number, per: number,
): Float64Array[] {
  const n = exposure.length;
  const rowStart = new Int32Array(n + 1);
  const column = new Int32Array(nonZero);
  const value = new Float64Array(nonZero);
  let z = 0;
  for (let i = 0; i < n; i++) {
    rowStart[i] = z;
    for (let c = 0; c < k; c++) {
      const x = counts[i * k + c]!;
      if (x !== 0) {
        column[z] = c;
        value[z++] = x;
      }
    }
  }
  rowStart[n] = z;
  const words = Float64Array.from({ length: n }, (_, i) => exposure[i]!);
  const stats = Array.from({ length: k }, () => new Float64Array(samples));
  const sums = new Float64Array(k);
  let a = seed | 0;
  for (let s = 0; s < samples; s++) {
    for (let c = 0; c < k; c++) sums[c] = 0;
    let exp = 0;
    for (let d = 0; d < n; d++) {
      a = (a + 0x6d2b79f5) | 0;
      const i = Math.floor(mulberryAt(a) * n);
      exp += words[i]!;
      const end = rowStart[i + 1]!;
      for (let j = rowStart[i]!; j < end; j++) sums[column[j]!]! += value[j]!;
    }
    for (let c = 0; c < k; c++) stats[c]![s] = exp > 0 ? (sums[c]! / exp) * per : 0;
  }
  return stats;
}

/** Resampled rates over dense rows: see `bootstrapRatesRows`. */
function resampleDense(counts: ArrayLike<number>, k: number, exposure: ArrayLike<number>, samples: number, seed: number, per: number): Float64Array[] {
  const n = exposure.length;
  // rows of width w (multiple of 4): exposure, then the k counts, zero padded
  const w = Math.ceil((k + 1) / 4) * 4;
  const rows = new Float64Array(n * w);
  for (let i = 0; i < n; i++) {
    rows[i * w] = exposure[i]!;
    for (let c = 0; c < k; c++) rows[i * w + 1 + c] = counts[i * k + c]!;
  }
  const stats = Array.from({ length: k }, () => new Float64Array(samples));
  const draws = new Int32Array(n);
  const sums = new Float64Array(w);
  let a = seed | 0;
  for (let s = 0; s < samples; s++) {
    for (let d = 0; d < n; d++) {
      a = (a + 0x6d2b79f5) | 0;
      draws[d] = Math.floor(mulberryAt(a) * n) * w;
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
  return stats;
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
