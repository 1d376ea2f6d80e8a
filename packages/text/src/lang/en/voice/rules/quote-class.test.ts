import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 8, quotations classified (quote-class.ts)', () => {
  it('one to three words nobody is framed as saying are a scare quote, in double or single marks', () => {
    expect(rows('The region\'s "managed democracy" has survived.')).toEqual([['distanced', '"managed democracy"']]);
    expect(rows('The \'peacekeepers\' left.')).toEqual([['distanced', '\'peacekeepers\'']]);
  });

  it('titles and names in quotation marks are names, not scare quotes', () => {
    expect(rows('The newspaper "Pravda" printed the decree.')).toEqual([['name', '"Pravda"']]);
    expect(rows('The documentary "Winter on Fire" was shown.')).toEqual([['name', '"Winter on Fire"']]);
  });

  it('apostrophes are no quotation marks; a long single-quoted quotation is one', () => {
    expect(rows('In the \'90s, rock \'n\' roll came to Russia\'s clubs.')).toEqual([]);
    expect(rows('\'We will not be intimidated by anyone,\' Mr Johnson said.')).toEqual([['quoted', '\'We will not be intimidated by anyone,\'', 'Mr Johnson']]);
  });

  it('a scare quote nested in a quotation', () => {
    expect(rows('"They called it a \'peace mission\', but it was an occupation," Ahmetov said.')).toEqual([
      ['quoted', '"They called it a \'peace mission\', but it was an occupation,"', 'Ahmetov'], ['distanced', '\'peace mission\''],
    ]);
  });
});
