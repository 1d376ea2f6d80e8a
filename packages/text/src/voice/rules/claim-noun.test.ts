import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

// rules/claim-noun.ts: a speech noun with its holder and a Konjunktiv clause in commas (review2 F4a)
describe('rule 4a, a speech noun with its holder and a Konjunktiv clause (claim-noun.ts)', () => {
  it('look-alikes first: no Konjunktiv, a relative clause in the indicative, no holder', () => {
    expect(rows('Tokajews Forderung, die Truppen abzuziehen, blieb ungehört.')).toEqual([]);
    expect(rows('Tokajews Rede, die im Fernsehen lief, dauerte eine Stunde.')).toEqual([]);
    // no holder: the Konjunktiv I rule reads it, with no speaker (as before)
    expect(voiceOf('Die Behauptung, die Erde sei eine Scheibe, ist alt.', 'Scheibe')).toEqual({ voice: 'reported', speaker: 'anonymous' });
  });

  it('the clause is the holder\'s claim: a name in -s, a genitive after the noun, a possessive', () => {
    const t = 'Tokajews Behauptung, im Ausland ausgebildete Banden hätten Almaty angegriffen, ist nicht belegt.';
    expect(voiceOf(t, 'Banden')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    expect(voiceOf(t, 'belegt')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Die Darstellung der Regierung, die Demonstranten seien bewaffnet gewesen, ist widerlegt.', 'Demonstranten')).toEqual({ voice: 'reported', speaker: 'der Regierung' });
    expect(voiceOf('Tokajew sprach am Abend. Er wiederholte seine Behauptung, die Unruhen seien vom Ausland gesteuert worden.', 'Unruhen')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
  });
});
