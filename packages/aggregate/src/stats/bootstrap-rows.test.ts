import { describe, expect, it } from 'vitest';
import { bootstrapRates, bootstrapRatesRows, laneLayout, mulberry32 } from './bootstrap.js';

describe('laneLayout', () => {
  it('gives each column the bits of n × its largest value, side by side in words of at most 53 bits', () => {
    // n = 4; column maxima: exposure 1000 (4,000 → 12 bits), 3 (12 → 4 bits), 0 (no word),
    // 4 (16 = 2^4 → 5 bits), 2^40 (2^42 → 43 bits: does not fit beside the 21 bits used)
    const exposure = [1000, 10, 20, 30];
    const counts = [3, 0, 0, 0, 1, 0, 4, 0, 0, 0, 0, 2 ** 40, 2, 0, 1, 1]; // row-major, k = 4
    const lanes = laneLayout(counts, 4, exposure);
    expect([...lanes.bits]).toEqual([12, 4, 0, 5, 43]);
    expect([...lanes.word]).toEqual([0, 0, -1, 0, 1]);
    expect([...lanes.shift]).toEqual([0, 12, 0, 16, 0]);
    expect(lanes.words).toBe(2);
  });

  it('does not pack negative or fractional values, nor sums that could reach 2^53', () => {
    for (const [counts, exposure] of [
      [[1, -1], [100, 100]],
      [[1, 2], [100, 99.5]],
      [[2 ** 52, 1], [100, 100]],
    ]) {
      const lanes = laneLayout(counts!, 1, exposure!);
      expect(lanes.words).toBe(2);
      expect([...lanes.word]).toEqual([0, 1]);
      expect([...lanes.bits]).toEqual([0, 0]);
    }
  });
});

describe('bootstrapRatesRows', () => {
  it('gives exactly the result of bootstrapRates (same draws, exact integer sums)', () => {
    const random = mulberry32(7);
    const n = 37;
    const k = 5;
    const rows = Int32Array.from({ length: n * k }, () => (random() < 0.6 ? 0 : Math.floor(random() * 9)));
    const words = Float64Array.from({ length: n }, () => 100 + Math.floor(random() * 900));
    const columns = Array.from({ length: k }, (_, c) => Float64Array.from({ length: n }, (_, i) => rows[i * k + c]!));
    for (const seed of [1, 12345, 0x9e3779b9]) {
      expect(bootstrapRatesRows(rows, k, words, { samples: 300, seed })).toEqual(bootstrapRates(columns, words, { samples: 300, seed }));
    }
  });

  it('gives the same result with many dense columns (rows wider than twelve values)', () => {
    const random = mulberry32(5);
    const n = 60;
    const k = 14;
    const rows = Int32Array.from({ length: n * k }, () => (random() < 0.5 ? 0 : Math.floor(random() * 7)));
    const words = Float64Array.from({ length: n }, () => 100 + Math.floor(random() * 900));
    const columns = Array.from({ length: k }, (_, c) => Float64Array.from({ length: n }, (_, i) => rows[i * k + c]!));
    for (const seed of [9, 77]) expect(bootstrapRatesRows(rows, k, words, { samples: 150, seed })).toEqual(bootstrapRates(columns, words, { samples: 150, seed }));
  });

  it('gives the same result with mostly zero counts, and with a column that is all zero', () => {
    const random = mulberry32(11);
    const n = 240;
    const k = 22;
    // about one count in twelve is non-zero, as when an article names two of twenty-two frames
    const rows = Int32Array.from({ length: n * k }, (_, x) => (x % k === 21 ? 0 : random() < 0.92 ? 0 : 1 + Math.floor(random() * 4)));
    const words = Float64Array.from({ length: n }, () => 150 + Math.floor(random() * 1500));
    const columns = Array.from({ length: k }, (_, c) => Float64Array.from({ length: n }, (_, i) => rows[i * k + c]!));
    for (const seed of [3, 2024, 0x7fffffff]) {
      const fast = bootstrapRatesRows(rows, k, words, { samples: 200, seed });
      expect(fast).toEqual(bootstrapRates(columns, words, { samples: 200, seed }));
      expect(fast[21]).toEqual([0, 0]);
      expect(fast[0]![1]).toBeGreaterThan(fast[0]![0]);
    }
  });

  it('gives the same result when lanes fill to their last bit (a resample that draws the largest row every time)', () => {
    // three articles: a resample draws the largest one three times with probability 1/27, so
    // among 400 resamples the lanes' sums reach n × max, their full width
    const n = 3;
    const k = 6;
    const rows = Int32Array.from([2 ** 14 - 1, 1, 0, 3, 2 ** 13, 7, 0, 0, 5, 1, 2 ** 12, 0, 1, 2 ** 14 - 1, 2, 0, 1, 1]);
    const words = Float64Array.from([2 ** 20 - 1, 2 ** 19, 12345]);
    const columns = Array.from({ length: k }, (_, c) => Float64Array.from({ length: n }, (_, i) => rows[i * k + c]!));
    expect(laneLayout(rows, k, words).words).toBeLessThan(k + 1);
    for (const seed of [1, 99, 31337]) expect(bootstrapRatesRows(rows, k, words, { samples: 400, seed })).toEqual(bootstrapRates(columns, words, { samples: 400, seed }));
  });

  it('gives the same result when the packed words do not fit in one block of four (wide rows of large counts)', () => {
    const random = mulberry32(21);
    const n = 90;
    const k = 30;
    const rows = Int32Array.from({ length: n * k }, () => Math.floor(random() * 2 ** 20));
    const words = Float64Array.from({ length: n }, () => 1000 + Math.floor(random() * 2 ** 24));
    const columns = Array.from({ length: k }, (_, c) => Float64Array.from({ length: n }, (_, i) => rows[i * k + c]!));
    expect(laneLayout(rows, k, words).words).toBeGreaterThan(4);
    for (const seed of [4, 404]) expect(bootstrapRatesRows(rows, k, words, { samples: 120, seed })).toEqual(bootstrapRates(columns, words, { samples: 120, seed }));
  });

  it('gives the same result on values it cannot pack (fractional exposures, negative counts)', () => {
    const random = mulberry32(8);
    const n = 50;
    const k = 3;
    const rows = Float64Array.from({ length: n * k }, (_, x) => (x === 7 ? -2 : Math.floor(random() * 6)));
    const words = Float64Array.from({ length: n }, () => 100 + random() * 900);
    const columns = Array.from({ length: k }, (_, c) => Float64Array.from({ length: n }, (_, i) => rows[i * k + c]!));
    for (const seed of [5, 55]) expect(bootstrapRatesRows(rows, k, words, { samples: 200, seed })).toEqual(bootstrapRates(columns, words, { samples: 200, seed }));
  });
});

