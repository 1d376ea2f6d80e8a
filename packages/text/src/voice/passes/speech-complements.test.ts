import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('pass: dass/ob and infinitive complements of verbs and nouns of saying (speech-complements.ts)', () => {
  it('particle verbs and nouns of saying with an indicative dass clause', () => {
    expect(rows('Der Minister hob dabei hervor, dass die Wahlen frei waren.')).toEqual([['reported', 'dass die Wahlen frei waren', 'Der Minister']]);
    expect(voiceOf('Die Ärzte machen darauf aufmerksam, dass viele Patienten zu spät kommen.', 'Patienten')).toEqual({ voice: 'reported', speaker: 'Die Ärzte' });
    expect(voiceOf('Der Ermittler hat die Vermutung ausgesprochen, dass die Täter aus dem Ausland kamen.', 'Täter')).toEqual({ voice: 'reported', speaker: 'Der Ermittler' });
    expect(voiceOf('Im Bericht steht zu lesen, dass die Armee eingegriffen hat.', 'Armee').voice).toBe('reported');
    expect(voiceOf('Die Journalisten fragten, ob die Regierung zurücktritt.', 'Regierung')).toEqual({ voice: 'reported', speaker: 'Die Journalisten' });
  });

  it('infinitive complements, and the speaker of a Konjunktiv clause after "gab an"', () => {
    expect(rows('Die Regierung forderte die Bürger auf, zu Hause zu bleiben.')).toEqual([['reported', 'zu Hause zu bleiben', 'Die Regierung']]);
    expect(voiceOf('Der Stadtrat beschloss, das Hallenbad zu schließen.', 'Hallenbad')).toEqual({ voice: 'reported', speaker: 'Der Stadtrat' });
    expect(voiceOf('Die Opposition wirft der Regierung vor, die Wahl gefälscht zu haben.', 'Wahl')).toEqual({ voice: 'reported', speaker: 'Die Opposition' });
    expect(voiceOf('Ein Sprecher der Feuerwehr gab an, das Feuer sei nachts ausgebrochen.', 'nachts')).toEqual({ voice: 'reported', speaker: 'Ein Sprecher der Feuerwehr' });
  });

  it('look-alikes: dass after no verb of saying, infinitives after other verbs, "gab den Ton an"', () => {
    expect(rows('Die Tatsache, dass die Wahlen frei waren, überrascht niemanden.')).toEqual([]);
    expect(rows('Es regnete so stark, dass die Straßen überflutet wurden.')).toEqual([]);
    expect(rows('Die Polizei versuchte, die Menge zu zerstreuen.')).toEqual([]);
    expect(rows('Die Arbeiter begannen, die Trümmer wegzuräumen.')).toEqual([]);
    expect(rows('Der Vorstand gab den Ton an.')).toEqual([]);
    expect(rows('So erklärt es sich, dass die Preise so schnell gestiegen sind.')).toEqual([]);
  });
});
