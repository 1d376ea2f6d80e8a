import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

// colon-holder.ts: "Für X steht fest: … Konjunktiv" is X's view (review F2).
describe('pass: a holder\'s colon before a Konjunktiv (colon-holder.ts)', () => {
  it('the clause after the colon is the holder\'s', () => {
    expect(voiceOf('Für die Gewerkschaft steht fest: Der Konzern plane den Abbau seit Monaten.', 'Abbau')).toEqual({ voice: 'reported', speaker: 'die Gewerkschaft' });
    expect(voiceOf('Für die Ermittler ist klar: Der Täter habe allein gehandelt.', 'Täter')).toEqual({ voice: 'reported', speaker: 'die Ermittler' });
    expect(voiceOf('Aus Sicht der Verteidigung steht fest: Die Beweise seien manipuliert.', 'Beweise')).toEqual({ voice: 'reported', speaker: 'der Verteidigung' });
  });

  it('look-alikes: no holder, an indicative after the colon, no predicate of certainty', () => {
    expect(rows('Fest steht: Die Schule muss saniert werden.')).toEqual([]);
    expect(rows('Für die Kinder steht fest: Die Ferien beginnen am Montag.')).toEqual([]);
    expect(voiceOf('Für die Kinder gibt es Neues: Der Zoo öffne am Montag.', 'Zoo').speaker).not.toBe('die Kinder');
  });
});
