import { describe, expect, it } from 'vitest';
import { alphaWithInterval, nominalAlpha, percentAgreement } from './krippendorff.js';
import { wilson } from './wilson.js';

/** Reliability data as in the paper: one row per coder, '.' for a missing value; returns the units. */
function units(rows: string[]): string[][] {
  const table = rows.map((r) => r.trim().split(/\s+/));
  return table[0]!.map((_, u) => table.map((row) => row[u]!).filter((v) => v !== '.'));
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: nominal data,
// four observers, twelve units, missing values. Published: alpha (nominal) = 0.743.
const FOUR_CODERS = units([
  '1 2 3 3 2 1 4 1 2 . . .', // observer A
  '1 2 3 3 2 2 4 1 2 5 . 3', // observer B
  '. 3 3 3 2 3 4 2 2 5 1 .', // observer C
  '1 2 3 3 2 4 4 1 2 5 1 .', // observer D
]);

// Same paper, section A: binary data, two observers, ten units, no missing values. Published: 0.095.
const TWO_CODERS = units(['0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0']);

/**
 * Alpha straight from its definition, written independently of krippendorff.ts: observed
 * disagreement = mean over all pairable value pairs within units (each unit weighted 1/(m−1)),
 * expected = disagreement among all pairs of the pooled values.
 */
function alphaByDefinition(data: string[][]): number {
  const pairable = data.filter((u) => u.length > 1);
  const pooled = pairable.flat();
  const n = pooled.length;
  let observed = 0;
  for (const u of pairable) {
    for (let i = 0; i < u.length; i++) for (let j = 0; j < u.length; j++) if (i !== j && u[i] !== u[j]) observed += 1 / (u.length - 1);
  }
  let expected = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && pooled[i] !== pooled[j]) expected += 1;
  return 1 - (observed / n) / (expected / (n * (n - 1)));
}

describe('Krippendorff alpha (nominal)', () => {
  it("reproduces the paper's four-coder example with missing values: 0.743", () => {
    expect(FOUR_CODERS.map((u) => u.length)).toEqual([3, 4, 4, 4, 4, 4, 4, 4, 4, 3, 2, 1]);
    expect(nominalAlpha(FOUR_CODERS)).toBeCloseTo(0.743, 3);
  });

  it("reproduces the paper's binary two-coder example: 0.095", () => {
    expect(nominalAlpha(TWO_CODERS)).toBeCloseTo(0.095, 3);
  });

  it('agrees with alpha computed from its definition on a second data set', () => {
    // three coders, frame present yes/no/unsure, some missing
    const data = units(['y y n u y n n y . y', 'y n n u y n y y y .', 'y y n y . n n y y y']);
    const expected = alphaByDefinition(data);
    expect(expected).toBeGreaterThan(0.3);
    expect(expected).toBeLessThan(0.8);
    expect(nominalAlpha(data)).toBeCloseTo(expected, 12);
    expect(nominalAlpha(FOUR_CODERS)).toBeCloseTo(alphaByDefinition(FOUR_CODERS), 12);
  });

  it('is 1 for perfect agreement, NaN when there is no variation, ignores units with one value', () => {
    expect(nominalAlpha([['a', 'a'], ['b', 'b', 'b'], ['a']])).toBe(1);
    expect(nominalAlpha([['a', 'a'], ['a', 'a']])).toBeNaN();
    expect(nominalAlpha([['a', 'a'], ['b', 'b'], ['a', 'b']])).toBeCloseTo(1 - 2 / 3.6, 12);
  });

  it('percent agreement counts agreeing pairs', () => {
    expect(percentAgreement([['a', 'a', 'b']])).toBeCloseTo(1 / 3, 12);
    expect(percentAgreement(TWO_CODERS)).toBeCloseTo(0.6, 12);
  });

  it('bootstrap interval: seeded, contains alpha, narrower with more units', () => {
    const a = alphaWithInterval(FOUR_CODERS, { seed: 7, samples: 1000 });
    expect(a).toEqual(alphaWithInterval(FOUR_CODERS, { seed: 7, samples: 1000 }));
    expect(a.units).toBe(11);
    expect(a.values).toBe(40);
    expect(a.low).toBeLessThan(a.alpha);
    expect(a.high).toBeGreaterThanOrEqual(a.alpha);
    const many = alphaWithInterval(Array.from({ length: 10 }, () => FOUR_CODERS).flat(), { seed: 7, samples: 1000 });
    expect(many.alpha).toBeCloseTo(a.alpha, 1);
    expect(many.high - many.low).toBeLessThan(a.high - a.low);
  });
});

describe('Wilson score interval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Stat Med 17:857,
  // Table II, method 3 (score interval without continuity correction)
  const published: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [x, n, low, high] of published) {
    it(`${x}/${n}: ${low}–${high}`, () => {
      const w = wilson(x, n);
      expect(w.low).toBeCloseTo(low, 4);
      expect(w.high).toBeCloseTo(high, 4);
      expect(w.estimate).toBe(x / n);
    });
  }
  it('is the whole range without data and rejects impossible counts', () => {
    expect(wilson(0, 0)).toMatchObject({ low: 0, high: 1, n: 0 });
    expect(() => wilson(3, 2)).toThrow(/0 ≤ successes ≤ n/);
  });
});
