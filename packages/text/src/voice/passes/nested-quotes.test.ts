import { describe, expect, it } from 'vitest';
import { voiceOf } from '../__fixtures__/spans.js';

// nested-quotes.ts: a quotation inside a quotation is the quoted speaker's wording (review F2).
describe('pass: nested quotations (nested-quotes.ts)', () => {
  it('takes the voice and speaker of the quotation around it', () => {
    const t = 'Ein Sprecher der Polizei sagte: «Wir haben es mit ‹Krawalltouristen› zu tun, nicht mit Fans.»';
    expect(voiceOf(t, 'Krawalltouristen')).toEqual({ voice: 'quoted', speaker: 'Ein Sprecher der Polizei' });
    const t2 = '„Die Regierung nennt uns ›Chaoten‹, dabei kämpfen wir für das Klima“, sagte die Aktivistin.';
    expect(voiceOf(t2, 'Chaoten')).toEqual({ voice: 'quoted', speaker: 'die Aktivistin' });
  });

  it('look-alikes: a scare quote outside a quotation; a distancing word inside one', () => {
    expect(voiceOf('Die ‚Friedenstruppe‘ landete am Morgen.', 'Friedenstruppe')).toEqual({ voice: 'distanced' });
    expect(voiceOf('Er sagte: „Die sogenannte Reform ist gescheitert, das sieht jeder.“', 'Reform').voice).toBe('distanced');
  });
});
