import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 10, an impersonal passive of saying (passive.ts)', () => {
  it('"It was reported that …", "It is widely believed that …": reported, anonymous', () => {
    expect(rows('It was reported that the former spy chief had been arrested.')).toEqual([['reported', 'that the former spy chief had been arrested', 'anonymous']]);
    expect(rows('It is widely believed that the decision was taken in Moscow.')).toEqual([['reported', 'that the decision was taken in Moscow', 'anonymous']]);
  });

  it('look-alikes: no "that" clause', () => {
    expect(rows('It was said in jest.')).toEqual([]);
    expect(rows('It is believed to be the largest protest since 1986.')).toEqual([]);
  });
});
