import { describe, expect, it } from 'vitest';
import { rows } from './__fixtures__/rows.js';

// subject-layouts.ts: an acronym in parentheses after the subject, a relative clause without commas (review2 F2c, F4b)
describe('English subject layouts (subject-layouts.ts)', () => {
  it('look-alikes first: the "that" of a claim, a remark in parentheses, a relative clause in commas', () => {
    expect(rows('Officials said that protesters said they were beaten.')).toEqual([['reported', 'that protesters said they were beaten', 'Officials']]);
    expect(rows('The group, which runs the prisons, said the inmates were safe.')).toEqual([['reported', 'the inmates were safe', 'The group']]);
    // more than a name in parentheses: no subject is read (left as before)
    expect(rows('The ministry (which declined to be named) said the protests were over.')).toEqual([]);
  });

  it('"The … Organization (CSTO) said": the name with its acronym speaks', () => {
    expect(rows('The Collective Security Treaty Organization (CSTO) said its peacekeepers would guard strategic facilities.')).toEqual([
      ['reported', 'its peacekeepers would guard strategic facilities', 'The Collective Security Treaty Organization (CSTO)'],
    ]);
    expect(rows('The Committee to Protect Journalists (CPJ) said two reporters were detained.')).toEqual([['reported', 'two reporters were detained', 'The Committee to Protect Journalists (CPJ)']]);
  });

  it('"A charity that runs a school said": the noun phrase before the relative pronoun speaks', () => {
    expect(rows('A Protestant charity that runs a school in Almaty said its staff were safe.')).toEqual([['reported', 'its staff were safe', 'A Protestant charity']]);
    expect(rows('A woman who lives near the square said the shooting was over.')).toEqual([['reported', 'the shooting was over', 'A woman']]);
  });
});
