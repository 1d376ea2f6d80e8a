import { describe, expect, it } from 'vitest';
import { rows } from './__fixtures__/rows.js';

// coordinated.ts: "X dismissed … and said …" (review2 F4, addendum 2)
describe('English: a verb of saying coordinated with the subject\'s earlier verb (coordinated.ts)', () => {
  it('look-alikes first: a second subject before the verb of saying keeps it', () => {
    expect(rows('The troops left the city and residents said they were relieved.')).toEqual([['reported', 'they were relieved', 'residents']]);
  });

  it('the sentence\'s subject says what follows "and said"', () => {
    expect(rows("Russia's foreign ministry dismissed Western criticism and said the alliance would stop a colour revolution in Kazakhstan.")).toEqual([
      ['reported', 'the alliance would stop a colour revolution in Kazakhstan', "Russia's foreign ministry"],
    ]);
    expect(rows('Police arrested dozens of people and said the situation was calm.')).toEqual([['reported', 'the situation was calm', 'Police']]);
  });
});
