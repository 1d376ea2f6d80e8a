import { mulberry32 as bootstrapGenerator } from '@framelens/aggregate';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random.js';

describe('mulberry32', () => {
  it('gives the published first outputs for seed 0 and repeats them for the same seed', () => {
    const draws = (seed: number) => Array.from({ length: 3 }, mulberry32(seed));
    // the reference C implementation's first three 32-bit outputs for seed 0, divided by 2^32
    expect(draws(0).map((x) => Math.round(x * 4294967296))).toEqual([1144304738, 1416247, 958946056]);
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it('is the generator the aggregate bootstrap draws from (the same function, not a copy)', () => {
    expect(mulberry32).toBe(bootstrapGenerator);
  });
});
