import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 4b, a claim noun with a possessive holder (claim-noun.ts, review2 F4a)', () => {
  it('look-alikes first: "claims of" + a noun phrase (held-out gold ho-37), no holder, "claim to", no content', () => {
    expect(rows("The government's claims of a foreign plot remain unproven.")).toEqual([]);
    expect(rows('The claim of responsibility came hours later.')).toEqual([]);
    expect(rows("Tokayev's claim to the presidency is not disputed.")).toEqual([]);
    expect(rows("Tokayev's claims were repeated on state television.")).toEqual([]);
  });

  it('"X\'s claim that …" as the subject: the clause up to the main verb is X\'s', () => {
    expect(rows("Tokayev's claim that foreign-trained bandits attacked Almaty has never been backed.")).toEqual([['reported', 'that foreign-trained bandits attacked Almaty', 'Tokayev']]);
    expect(rows("The Kremlin's allegation that the West organised the unrest was repeated on state TV.")).toEqual([['reported', 'that the West organised the unrest', 'The Kremlin']]);
  });

  it('in object position the complement runs to the end of the claim', () => {
    expect(rows("State media repeated Tokayev's claim that bandits had attacked Almaty.")).toEqual([['reported', 'that bandits had attacked Almaty', 'Tokayev']]);
  });
});
