import type { ArticleResult, Shingles } from '../article-result.js';
import type { NearDuplicateRow, SharedPassage } from '../report-data.js';
import { cmp } from '../compare.js';

/** A shared run of shingles: shingles i0…i1 of A align with j0…j1 of B. */
export interface ShingleRun {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

export interface NearDuplicatePair {
  row: NearDuplicateRow;
  /** index into the results of the earlier (A) and later (B) article */
  a: number;
  b: number;
  runs: ShingleRun[];
}

/** Publication order: dated before undated, then by date, then by article id. */
export function earlier(x: { date?: string; article: string }, y: { date?: string; article: string }): number {
  return cmp(x.date ?? '\uffff', y.date ?? '\uffff') || cmp(x.article, y.article);
}

/**
 * Near-duplicate article pairs: Jaccard similarity of the sets of word-shingle
 * hashes ≥ threshold. Candidates come from an inverted index (hash → articles),
 * so only pairs sharing at least one shingle are compared. A is the earlier
 * article (by date, then id), B the later one. Columns: articleA, articleB,
 * outletA, outletB, similarity, passages (merged character ranges in both texts
 * with A's text).
 */
export function nearDuplicateTable(results: readonly ArticleResult[], threshold = 0.2): NearDuplicatePair[] {
  const n = results.length;
  // hashes shared by two or more articles: sort all hashes, keep repeated values
  // (after de-duplicating within each article), then index only those
  let total = 0;
  for (const r of results) total += r.shingles.hashes.length;
  const all = new Float64Array(total);
  const sizes = new Uint32Array(n);
  let at = 0;
  results.forEach((r, i) => {
    const own = Float64Array.from(r.shingles.hashes).sort();
    let distinct = 0;
    for (let k = 0; k < own.length; k++) {
      if (k > 0 && own[k] === own[k - 1]) continue;
      all[at++] = own[k]!;
      distinct++;
    }
    sizes[i] = distinct;
  });
  const sorted = all.subarray(0, at).sort();
  const repeated = new Set<number>();
  for (let k = 1; k < sorted.length; k++) if (sorted[k] === sorted[k - 1]) repeated.add(sorted[k]!);
  const index = new Map<number, number[]>();
  if (repeated.size > 0) {
    results.forEach((r, i) => {
      for (const h of r.shingles.hashes) {
        if (!repeated.has(h)) continue;
        const list = index.get(h);
        if (!list) index.set(h, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
  }
  const shared = new Map<number, number>();
  for (const list of index.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: NearDuplicatePair[] = [];
  for (const [key, common] of shared) {
    const x = Math.floor(key / n);
    const y = key % n;
    const similarity = common / (sizes[x]! + sizes[y]! - common);
    if (similarity < threshold) continue;
    const [a, b] = earlier(results[x]!, results[y]!) <= 0 ? [x, y] : [y, x];
    const A = results[a]!;
    const B = results[b]!;
    const runs = sharedRuns(A, B);
    pairs.push({
      a,
      b,
      runs,
      row: {
        articleA: A.article,
        articleB: B.article,
        outletA: A.outlet,
        outletB: B.outlet,
        similarity,
        passages: runs.map((r) => passage(A, B, r)),
      },
    });
  }
  return pairs.sort((p, q) => cmp(p.row.articleA, q.row.articleA) || cmp(p.row.articleB, q.row.articleB));
}

/**
 * Maximal aligned runs: walk A's shingles in order; a shared shingle at A
 * position i maps to its first position j in B; consecutive (i, j) diagonals
 * extend a run. Runs are separated by at least one changed word, so their
 * character ranges in A do not overlap.
 */
export function sharedRuns(A: { shingles: Shingles }, B: { shingles: Shingles }): ShingleRun[] {
  const firstInB = new Map<number, number>();
  B.shingles.hashes.forEach((h, j) => {
    if (!firstInB.has(h)) firstInB.set(h, j);
  });
  const runs: ShingleRun[] = [];
  let run: ShingleRun | undefined;
  A.shingles.hashes.forEach((h, i) => {
    const j = firstInB.get(h);
    if (j === undefined) return;
    if (run && i === run.i1 + 1 && j === run.j1 + 1) {
      run.i1 = i;
      run.j1 = j;
    } else runs.push((run = { i0: i, i1: i, j0: j, j1: j }));
  });
  return runs;
}

function passage(A: ArticleResult, B: ArticleResult, r: ShingleRun): SharedPassage {
  const startA = A.shingles.starts[r.i0]!;
  const endA = A.shingles.ends[r.i1]!;
  return { startA, endA, startB: B.shingles.starts[r.j0]!, endB: B.shingles.ends[r.j1]!, text: A.reader.text.slice(startA, endA) };
}

/** One article as near-duplicate verification needs it: text and shingles (recomputed from the text when streaming). */
export interface ShingledText {
  article: string;
  outlet: string;
  date?: string;
  text: string;
  shingles: Shingles;
}

/** Distinct shingle hashes, sorted. */
export function uniqueHashes(s: Shingles): Float64Array {
  const own = Float64Array.from(s.hashes).sort();
  let n = 0;
  for (let k = 0; k < own.length; k++) if (k === 0 || own[k] !== own[k - 1]) own[n++] = own[k]!;
  return own.subarray(0, n);
}

/** Exact shingle Jaccard of two sorted distinct hash lists. */
export function jaccard(x: Float64Array, y: Float64Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  const union = x.length + y.length - common;
  return union > 0 ? common / union : 0;
}

/**
 * Check one candidate pair exactly: Jaccard of the shingle sets ≥ threshold
 * gives a row with the shared passages (A = the earlier article); else undefined.
 */
export function verifyPair(x: ShingledText & { unique: Float64Array }, y: ShingledText & { unique: Float64Array }, threshold: number): { A: ShingledText; B: ShingledText; runs: ShingleRun[]; row: NearDuplicateRow } | undefined {
  const similarity = jaccard(x.unique, y.unique);
  if (similarity < threshold || similarity === 0) return undefined;
  const [A, B] = earlier(x, y) <= 0 ? [x, y] : [y, x];
  const runs = sharedRuns(A, B);
  const passages = runs.map((r): SharedPassage => {
    const startA = A.shingles.starts[r.i0]!;
    const endA = A.shingles.ends[r.i1]!;
    return { startA, endA, startB: B.shingles.starts[r.j0]!, endB: B.shingles.ends[r.j1]!, text: A.text.slice(startA, endA) };
  });
  return { A, B, runs, row: { articleA: A.article, articleB: B.article, outletA: A.outlet, outletB: B.outlet, similarity, passages } };
}
