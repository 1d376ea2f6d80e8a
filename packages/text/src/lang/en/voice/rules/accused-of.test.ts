import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 4, "X accused Y of …" (accused-of.ts)', () => {
  it('the charge is the accuser\'s claim', () => {
    expect(rows('The opposition accused the government of rigging the election.')).toEqual([['reported', 'rigging the election', 'The opposition']]);
    expect(rows('Russia has accused the West of trying to destabilise its neighbours.')).toEqual([['reported', 'trying to destabilise its neighbours', 'Russia']]);
  });

  it('look-alike: a passive names no accuser', () => {
    expect(rows('He was accused of fraud in 2019 and later acquitted.')).toEqual([]);
  });
});
