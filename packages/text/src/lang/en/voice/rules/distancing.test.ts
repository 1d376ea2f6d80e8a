import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 9, distancing words (distancing.ts)', () => {
  it('"so-called", "self-styled", "alleged"/"allegedly" before a noun phrase cover it', () => {
    expect(rows('Western capitals feared a so-called colour revolution in the region.')).toEqual([['distanced', 'so-called colour revolution']]);
    expect(rows('The so-called peaceful protesters attacked police stations.')).toEqual([['distanced', 'so-called peaceful protesters']]);
    expect(rows('Police arrested three alleged organisers of the riots.')).toEqual([['distanced', 'alleged organisers']]);
    expect(rows('Observers questioned the allegedly rigged vote.')).toEqual([['distanced', 'allegedly rigged vote']]);
    expect(rows('A self-styled opposition leader called for protests.')).toEqual([['distanced', 'self-styled opposition leader']]);
  });

  it('look-alikes: "alleged" as a verb of saying, "supposed to"', () => {
    expect(rows('Prosecutors alleged that the minister had taken bribes.')).toEqual([['reported', 'that the minister had taken bribes', 'Prosecutors']]);
    expect(rows('She was supposed to arrive on Monday.')).toEqual([]);
  });
});
