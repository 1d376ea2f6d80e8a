import type { ArticleResult, HitCount } from '../article-result.js';
import { cmp } from '../compare.js';
import { earlier, type NearDuplicatePair } from './near-duplicates.js';

/**
 * syndication = collapse: a passage shared by two articles counts once, in the
 * earlier article. For every near-duplicate pair, in the LATER article (B):
 * - hits whose start lies inside a shared passage are marked
 *   `excluded: 'duplicate'` and leave every count (frames, voices, naming,
 *   claims, over time, the page's evidence);
 * - the words of the shared passages (union over all its pairs) are subtracted
 *   from its wordTokens, so densities stay consistent;
 * - `duplicateOf` names the earliest article it shares passages with.
 * Distinctive terms, speaker words and the reader are left as they are.
 */
export function collapseDuplicates(results: readonly ArticleResult[], pairs: readonly NearDuplicatePair[]): { results: ArticleResult[]; duplicateOf: Map<string, string> } {
  const byLater = new Map<number, NearDuplicatePair[]>();
  for (const p of pairs) {
    const list = byLater.get(p.b);
    if (list) list.push(p);
    else byLater.set(p.b, [p]);
  }
  const duplicateOf = new Map<string, string>();
  const out = results.map((r, index) => {
    const mine = byLater.get(index);
    if (!mine) return r;
    const size = r.shingles.size;
    // word-index intervals [j0, j1 + size − 1], merged
    const words = mergeIntervals(mine.flatMap((p) => p.runs.map((run) => [run.j0, run.j1 + size - 1] as [number, number])));
    const chars = mergeIntervals(mine.flatMap((p) => p.runs.map((run) => [r.shingles.starts[run.j0]!, r.shingles.ends[run.j1]!] as [number, number])));
    const duplicatedWords = words.reduce((sum, [s, e]) => sum + e - s + 1, 0);
    const inside = (pos: number) => chars.some(([s, e]) => pos >= s && pos < e);
    const evidence = r.evidence.map((e) =>
      !e.excluded && e.section !== 'title' && inside(e.start) ? { ...e, excluded: 'duplicate' as const } : e,
    );
    const counts = new Map<string, HitCount>();
    for (const e of evidence) {
      if (e.excluded) continue;
      const key = countKey(e);
      const c = counts.get(key);
      if (c) c.hits++;
      else counts.set(key, { kind: e.kind, category: e.category, label: e.label, voice: e.voice, section: e.section, hits: 1 });
    }
    const earliest = [...mine].sort((p, q) => earlier(results[p.a]!, results[q.a]!))[0]!;
    duplicateOf.set(r.article, results[earliest.a]!.article);
    return {
      ...r,
      wordTokens: r.wordTokens - duplicatedWords,
      evidence,
      counts: [...counts.values()].sort((a, b) => cmp(countKey(a), countKey(b))),
    };
  });
  return { results: out, duplicateOf };
}

function countKey(c: Omit<HitCount, 'hits'>): string {
  return `${c.kind}\u0000${c.category}\u0000${c.label}\u0000${c.voice}\u0000${c.section}`;
}

/** Merge closed integer or half-open character intervals that overlap or touch. */
export function mergeIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
