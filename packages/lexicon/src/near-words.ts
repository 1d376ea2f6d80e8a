import type { Doc } from '@framelens/text';
import type { WordKeys } from './keys.js';

/** A corpus word close to a term word the corpus never has: a likely misspelling of the term. */
export interface NearWord {
  /** the term's word that no article has ("Regimgegner") */
  missing: string;
  /** the closest corpus word, as first written there ("Regimegegner") */
  corpus: string;
  /** how often the corpus has it */
  count: number;
}

/**
 * The words of a corpus (case-folded, hyphens dropped) with their counts, for "did you mean" on
 * lexicon terms that match nothing: "Regimgegner" → "Regimegegner", "bandids" → "bandits".
 *
 * @example
 * const v = new Vocabulary(keys); v.add(doc);   // per article
 * v.nearest('regimgegner')                       // { corpus: 'Regimegegner', count: 2 }
 */
export class Vocabulary {
  /** per word (case-folded): its first written form, its count, and the kinds of hits (frame, referent …) it stood in */
  private readonly words = new Map<string, { form: string; count: number; matched: Set<string> }>();
  private stems: Set<string> | undefined;
  private buckets: Map<string, string[]> | undefined;

  constructor(private readonly keys: WordKeys) {}

  /** Count a document's words; a word inside a hit (`hits`: the lexicon's hits in it) is never suggested for a term of that hit's kind. */
  add(doc: Doc, hits: readonly { start: number; end: number; kind: string }[] = []): void {
    const spans = [...hits].sort((a, b) => a.start - b.start);
    let h = 0;
    for (const t of doc.tokens) {
      if (t.kind !== 'word') continue;
      while (h < spans.length && spans[h]!.end <= t.start) h++;
      const inHit = h < spans.length && spans[h]!.start <= t.start ? spans[h]!.kind : undefined;
      const norm = t.norm.includes('-') ? t.norm.replaceAll('-', '') : t.norm;
      const w = this.words.get(norm);
      if (w) {
        w.count++;
        if (inHit !== undefined) w.matched.add(inHit);
      } else this.words.set(norm, { form: doc.text.slice(t.start, t.end), count: 1, matched: new Set(inHit === undefined ? [] : [inHit]) });
    }
    this.stems = undefined;
    this.buckets = undefined;
  }

  /** Whether some corpus word has this stem. */
  hasStem(stem: string): boolean {
    this.stems ??= new Set([...this.words.keys()].map((n) => this.keys.wordKey(n).stem));
    return this.stems.has(stem);
  }

  /**
   * The corpus word closest to `norm` (a term word's case-folded form, 5 letters or more) that looks
   * like its misspelling: same first letter, one edit (a letter added, left out, changed, or two
   * swapped; two edits would take inflections and other languages' words: "Terroristen" is not a
   * misspelt "terrorists"), and neither word the other plus an ending ("Versuch",
   * "versucht": another form, not a typo). Fewest edits first, then the most frequent. Stop words
   * and words a term of the same `kind` matched (already counted: "terrorists" is not a misspelt
   * frame term "terrorism") are never suggested.
   */
  nearest(norm: string, kind: string): { corpus: string; count: number } | undefined {
    if (norm.length < 5) return undefined;
    if (this.buckets === undefined) {
      this.buckets = new Map();
      for (const [n, w] of this.words) {
        if (this.keys.language.stopwords.has(n)) continue;
        const key = `${n[0]}${n.length}`;
        const list = this.buckets.get(key);
        if (list) list.push(n);
        else this.buckets.set(key, [n]);
      }
    }
    const limit = 1;
    let best: { norm: string; d: number; count: number } | undefined;
    for (let len = norm.length - limit; len <= norm.length + limit; len++) {
      for (const n of this.buckets.get(`${norm[0]}${len}`) ?? []) {
        if (n.startsWith(norm) || norm.startsWith(n) || this.words.get(n)!.matched.has(kind)) continue;
        const d = swapDistance(norm, n);
        if (d > limit) continue;
        const count = this.words.get(n)!.count;
        if (!best || d < best.d || (d === best.d && (count > best.count || (count === best.count && n < best.norm)))) best = { norm: n, d, count };
      }
    }
    return best && { corpus: this.words.get(best.norm)!.form, count: best.count };
  }
}

/** Edits between two words, a swap of two neighbouring letters counting as one (optimal string alignment). */
export function swapDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
