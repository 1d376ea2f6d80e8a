import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { paragraphs, sentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const SEED = 20220106;
const pieces = [
  'Kassym-Schomart', 'Öl-', 'und', 'Uran-Exporteur', '1.800', '1,9', '6.1.2021', '16.', 'Jahrhunderts', 'z. B.', 'u.a.', 'Dr.',
  'Nr.', 'ca.', 'bzw.', 'St.', 'geht\'s', 'https://nd-aktuell.de/a?b=1.', 'info@dpa.de', '@dpa', '„', '“', '‚', '‘', '»', '«',
  '›', '‹', '"', "'", '``', "''", '.', '!', '?', ':', ';', ',', '-', '--', '–', '…', '(', ')', '/', '\n', '\n\n', ' ', '\u00a0',
  '\u00ad', '\u200b', 'Foto: dpa', 'Lesen Sie auch', ' date 2022-01', 'Almaty', 'sagte', 'ß', 'ẞ', '😀', '\ud800', 'A.', 'x',
];
// German-like text: seed-style pieces joined with spaces, or glued together to stress the edge rules
const germanLike = fc
  .tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), fc.boolean())
  .map(([xs, glued]) => xs.join(glued ? '' : ' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), germanLike);

function check(text: string): void {
  const tokens = tokenize(text);
  let cursor = 0;
  let rebuilt = '';
  for (const t of tokens) {
    expect(t.start).toBeGreaterThanOrEqual(cursor); // ordered, non-overlapping
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    rebuilt += text.slice(cursor, t.start) + text.slice(t.start, t.end);
    // gaps hold only white space and invisible characters
    expect(text.slice(cursor, t.start)).toMatch(/^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/u);
    for (const p of t.parts ?? []) {
      expect(p.start).toBeGreaterThanOrEqual(t.start);
      expect(p.end).toBeLessThanOrEqual(t.end);
    }
    cursor = t.end;
  }
  expect(rebuilt + text.slice(cursor)).toBe(text);
  let last = 0;
  for (const s of sentences(text, tokens)) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    last = s.end;
  }
  for (const p of paragraphs(text)) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(text.length);
  }
  const doc = analyze(text);
  for (const b of doc.boilerplate) expect(b.end).toBeLessThanOrEqual(text.length);
}

describe('properties (fast-check, fixed seed)', () => {
  it('never throws; offsets in range; tokens ordered and non-overlapping; token texts and gaps give back the text', () => {
    fc.assert(fc.property(anyText, (text) => { check(text); }), { seed: SEED, numRuns: 600 });
  });
});
