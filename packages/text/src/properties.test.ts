import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { foldKey } from './normalize.js';
import { splitAtBoilerplate } from './boilerplate-sentences.js';
import { paragraphs, sentences, splitSentences } from './sentences.js';
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

const GAP = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/u;

function check(text: string): void {
  const tokens = tokenize(text);
  let cursor = 0;
  for (const t of tokens) {
    expect(t.start).toBeGreaterThanOrEqual(cursor); // ordered, non-overlapping
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    // every other character is in a token: gaps hold only white space and invisible characters
    expect(text.slice(cursor, t.start)).toMatch(GAP);
    // a token starts and ends on something visible, and carries the key of its own text
    expect(text.slice(t.start, t.start + 1)).not.toMatch(/^\s$/u);
    expect(text.slice(t.end - 1, t.end)).not.toMatch(/^\s$/u);
    expect(t.norm).toBe(foldKey(text.slice(t.start, t.end)));
    expect(t.stem === '').toBe(t.kind === 'punct');
    let partEnd = t.start;
    for (const p of t.parts ?? []) {
      expect(p.start).toBeGreaterThanOrEqual(partEnd);
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.end).toBeLessThanOrEqual(t.end);
      partEnd = p.end;
    }
    cursor = t.end;
  }
  expect(text.slice(cursor)).toMatch(GAP);
  // sentences run from a token's start to a token's end, in order, and hold every token once
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const sents = sentences(text, tokens);
  let last = 0;
  let held = 0;
  for (const s of sents) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(starts.has(s.start)).toBe(true);
    expect(ends.has(s.end)).toBe(true);
    held += tokens.filter((t) => t.start >= s.start && t.end <= s.end).length;
    last = s.end;
  }
  expect(held).toBe(tokens.length);
  // paragraphs: ordered, non-empty, trimmed of white space at both ends
  let paraEnd = 0;
  for (const p of paragraphs(text)) {
    expect(p.start).toBeGreaterThanOrEqual(paraEnd);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(p.start, p.start + 1)).not.toMatch(/^\s$/u);
    expect(text.slice(p.end - 1, p.end)).not.toMatch(/^\s$/u);
    paraEnd = p.end;
  }
  // analyze agrees with the steps, and its boilerplate lies in the text, in order
  const doc = analyze(text);
  expect(doc.tokens).toEqual(tokens);
  // … with a sentence that starts in boilerplate cut where the boilerplate ends, still holding every token once
  const split = splitAtBoilerplate(tokens, splitSentences(text, tokens, undefined), doc.boilerplate).spans;
  expect(doc.sentences).toEqual(split);
  expect(split.reduce((n, s) => n + tokens.filter((t) => t.start >= s.start && t.end <= s.end).length, 0)).toBe(tokens.length);
  for (const s of split) expect(sents.some((whole) => whole.start <= s.start && s.end <= whole.end)).toBe(true);
  let boilerEnd = 0;
  for (const b of doc.boilerplate) {
    expect(b.start).toBeGreaterThanOrEqual(boilerEnd);
    expect(b.end).toBeLessThanOrEqual(text.length);
    boilerEnd = b.end;
  }
}

describe('properties (fast-check, fixed seed)', () => {
  it('never throws; tokens ordered, covering every visible character, each with the key of its own text; sentences hold every token once; paragraphs trimmed', () => {
    fc.assert(fc.property(anyText, (text) => { check(text); }), { seed: SEED, numRuns: 600 });
  });
});
