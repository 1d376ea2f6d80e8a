import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 3, "according to X" (according-to.ts)', () => {
  it('the claim before, after or around it is the source\'s', () => {
    expect(rows('According to the health ministry, 164 people were killed.')).toEqual([['reported', '164 people were killed', 'the health ministry']]);
    expect(rows('The situation has stabilised, according to the Interior Ministry.')).toEqual([['reported', 'The situation has stabilised', 'the Interior Ministry']]);
    expect(rows('The death toll, according to human rights groups, is much higher.')).toEqual([
      ['reported', 'The death toll', 'human rights groups'], ['reported', 'is much higher', 'human rights groups'],
    ]);
  });

  it('sources that name nobody are anonymous', () => {
    expect(rows('According to unconfirmed reports, several officials have left.')).toEqual([['reported', 'several officials have left', 'anonymous']]);
  });

  it('look-alikes: "according to plan", "according to the law"', () => {
    expect(rows('The evacuation went according to plan.')).toEqual([]);
    expect(rows('Everything was done according to the law, and the case is closed.')).toEqual([]);
  });
});
