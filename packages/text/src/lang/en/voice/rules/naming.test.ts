import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 6, a label after a naming verb (naming.ts)', () => {
  it('the short quotation is the subject\'s word, not a scare quote', () => {
    expect(rows('Tokayev called the protesters "terrorists" and ordered troops in.')).toEqual([['quoted', '"terrorists"', 'Tokayev']]);
    expect(rows('State media described the unrest as an "attempted coup".')).toEqual([['quoted', '"attempted coup"', 'State media']]);
  });

  it('look-alike: no naming verb, a scare quote', () => {
    expect(rows('The "peacekeepers" left within two weeks.')).toEqual([['distanced', '"peacekeepers"']]);
  });
});

describe('English rule 6: "spoke of "…""', () => {
  it('the quoted words after "spoke of" are the speaker\'s', () => {
    expect(rows('Tokayev spoke of "a single centre" directing the attackers.')).toEqual([['quoted', '"a single centre"', 'Tokayev']]);
  });
});
