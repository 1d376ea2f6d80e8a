import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { VoiceSpan } from '../types.js';

// Voice detection as a whole (the driver, index.ts); each rule's examples are in rules/<rule>.test.ts.

describe('properties', () => {
  const wellNested = (text: string, spans: VoiceSpan[]) => {
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.end).toBeGreaterThan(s.start);
    }
    for (let i = 1; i < spans.length; i++) {
      const a = spans[i - 1]!;
      const b = spans[i]!;
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
    }
    for (const a of spans) for (const b of spans) expect(a.end <= b.start || b.end <= a.start || (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)).toBe(true);
  };

  it('never throws on random Unicode; spans lie in the text, sorted and well nested', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        wellNested(text, analyze(text).spans);
      }),
      { seed: 4, numRuns: 300 },
    );
  });

  it('the same on shuffled fragments of news prose full of quotation marks and cue words', () => {
    const pieces = ['„', '“', '»', '«', '"', '‚', '‘', '›', '‹', ', ', ': ', '. ', '\n\n', 'sagte Tokajew', 'laut Tass', 'sei', 'soll', 'haben', 'sogenannte', 'Friedenstruppe', 'die Polizei', 'meldete', 'zufolge', 'nach Angaben', 'Er', 'hieß es', 'dort'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        wellNested(text, analyze(text).spans);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
