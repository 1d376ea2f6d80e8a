import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 6, a label after a naming verb (naming.ts)', () => {
  it('the short quotation is the subject\'s word, not a scare quote', () => {
    expect(rows('Tokayev called the protesters "terrorists" and ordered troops in.')).toEqual([['quoted', '"terrorists"', 'Tokayev']]);
    expect(rows('State media described the unrest as an "attempted coup".')).toEqual([['quoted', '"attempted coup"', 'State media']]);
  });

  it('a catenative verb before the naming verb is not part of the speaker ("continue to describe")', () => {
    expect(rows('Western media continue to describe the rioters as "peaceful protesters".')).toEqual([['quoted', '"peaceful protesters"', 'Western media']]);
    expect(rows('Officials began to call the detainees "prisoners".')).toEqual([['quoted', '"prisoners"', 'Officials']]);
    // look-alike: "declined to say" reports no speech
    expect(rows('The press secretary declined to say whether the president would sign the bill.')).toEqual([]);
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

describe('English rule 6: a naming participle and "so-called" before a quotation', () => {
  it('"…, calling the events "…"" takes the speaker of the frame before it', () => {
    const t = '"The main goal was to seize power," Tokayev said, calling the events "an attempted coup".';
    expect(rows(t)).toEqual([['quoted', '"The main goal was to seize power,"', 'Tokayev'], ['quoted', '"an attempted coup"', 'Tokayev']]);
  });

  it('"so-called" before a quotation in a claim: the outlet distances it', () => {
    expect(rows('The so-called "peaceful protests" turned violent, the correspondent reported.')).toEqual([
      ['reported', 'The so-called "peaceful protests" turned violent', 'the correspondent'],
      ['distanced', 'so-called "peaceful protests"'],
      ['distanced', '"peaceful protests"'],
    ]);
  });
});
