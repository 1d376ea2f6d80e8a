import { describe, expect, it } from 'vitest';
import { gammaP, invGammaP, lnGamma } from './gamma.js';
import { garwoodInterval, poissonRate } from './garwood.js';
import { bootstrapRates, mulberry32, quantile } from './bootstrap.js';

/** Closed form for integer a: P(a, x) = 1 − e^{−x} Σ_{k<a} x^k / k! (independent of the series/CF code). */
function erlangCdf(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < a; k++) {
    term *= x / k;
    sum += term;
  }
  return 1 - Math.exp(-x) * sum;
}

describe('gamma functions', () => {
  it('lnGamma matches log factorials', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
  it('gammaP matches the Erlang closed form', () => {
    for (const a of [1, 2, 5, 11, 30]) {
      for (const x of [0.1, 1, 4.5, 10, 25, 60]) expect(gammaP(a, x)).toBeCloseTo(erlangCdf(a, x), 12);
    }
  });
  it('invGammaP inverts gammaP, including small and large shapes', () => {
    for (const a of [0.3, 1, 3, 21, 500, 20000]) {
      for (const p of [0.001, 0.025, 0.5, 0.975, 0.999]) {
        const x = invGammaP(p, a);
        expect(Math.abs(gammaP(a, x) - p)).toBeLessThan(1e-9);
      }
    }
    expect(invGammaP(0.975, 1)).toBeCloseTo(-Math.log(0.025), 10);
  });
});

describe('garwoodInterval', () => {
  // published exact Poisson limits (e.g. Ulm 1990; tables in Sahai & Khurshid 1993)
  it.each([
    [0, 0, 3.689],
    [1, 0.0253, 5.572],
    [2, 0.2422, 7.225],
    [5, 1.623, 11.668],
    [10, 4.795, 18.39],
    [20, 12.217, 30.888],
  ])('x = %i → [%f, %f]', (x, low, high) => {
    const [l, h] = garwoodInterval(x);
    expect(l).toBeCloseTo(low, 3);
    expect(h).toBeCloseTo(high, 3);
  });
  it('rejects non-counts', () => {
    expect(() => garwoodInterval(1.5)).toThrow(/integer/);
    expect(() => garwoodInterval(-1)).toThrow(/integer/);
  });
  it('scales to a rate per 1,000 tokens; zero counts keep the exact upper bound', () => {
    const r = poissonRate(0, 500);
    expect(r.rate).toBe(0);
    expect(r.high).toBeCloseTo(3.689 * 2, 3);
    const r5 = poissonRate(5, 2000);
    expect(r5.rate).toBe(2.5);
    expect(r5.low).toBeCloseTo(1.623 / 2, 3);
  });
});

describe('bootstrap', () => {
  it('mulberry32 is reproducible and seed-dependent', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(sa);
    expect(c()).not.toBe(sa[0]);
    for (const v of sa) expect(v >= 0 && v < 1).toBe(true);
  });
  it('gives the same interval for the same seed, brackets the point estimate', () => {
    const hits = [2, 0, 5, 1, 3, 0, 4];
    const words = [400, 300, 800, 500, 600, 200, 700];
    const one = bootstrapRates([hits], words, { samples: 500, seed: 7 });
    const two = bootstrapRates([hits], words, { samples: 500, seed: 7 });
    expect(one).toEqual(two);
    const point = (15 / 3500) * 1000;
    const [low, high] = one[0]!;
    expect(low).toBeLessThan(point);
    expect(high).toBeGreaterThan(point);
    // identical articles leave no sampling variation
    const flat = bootstrapRates([[2, 2, 2, 2, 2]], [100, 100, 100, 100, 100], { samples: 50, seed: 1 });
    expect(flat[0]).toEqual([20, 20]);
  });
  it('quantile interpolates (type 7)', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
  });
});
