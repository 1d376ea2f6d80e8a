import type { FactStore } from './fact-store.js';

/** A candidate text-reuse pair by article index (ix < iy): shared distinct shingles and each article's counted shingles. */
export interface PairCount {
  ix: number;
  iy: number;
  shared: number;
  nx: number;
  ny: number;
}

export interface PairOptions {
  /** containment (shared / the smaller count) at or above which a pair is kept */
  threshold: number;
  /** a shingle found in more articles than this is ignored */
  maxArticles: number;
  /** pairs must share at least this many shingles */
  minShared: number;
}

/**
 * `shared >= threshold * m` exactly, as SQL compares an integer with a decimal literal (0.28 is
 * 28/100): in floating point 0.28 * 25 is 7.000000000000001, which would turn 7 shared of 25 away.
 */
export function atLeastShare(threshold: number): (shared: number, m: number) => boolean {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(String(threshold));
  if (!m) return (shared, n) => shared >= threshold * n;
  const scale = 10 ** (m[2]?.length ?? 0);
  const num = Number(`${m[1]}${m[2] ?? ''}`);
  return (shared, n) => shared * scale >= num * n;
}

/**
 * Text-reuse candidates: pairs of articles of one language whose shared distinct 5-word shingles
 * are at least `minShared` and at least `threshold` of the smaller article's (containment), where
 * a shingle found in more than `maxArticles` articles counts for neither (stock phrases). A
 * shingle's article count (document frequency) is one GROUP BY in the store; a shingle found in one
 * article only cannot be shared and counts only towards that article's size, so the pairs are
 * counted over the shingles found in 2 to `maxArticles` articles, as integer ids, with one dense
 * counter per article ("ScanCount"): for each article x, every later article y on the posting
 * lists of x's shingles gets +1. That is the work of the store's self-join on the hash (7.0 M
 * joined rows grouped into 2.8 M pairs on the 20 MB bench corpus), done as array increments: on
 * the 20 MB bench corpus 0.5 s CPU instead of 1.5 s, the same pairs and counts. Sorted by (ix, iy).
 */
export async function reusePairs(store: FactStore, options: PairOptions): Promise<PairCount[]> {
  const maxArticles = Math.floor(options.maxArticles);
  const minShared = Math.floor(options.minShared);
  const enough = atLeastShare(options.threshold);
  await store.run(`CREATE OR REPLACE TEMP TABLE reuse_df AS SELECT hash, count(*)::INTEGER AS df, (row_number() OVER () - 1)::INTEGER AS g FROM shingles GROUP BY hash`);
  try {
    // the language as a number (NULL is one language of its own, as IS NOT DISTINCT FROM compares it)
    const [idxs, langs] = await store.ints(`SELECT idx, dense_rank() OVER (ORDER BY language NULLS FIRST)::INTEGER FROM articles`);
    let N = 0;
    for (const i of idxs!) N = Math.max(N, i + 1);
    const language = new Int32Array(N);
    idxs!.forEach((i, k) => (language[i] = langs![k]!));
    // every counted shingle of every article: g = -1 for one found in that article only
    const [rowIdx, rowG] = await store.ints(`
      SELECT s.idx, CASE WHEN d.df = 1 THEN -1 ELSE d.g END FROM shingles s JOIN reuse_df d USING (hash) WHERE d.df <= ${maxArticles}`);
    const [G] = (await store.all<{ g: number }>(`SELECT count(*)::INTEGER AS g FROM reuse_df`)).map((r) => r.g);
    return countPairs(rowIdx!, rowG!, N, G!, (x, y, shared, nx, ny) => shared >= minShared && enough(shared, Math.min(nx, ny)) && language[x] === language[y]);
  } finally {
    await store.run(`DROP TABLE IF EXISTS reuse_df`);
  }
}

/**
 * Shared shingles per pair of articles from (article, shingle id) rows, with shingle id -1 for a
 * shingle of one article only (it counts towards the article's size alone); `keep` decides each
 * pair that shares at least one shingle.
 */
export function countPairs(
  rowIdx: Int32Array,
  rowG: Int32Array,
  N: number,
  G: number,
  keep: (x: number, y: number, shared: number, nx: number, ny: number) => boolean,
): PairCount[] {
  const size = new Int32Array(N);
  // offsets of each article's shared-able shingles (tokens) and of each shingle's articles (postings)
  const tokenStart = new Int32Array(N + 1);
  const postingStart = new Int32Array(G + 1);
  for (let r = 0; r < rowIdx.length; r++) {
    const x = rowIdx[r]!;
    size[x]!++;
    if (rowG[r]! >= 0) {
      tokenStart[x + 1]!++;
      postingStart[rowG[r]! + 1]!++;
    }
  }
  for (let x = 0; x < N; x++) tokenStart[x + 1]! += tokenStart[x]!;
  for (let g = 0; g < G; g++) postingStart[g + 1]! += postingStart[g]!;
  const tokens = new Int32Array(tokenStart[N]!);
  const fill = tokenStart.slice(0, N);
  for (let r = 0; r < rowIdx.length; r++) if (rowG[r]! >= 0) tokens[fill[rowIdx[r]!]!++] = rowG[r]!;
  // postings filled article by article: each list in increasing article index
  const postings = new Int32Array(postingStart[G]!);
  const next = postingStart.slice(0, G);
  for (let x = 0; x < N; x++) for (let t = tokenStart[x]!; t < tokenStart[x + 1]!; t++) postings[next[tokens[t]!]!++] = x;
  const count = new Int32Array(N);
  const touched = new Int32Array(N);
  const out: PairCount[] = [];
  for (let x = 0; x < N; x++) {
    let seen = 0;
    for (let t = tokenStart[x]!; t < tokenStart[x + 1]!; t++) {
      const g = tokens[t]!;
      // the later articles of the shingle: the end of its posting list, down to x
      for (let p = postingStart[g + 1]! - 1; p >= postingStart[g]!; p--) {
        const y = postings[p]!;
        if (y <= x) break;
        if (count[y]!++ === 0) touched[seen++] = y;
      }
    }
    const ys = touched.subarray(0, seen).sort();
    for (const y of ys) {
      const shared = count[y]!;
      count[y] = 0;
      if (keep(x, y, shared, size[x]!, size[y]!)) out.push({ ix: x, iy: y, shared, nx: size[x]!, ny: size[y]! });
    }
  }
  return out;
}
