import { grow } from './grow.js';

/**
 * Near-duplicate candidates at corpus scale: one-permutation MinHash with
 * rotation densification (Shrivastava & Li 2014) over an article's word-shingle
 * hashes, stored as 16-bit values, and LSH banding (bands of 2 values) to find
 * candidate pairs in O(articles × bands) time. Candidates are then checked
 * exactly on the shingles recomputed from the article texts (aggregator).
 */

/** Values per signature (128 × 2 bytes per article). */
export const SIGNATURE_SIZE = 128;
/** Values per LSH band: P(candidate) = 1 − (1 − J²)^64, 0.93 at Jaccard 0.2, 0.9998 at 0.4. */
export const BAND_ROWS = 2;
const BIN_BITS = 7; // 2^7 = 128 bins
const EMPTY = 0xffffffff;

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const scratch = new Uint32Array(SIGNATURE_SIZE);

/** LSH bands per signature. */
export const BANDS = SIGNATURE_SIZE / BAND_ROWS;
/** bands whose values `lshCandidates` reads in one pass over the signatures (16 × 4 bytes per article) */
const BAND_CHUNK = 16;

/** Signatures by slot, row-major (128 × 16 bits each), growing as articles arrive. */
export class SignatureStore {
  sig = new Uint16Array(0);
  has = new Uint8Array(0);

  add(slot: number, hashes: ArrayLike<number>): void {
    this.makeRoom(slot);
    if (minhashInto(hashes, this.sig, slot * SIGNATURE_SIZE)) this.has[slot] = 1;
  }

  /** Room for `slot`. */
  private makeRoom(slot: number): void {
    this.has = grow(this.has, slot + 1);
    this.sig = grow(this.sig, this.has.length * SIGNATURE_SIZE);
  }

  /** Store a signature computed elsewhere (`minhashSignature`, in the map step). */
  set(slot: number, signature: ArrayLike<number>): void {
    if (signature.length !== SIGNATURE_SIZE) throw new Error(`aggregate: a MinHash signature has ${SIGNATURE_SIZE} values (got ${signature.length}); use minhashSignature(shingles.hashes)`);
    this.makeRoom(slot);
    this.sig.set(signature, slot * SIGNATURE_SIZE);
    this.has[slot] = 1;
  }

  /** Estimated Jaccard similarity of two slots: the share of equal signature values. */
  estimate(x: number, y: number): number {
    let equal = 0;
    const a = x * SIGNATURE_SIZE;
    const b = y * SIGNATURE_SIZE;
    for (let k = 0; k < SIGNATURE_SIZE; k++) if (this.sig[a + k] === this.sig[b + k]) equal++;
    return equal / SIGNATURE_SIZE;
  }
}

/**
 * Write the signature of a set of 53-bit shingle hashes into `out[at … at + 128)`.
 * Returns false (and writes nothing) when there are no shingles.
 */
export function minhashInto(hashes: ArrayLike<number>, out: Uint16Array, at: number): boolean {
  if (hashes.length === 0) return false;
  scratch.fill(EMPTY);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    const lo = h >>> 0;
    const hi = (h / 4294967296) >>> 0;
    const x = mix(lo ^ mix(hi ^ 0x9e3779b9));
    const bin = x >>> (32 - BIN_BITS);
    const v = mix(x ^ 0x7f4a7c15);
    if (v < scratch[bin]!) scratch[bin] = v;
  }
  // rotation densification: an empty bin borrows from the next non-empty bin to its right (circular), salted with the distance
  let src = -1;
  let t = 0;
  for (let b = 2 * SIGNATURE_SIZE - 1; b >= 0; b--) {
    const i = b & (SIGNATURE_SIZE - 1);
    if (scratch[i] !== EMPTY) {
      src = i;
      t = 0;
    } else t++;
    if (b < SIGNATURE_SIZE) out[at + i] = (t === 0 ? mix(scratch[i]!) : mix(scratch[src]! ^ Math.imul(t, 0x9e3779b1))) & 0xffff;
  }
  return true;
}

/**
 * The signature of a set of shingle hashes as plain numbers (what `summariseArticle` puts in
 * `ArticleResult.signature`, so the map step computes it on the worker threads), or undefined
 * when there are no shingles.
 */
export function minhashSignature(hashes: ArrayLike<number>): Uint16Array | undefined {
  const out = new Uint16Array(SIGNATURE_SIZE);
  return minhashInto(hashes, out, 0) ? out : undefined;
}

/**
 * Candidate pairs [x, y] (slot numbers, x before y in `order`) that agree on
 * at least one band. A band value shared by more than `maxBucket` articles
 * (the same passage in many papers) pairs each of them with the first one in
 * `order` only, so wire copy printed 500 times gives 499 pairs, not 124,750.
 * Only pairs whose estimated Jaccard is at least `minEstimate` are returned,
 * sorted by `order` position of x, then of y.
 */
