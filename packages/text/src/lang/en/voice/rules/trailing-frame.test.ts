import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 11, a frame alone after a quotation ending in "?" (trailing-frame.ts)', () => {
  it('names the speaker of the quotation before it', () => {
    expect(rows('"Where were they when police officers were killed?" Zakharova asked.')).toEqual([
      ['quoted', '"Where were they when police officers were killed?"', 'Zakharova'],
    ]);
  });

  it('look-alike: a frame with a claim of its own', () => {
    expect(rows('"Why?" Officials said the talks would go on.')).toEqual([['quoted', '"Why?"'], ['reported', 'the talks would go on', 'Officials']]);
  });
});
