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

/** Signatures by slot, row-major (128 × 16 bits each), growing as articles arrive. */
export class SignatureStore {
  sig = new Uint16Array(0);
  has = new Uint8Array(0);

  add(slot: number, hashes: ArrayLike<number>): void {
    this.grow(slot);
    if (minhashInto(hashes, this.sig, slot * SIGNATURE_SIZE)) this.has[slot] = 1;
  }

  private grow(slot: number): void {
    if (slot >= this.has.length) {
      const size = Math.max(1024, this.has.length * 2);
      const has = new Uint8Array(size);
      has.set(this.has);
      this.has = has;
      const sig = new Uint16Array(size * SIGNATURE_SIZE);
      sig.set(this.sig);
      this.sig = sig;
    }
  }

  /** Store a signature computed elsewhere (`minhashSignature`, in the map step). */
  set(slot: number, signature: ArrayLike<number>): void {
    if (signature.length !== SIGNATURE_SIZE) throw new Error(`aggregate: a MinHash signature has ${SIGNATURE_SIZE} values (got ${signature.length}); use minhashSignature(shingles.hashes)`);
    this.grow(slot);
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
export function minhashSignature(hashes: ArrayLike<number>): number[] | undefined {
  const out = new Uint16Array(SIGNATURE_SIZE);
  return minhashInto(hashes, out, 0) ? Array.from(out) : undefined;
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
  // every pair met in a band, as x·n + y (exact below 2^53), collected in a typed array and
  // de-duplicated by sorting: a Set of them would take tens of bytes each and cannot hold
  // more than 2^24 entries (a large homogeneous corpus meets many millions)
  let met = new Float64Array(1 << 16);
  let metCount = 0;
  const meet = (i: number, j: number) => {
    if (metCount === met.length) {
      // a pair similar enough meets in many bands: drop repeats before growing
      metCount = sortedUnique(met, metCount);
      if (metCount > met.length / 2) {
        const grown = new Float64Array(met.length * 2);
        grown.set(met.subarray(0, metCount));
        met = grown;
      }
    }
    met[metCount++] = i * n + j;
  };
  // band keys, band-major, by position in `order` (one pass over the rows; each band is then read sequentially)
  const sig = store.sig;
  const keys = new Uint32Array(BANDS * n);
  for (let i = 0; i < n; i++) {
    const at = slots[i]! * SIGNATURE_SIZE;
    for (let b = 0; b < BANDS; b++) keys[b * n + i] = ((sig[at + 2 * b]! << 16) | sig[at + 2 * b + 1]!) >>> 0;
  }
  // per band: stable LSD radix sort of positions by key (2 passes of 16 bits), then runs of equal keys
  const byLow = new Int32Array(n);
  const sorted = new Int32Array(n);
  const hist = new Int32Array(65537);
  for (let b = 0; b < BANDS; b++) {
    const base = b * n;
    hist.fill(0);
    for (let i = 0; i < n; i++) hist[(keys[base + i]! & 0xffff) + 1]!++;
    for (let v = 0; v < 65536; v++) hist[v + 1]! += hist[v]!;
    for (let i = 0; i < n; i++) byLow[hist[keys[base + i]! & 0xffff]!++] = i;
    hist.fill(0);
    for (let i = 0; i < n; i++) hist[(keys[base + i]! >>> 16) + 1]!++;
    for (let v = 0; v < 65536; v++) hist[v + 1]! += hist[v]!;
    for (let k = 0; k < n; k++) {
      const i = byLow[k]!;
      sorted[hist[keys[base + i]! >>> 16]!++] = i;
    }
    for (let start = 0; start < n; ) {
      const key = keys[base + sorted[start]!]!;
      let end = start + 1;
      while (end < n && keys[base + sorted[end]!] === key) end++;
      const count = end - start;
      if (count > 1) {
        // positions within a run ascend (stable sort of ascending positions)
        if (count > maxBucket) for (let y = start + 1; y < end; y++) meet(sorted[start]!, sorted[y]!);
        else for (let x = start; x < end; x++) for (let y = x + 1; y < end; y++) meet(sorted[x]!, sorted[y]!);
      }
      start = end;
    }
  }
  // in ascending x·n + y: by x, then y, each pair once
  const unique = sortedUnique(met, metCount);
  const pairs: [number, number][] = [];
  for (let k = 0; k < unique; k++) {
    const key = met[k]!;
    const i = Math.floor(key / n);
    const j = key - i * n;
    if (store.estimate(slots[i]!, slots[j]!) >= options.minEstimate) pairs.push([slots[i]!, slots[j]!]);
  }
  return pairs;
}

/** Sort values[0, count) and move each distinct value to the front once; returns how many there are. */
function sortedUnique(values: Float64Array, count: number): number {
  const part = values.subarray(0, count).sort();
  let unique = 0;
  for (let k = 0; k < count; k++) if (k === 0 || part[k] !== part[k - 1]) part[unique++] = part[k]!;
  return unique;
}