export function lshCandidates(store: SignatureStore, order: readonly number[], options: { minEstimate: number; maxBucket?: number }): [number, number][] {
  const has = store.has;
  const maxBucket = options.maxBucket ?? 50;
  const slots = order.filter((s) => has[s] === 1);
  const n = slots.length;
  if (n < 2) return [];
  const sig = store.sig;
  // per band, the runs longer than maxBucket: band value → its first position (pairs of such a
  // run were met with the first article only)
  const bigRuns: Map<number, number>[] = [];
  const bandKey = (pos: number, b: number) => ((sig[slots[pos]! * SIGNATURE_SIZE + 2 * b]! << 16) | sig[slots[pos]! * SIGNATURE_SIZE + 2 * b + 1]!) >>> 0;
  /** Whether positions x < y met in a band before b: there each pair is considered once, at the first band it meets in. */
  const metBefore = (x: number, y: number, b: number): boolean => {
    const ax = slots[x]! * SIGNATURE_SIZE;
    const ay = slots[y]! * SIGNATURE_SIZE;
    for (let c = 0; c < b; c++) {
      if (sig[ax + 2 * c] !== sig[ay + 2 * c] || sig[ax + 2 * c + 1] !== sig[ay + 2 * c + 1]) continue;
      const first = bigRuns[c]!.get(bandKey(x, c));
      if (first === undefined || first === x) return true;
    }
    return false;
  };
  // pairs that pass, as x·n + y (exact below 2^53): sorted at the end, by x, then y
  let found = new Float64Array(1024);
  let count = 0;
  const consider = (x: number, y: number, b: number) => {
    if (metBefore(x, y, b) || store.estimate(slots[x]!, slots[y]!) < options.minEstimate) return;
    found = grow(found, count + 1);
    found[count++] = x * n + y;
  };
  // per band: the band values of all positions, a stable LSD radix sort of positions by value
  // (2 passes of 16 bits), then runs of equal values. The band values are read BAND_CHUNK bands at
  // a time in one pass over the signatures (each read whole, in order): reading one band of every
  // signature touches a cache line per 4 bytes used, 6.4 million misses for 100,000 articles.
  const chunk = new Uint32Array(Math.min(BAND_CHUNK, BANDS) * n);
  let keys = chunk.subarray(0, n);
  const sorted = new Int32Array(n);
  const packed = n <= 4096 ? new Float64Array(n) : undefined;
  const byLow = packed ? undefined : new Int32Array(n);
  const hist = packed ? undefined : new Int32Array(65537);
  /** positions into `sorted` by `keys`, stable: two counting passes of 16 bits */
  const radixSort = () => {
    const h = hist!;
    const low = byLow!;
    h.fill(0);
    for (let i = 0; i < n; i++) h[(keys[i]! & 0xffff) + 1]!++;
    for (let v = 0; v < 65536; v++) h[v + 1]! += h[v]!;
    for (let i = 0; i < n; i++) low[h[keys[i]! & 0xffff]!++] = i;
    h.fill(0);
    for (let i = 0; i < n; i++) h[(keys[i]! >>> 16) + 1]!++;
    for (let v = 0; v < 65536; v++) h[v + 1]! += h[v]!;
    for (let k = 0; k < n; k++) {
      const i = low[k]!;
      sorted[h[keys[i]! >>> 16]!++] = i;
    }
  };
  for (let b = 0; b < BANDS; b++) {
    const j = b % BAND_CHUNK;
    if (j === 0) {
      const bands = Math.min(BAND_CHUNK, BANDS - b);
      for (let i = 0; i < n; i++) {
        const at = slots[i]! * SIGNATURE_SIZE + b * BAND_ROWS;
        for (let k = 0; k < bands; k++) chunk[k * n + i] = ((sig[at + 2 * k]! << 16) | sig[at + 2 * k + 1]!) >>> 0;
      }
    }
    keys = chunk.subarray(j * n, (j + 1) * n);
    if (packed) {
      // few articles: one typed-array sort of value·n + position (exact below 2^53), not 2^17 histogram slots per band
      for (let i = 0; i < n; i++) packed[i] = keys[i]! * n + i;
      packed.sort();
      for (let k = 0; k < n; k++) sorted[k] = packed[k]! % n;
    } else {
      radixSort();
    }
    const big = new Map<number, number>();
    for (let start = 0; start < n; ) {
      const key = keys[sorted[start]!]!;
      let end = start + 1;
      while (end < n && keys[sorted[end]!] === key) end++;
      const size = end - start;
      if (size > 1) {
        // positions within a run ascend (stable sort of ascending positions)
        if (size > maxBucket) {
          big.set(key, sorted[start]!);
          for (let y = start + 1; y < end; y++) consider(sorted[start]!, sorted[y]!, b);
        } else for (let x = start; x < end; x++) for (let y = x + 1; y < end; y++) consider(sorted[x]!, sorted[y]!, b);
      }
      start = end;
    }
    bigRuns.push(big);
  }
  const pairs = found.subarray(0, count).sort();
  return Array.from(pairs, (key) => {
    const x = Math.floor(key / n);
    return [slots[x]!, slots[key - x * n]!] as [number, number];
  });
}
