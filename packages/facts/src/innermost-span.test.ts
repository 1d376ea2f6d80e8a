import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@framelens/text';
import { innermostSpans } from './innermost-span.js';

/** The definition: compare every word with every span (what summariseArticle did before). */
function naive<S extends { start: number; end: number }>(words: readonly { start: number; end: number }[], spans: readonly S[]): (S | undefined)[] {
  return words.map((w) => {
    let inner: S | undefined;
    for (const s of spans) if (s.start <= w.start && w.end <= s.end && (!inner || s.end - s.start < inner.end - inner.start)) inner = s;
    return inner;
  });
}

describe('innermostSpans', () => {
  it('finds the innermost quoted or reported span of each word of a real text', () => {
    const doc = analyze('Tokajew sagte: „Die Terroristen werden vernichtet.“ Laut Interfax seien 26 Menschen getötet worden, hieß es. Putin erklärte, die Lage sei „unter Kontrolle“.');
    const words = doc.tokens.filter((t) => t.kind === 'word');
    const speech = doc.spans.filter((s) => s.voice === 'quoted' || s.voice === 'reported');
    expect(speech.length).toBeGreaterThan(1);
    const got = innermostSpans(words, speech);
    expect(got).toEqual(naive(words, speech));
    const at = (word: string) => got[words.findIndex((w) => doc.text.slice(w.start, w.end) === word)];
    expect(at('Terroristen')?.voice).toBe('quoted');
    expect(at('Kontrolle')?.voice).toBe('quoted');
    expect(at('Tokajew')).toBeUndefined();
  });

  it('agrees with comparing every word with every span, for nested and overlapping spans', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(30)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(fc.nat(3), { maxLength: 30 }), (spans, gaps) => {
        const words: { start: number; end: number }[] = [];
        let at = 0;
        for (const gap of gaps) {
          words.push({ start: at + gap, end: at + gap + 2 });
          at += gap + 2;
        }
        expect(innermostSpans(words, spans)).toEqual(naive(words, spans));
      }),
      { seed: 20220106, numRuns: 500 },
    );
  });
});
