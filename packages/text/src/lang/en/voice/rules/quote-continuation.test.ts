import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 7, a quotation alone continues the speaker before (quote-continuation.ts)', () => {
  it('in the same paragraph and in the next one', () => {
    expect(rows('"We did not expect this," the minister said. "Nobody did."')).toEqual([
      ['quoted', '"We did not expect this,"', 'the minister'], ['quoted', '"Nobody did."', 'the minister'],
    ]);
    expect(rows('The mayor said the city would rebuild.\n\n"It will take a year, maybe two."')).toEqual([
      ['reported', 'the city would rebuild', 'The mayor'], ['quoted', '"It will take a year, maybe two."', 'The mayor'],
    ]);
  });

  it('look-alike: after a sentence without speech the quotation has no speaker', () => {
    expect(rows('The army withdrew on Sunday. "Order is restored, and the city is calm."')).toEqual([['quoted', '"Order is restored, and the city is calm."']]);
  });
});
