import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 5, "…, saying (that) …" (saying.ts)', () => {
  it('the rest of the sentence is the subject\'s speech', () => {
    expect(rows('The president fired the cabinet, saying it had failed to control prices.')).toEqual([['reported', 'it had failed to control prices', 'The president']]);
    expect(rows('The ministry closed the border, adding that it would reopen soon.')).toEqual([['reported', 'that it would reopen soon', 'The ministry']]);
  });

  it('look-alike: "saying" as a noun', () => {
    expect(rows('As the saying goes, all politics is local.')).toEqual([]);
  });
});
