import { describe, expect, it } from 'vitest';
import { atLeastShare, countPairs } from './reuse-pairs.js';

/** (article, shingle id) rows from each article's shingle ids; -1 marks a shingle of that article only. */
function rows(articles: number[][]): [Int32Array, Int32Array] {
  const idx: number[] = [];
  const g: number[] = [];
  // rows in an arbitrary order, as the store returns them
  articles.forEach((ids, x) => ids.forEach((id) => (idx.push(x), g.push(id))));
  const order = idx.map((_, r) => r).sort((a, b) => ((a * 7) % idx.length) - ((b * 7) % idx.length) || a - b);
  return [Int32Array.from(order.map((r) => idx[r]!)), Int32Array.from(order.map((r) => g[r]!))];
}

describe('countPairs', () => {
  // article 0: shingles 0-9; 1: 0-5 and two of its own; 2: 3-9 and 20; 3: 20, 21 and three of its own
  const articles = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [0, 1, 2, 3, 4, 5, -1, -1],
    [3, 4, 5, 6, 7, 8, 9, 20],
    [20, 21, -1, -1, -1],
  ];
  const [idx, g] = rows(articles);
  it('counts the shared shingles of every pair that shares one, with each article size (own shingles included), by (ix, iy)', () => {
    const all = countPairs(idx, g, 4, 22, () => true);
    expect(all).toEqual([
      { ix: 0, iy: 1, shared: 6, nx: 10, ny: 8 },
      { ix: 0, iy: 2, shared: 7, nx: 10, ny: 8 },
      { ix: 1, iy: 2, shared: 3, nx: 8, ny: 8 },
      { ix: 2, iy: 3, shared: 1, nx: 8, ny: 5 },
    ]);
  });
  it('keeps the pairs the rule keeps: at least 5 shared and 70% of the smaller article', () => {
    const enough = atLeastShare(0.7);
    const kept = countPairs(idx, g, 4, 22, (_x, _y, shared, nx, ny) => shared >= 5 && enough(shared, Math.min(nx, ny)));
    // 0-1: 6 of 8 = 75%; 0-2: 7 of 8 = 87.5%
    expect(kept.map((p) => [p.ix, p.iy])).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });
});

describe('atLeastShare', () => {
  it('compares with the decimal threshold exactly, as SQL does, where floats land a hair above the integer', () => {
    // 0.28 * 25 is 7.000000000000001 in floating point, 0.55 * 100 is 55.00000000000001
    expect(0.28 * 25 > 7).toBe(true);
    expect(atLeastShare(0.28)(7, 25)).toBe(true);
    expect(atLeastShare(0.28)(6, 25)).toBe(false);
    expect(atLeastShare(0.55)(55, 100)).toBe(true);
    expect(atLeastShare(0.2)(5, 25)).toBe(true);
    expect(atLeastShare(0.2)(4, 21)).toBe(false);
    expect(atLeastShare(1)(9, 10)).toBe(false);
  });
});
