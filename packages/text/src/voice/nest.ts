import type { VoiceSpan } from '../types.js';

// The voice spans of a document in output order: merged, outer before inner, well nested.

/**
 * Merge the three sorted lists (reported, quotations, distancing words; on a tie in that order, as
 * a stable sort of their concatenation would), outer before inner, and drop any span that partly
 * overlaps one kept before it.
 */
export function nest(reported: VoiceSpan[], quoted: VoiceSpan[], distanced: VoiceSpan[]): VoiceSpan[] {
  const out: VoiceSpan[] = [];
  const open: VoiceSpan[] = [];
  let r = 0;
  let q = 0;
  let d = 0;
  for (;;) {
    let s = reported[r];
    let from = 0;
    const sq = quoted[q];
    if (sq !== undefined && (s === undefined || compareSpans(sq, s) < 0)) {
      s = sq;
      from = 1;
    }
    const sd = distanced[d];
    if (sd !== undefined && (s === undefined || compareSpans(sd, s) < 0)) {
      s = sd;
      from = 2;
    }
    if (s === undefined) break;
    if (from === 0) r++;
    else if (from === 1) q++;
    else d++;
    if (s.end <= s.start) continue;
    while (open.length > 0 && open[open.length - 1]!.end <= s.start) open.pop();
    const parent = open[open.length - 1];
    if (parent !== undefined && s.end > parent.end) continue; // partial overlap
    if (parent !== undefined && parent.start === s.start && parent.end === s.end && parent.voice === s.voice) continue; // duplicate
    out.push(s);
    open.push(s);
  }
  return out;
}

const compareSpans = (a: VoiceSpan, b: VoiceSpan): number => a.start - b.start || b.end - a.end || rank(a) - rank(b);

/** Stable sort of spans[from..] by `compareSpans`, in place: a unit's few spans. */
export function insertionSort(spans: VoiceSpan[], from: number): void {
  for (let i = from + 1; i < spans.length; i++) {
    const s = spans[i]!;
    let k = i;
    while (k > from && compareSpans(spans[k - 1]!, s) > 0) {
      spans[k] = spans[k - 1]!;
      k--;
    }
    spans[k] = s;
  }
}

// for equal ranges: reported outside quoted outside distanced outside name
function rank(s: VoiceSpan): number {
  return s.voice === 'reported' ? 0 : s.voice === 'quoted' ? 1 : s.voice === 'distanced' ? 2 : 3;
}
