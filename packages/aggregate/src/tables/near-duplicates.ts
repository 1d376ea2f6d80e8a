import type { Shingles } from '@framelens/facts';
import { cmp } from '../compare.js';

/** A shared run of shingles: shingles i0…i1 of A align with j0…j1 of B. */
export interface ShingleRun {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

/** Publication order: dated before undated, then by date, then by article id. */
export function earlier(x: { date?: string; article: string }, y: { date?: string; article: string }): number {
  return cmp(x.date ?? '\uffff', y.date ?? '\uffff') || cmp(x.article, y.article);
}

/**
 * Maximal aligned runs: walk A's shingles in order; a shared shingle at A position i continues
 * the current run when B's next shingle is the same (a phrase that recurs in B, frequent with
 * 5-word shingles, does not break a run), else maps to its first position j in B and starts a
 * run. Runs are separated by at least one changed word, so their character ranges in A do not overlap.
 */
export function sharedRuns(A: { shingles: Shingles }, B: { shingles: Shingles }): ShingleRun[] {
  const hashesB = B.shingles.hashes;
  const firstInB = new Map<number, number>();
  hashesB.forEach((h, j) => {
    if (!firstInB.has(h)) firstInB.set(h, j);
  });
  const runs: ShingleRun[] = [];
  let run: ShingleRun | undefined;
  A.shingles.hashes.forEach((h, i) => {
    if (run && i === run.i1 + 1 && hashesB[run.j1 + 1] === h) {
      run.i1 = i;
      run.j1++;
      return;
    }
    const j = firstInB.get(h);
    if (j === undefined) return;
    runs.push((run = { i0: i, i1: i, j0: j, j1: j }));
  });
  return runs;
}

/** One article as near-duplicate verification needs it: text and shingles (recomputed from the text when streaming). */
export interface ShingledText {
  article: string;
  outlet: string;
  date?: string;
  text: string;
  shingles: Shingles;
}
