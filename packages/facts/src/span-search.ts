import type { Span } from '@framelens/text';

/** Index of the span (sorted by start) containing pos, or −1; overlapping spans: the last one starting at or before pos that still covers it. */
export function findSpan(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // overlapping spans: walk back while an earlier one still covers pos
  for (let i = found; i >= 0; i--) if (pos < spans[i]!.end) return i;
  return -1;
}
