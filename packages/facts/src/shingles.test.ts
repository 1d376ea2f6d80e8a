// Shingle hashes with the analyzer's form memo (each distinct word hashed once) equal those
// computed word by word, over the seed articles analysed one after the other by one analyzer.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '@framelens/text';
import { distinctHashes, shingleHashes } from './shingles.js';

const seeds = path.resolve(import.meta.dirname, '../../../corpus/kazakhstan-2022');
const texts = readdirSync(seeds, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(seeds, d.name)).filter((f) => f.endsWith('.md')).map((f) => path.join(seeds, d.name, f)))
  .sort()
  .map((f) => readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));

describe('shingleHashes with a form memo', () => {
  it('gives every seed article the hashes it gives without one (memo shared across articles)', () => {
    expect(texts.length).toBeGreaterThanOrEqual(9);
    const analyzer = new Analyzer();
    for (const text of [...texts, ...texts]) {
      const doc = analyzer.analyze(text);
      const words = doc.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === 'word');
      const plain = shingleHashes(words.map((w) => w.t), 5);
      const memo = shingleHashes(words.map((w) => w.t), 5, { ids: words.map((w) => doc.columns.form[w.i]!), memo: analyzer.forms });
      expect(Array.from(memo)).toEqual(Array.from(plain));
      // the shortest seed article has 84 distinct shingles
      expect(distinctHashes(memo).length).toBeGreaterThan(50);
    }
  });
});
