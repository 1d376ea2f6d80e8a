import type { Doc } from '@framelens/text';
import type { WordKeys } from './keys.js';
import { swapDistance } from './near-words.js';

/**
 * For "did you mean" on a phrase term without hits: per phrase and word position, the article
 * words standing in that place between the phrase's other words (compared by stem).
 *
 * @example
 * // term "Zahl der Totten", article "die Zahl der Toten stieg": position 2 has "Toten"
 * slots.add(doc); slots.nearest('Zahl der Totten', 2, 'totten')   // { corpus: 'Toten', count: 1 }
 */
export class PhraseSlots {
  private readonly phrases: { term: string; stems: string[] }[];
  /** `${term}\u0000${position}` → word norm → first written form and count */
  private readonly seen = new Map<string, Map<string, { form: string; count: number }>>();

  constructor(private readonly keys: WordKeys, terms: readonly string[]) {
    this.phrases = terms
      .map((term) => ({ term, stems: keys.termWords(term).map((w) => w.stem) }))
      .filter((p) => p.stems.length > 1);
  }

  /** Record the words in each phrase's places in one document. */
  add(doc: Doc): void {
    if (this.phrases.length === 0) return;
    const words = doc.tokens.filter((t) => t.kind === 'word').map((t) => ({ t, key: this.keys.wordKey(t.norm.replaceAll('-', '')) }));
    const at = new Map<string, number[]>();
    words.forEach((w, i) => {
      const list = at.get(w.key.stem);
      if (list) list.push(i);
      else at.set(w.key.stem, [i]);
    });
    for (const { term, stems } of this.phrases) {
      for (let k = 0; k < stems.length; k++) {
        const anchor = k === 0 ? 1 : 0;
        for (const p of at.get(stems[anchor]!) ?? []) {
          const start = p - anchor;
          if (start < 0 || start + stems.length > words.length) continue;
          if (!stems.every((s, j) => j === k || words[start + j]!.key.stem === s)) continue;
          const w = words[start + k]!;
          const slot = `${term}\u0000${k}`;
          const seen = this.seen.get(slot) ?? new Map<string, { form: string; count: number }>();
          this.seen.set(slot, seen);
          const entry = seen.get(w.key.norm);
          if (entry) entry.count++;
          else seen.set(w.key.norm, { form: doc.text.slice(w.t.start, w.t.end), count: 1 });
        }
      }
    }
  }

  /** The most frequent word one edit from `norm` (not `norm` plus an ending) in the phrase's place `k`. */
  nearest(term: string, k: number, norm: string): { corpus: string; count: number } | undefined {
    let best: { norm: string; form: string; count: number } | undefined;
    for (const [n, w] of this.seen.get(`${term}\u0000${k}`) ?? []) {
      if (n.startsWith(norm) || norm.startsWith(n) || swapDistance(norm, n) !== 1) continue;
      if (!best || w.count > best.count || (w.count === best.count && n < best.norm)) best = { norm: n, ...w };
    }
    return best && { corpus: best.form, count: best.count };
  }
}
