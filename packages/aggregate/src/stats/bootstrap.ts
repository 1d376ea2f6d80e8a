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
 * Where each column of a bootstrap lives in the rows that are summed: column c (0 = exposure,
 * 1 … k = counts) is `bits[c]` bits at `shift[c]` of word `word[c]` (−1: the column is all zero
 * and has no word), or the whole word when `bits[c]` is 0.
 */
export interface LaneLayout {
  words: number;
  word: Int32Array;
  shift: Int32Array;
  bits: Int32Array;
}

/** Bits of an exact double: sums below 2^53 are exact integers. */
const EXACT_BITS = 53;

/**
 * Pack several columns into one double when every value is a non-negative integer: a resample
 * draws n rows, so column c sums to at most n × max(c), which fits in `bits` bits; lanes placed
 * side by side in a double then add without carrying into each other and the packed sum stays
 * below 2^53, i.e. exact, so each lane's sum equals the column's own (exact) sum. Returns
 * one column per word (no packing) when a value is negative, fractional or too large.
 */
export function laneLayout(counts: ArrayLike<number>, k: number, exposure: ArrayLike<number>): LaneLayout {
  const n = exposure.length;
  const max = new Float64Array(k + 1);
  let packable = true;
  for (let i = 0; i < n && packable; i++) {
    for (let c = 0; c <= k; c++) {
      const x = c === 0 ? exposure[i]! : counts[i * k + c - 1]!;
      if (!(x >= 0 && Number.isInteger(x))) {
        packable = false;
        break;
      }
      if (x > max[c]!) max[c] = x;
    }
  }
  const word = new Int32Array(k + 1);
  const shift = new Int32Array(k + 1);
  const bits = new Int32Array(k + 1);
  const bitsFor = (c: number) => {
    let b = 0;
    while (b <= EXACT_BITS && 2 ** b <= n * max[c]!) b++;
    return b;
  };
  if (packable) for (let c = 0; c <= k; c++) if (bitsFor(c) > EXACT_BITS) packable = false;
  if (!packable) {
    for (let c = 0; c <= k; c++) word[c] = c;
    return { words: k + 1, word, shift, bits };
  }
  let words = 0;
  let used = EXACT_BITS;
  for (let c = 0; c <= k; c++) {
    const b = bitsFor(c);
    if (b === 0) {
      word[c] = -1;
      continue;
    }
    if (used + b > EXACT_BITS) {
      words++;
      used = 0;
    }
    word[c] = words - 1;
    shift[c] = used;
    bits[c] = b;
    used += b;
  }
  return { words, word, shift, bits };
}

/**
 * The same bootstrap as `bootstrapRates` (same seed → same draws → same
 * result, since sums of integer counts are exact in any order), for counts
 * given row-major (n articles × k columns), fast: the PRNG is inlined, the
 * columns are packed several to a double (`laneLayout`: the synthetic bench's
 * exposure and 8 frames fit in three), and the sums run over blocks of four
 * words in local variables (no loop-carried memory dependency); with at most
 * four words the draws are summed as they are made.
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
  const lanes = laneLayout(counts, k, exposure);
  // rows of width w (a multiple of 4, zero padded) holding the packed words
  const w = Math.max(4, Math.ceil(lanes.words / 4) * 4);
  const rows = new Float64Array(n * w);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c <= k; c++) {
      const at = lanes.word[c]!;
      if (at >= 0) rows[i * w + at]! += (c === 0 ? exposure[i]! : counts[i * k + c - 1]!) * 2 ** lanes.shift[c]!;
    }
  }
  const stats = Array.from({ length: k }, () => new Float64Array(options.samples));
  const draws = w > 4 ? new Int32Array(n) : undefined;
  const sums = new Float64Array(w);
  const column = new Float64Array(k + 1);
  let a = options.seed | 0;
  for (let s = 0; s < options.samples; s++) {
    if (!draws) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let d = 0; d < n; d++) {
        // mulberry32, kept in int32 arithmetic (same bits as the closure in `mulberry32`)
        a = (a + 0x6d2b79f5) | 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        const at = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) << 2;
        s0 += rows[at]!;
        s1 += rows[at + 1]!;
        s2 += rows[at + 2]!;
        s3 += rows[at + 3]!;
      }
      sums[0] = s0;
      sums[1] = s1;
      sums[2] = s2;
      sums[3] = s3;
    } else {
      for (let d = 0; d < n; d++) {
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
    }
    // unpack: lane = ⌊S / 2^shift⌋ − ⌊S / 2^(shift + bits)⌋ · 2^bits, exact on integers below 2^53
    for (let c = 0; c <= k; c++) {
      const at = lanes.word[c]!;
      const bits = lanes.bits[c]!;
      if (at < 0) column[c] = 0;
      else if (bits === 0) column[c] = sums[at]!;
      else {
        const shift = lanes.shift[c]!;
        column[c] = Math.floor(sums[at]! / 2 ** shift) - Math.floor(sums[at]! / 2 ** (shift + bits)) * 2 ** bits;
      }
    }
    const exp = column[0]!;
    for (let c = 0; c < k; c++) stats[c]![s] = exp > 0 ? (column[c + 1]! / exp) * per : 0;
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
