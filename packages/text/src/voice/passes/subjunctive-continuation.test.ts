import { describe, expect, it } from 'vitest';
import { voiceOf } from '../__fixtures__/spans.js';

describe('pass: Konjunktiv continuation across sentences and paragraphs (subjunctive-continuation.ts)', () => {
  it('continues the speaker into the next paragraph, until an indicative sentence', () => {
    const t = 'Präsident Tokajew erklärte am Freitag, die Regierung habe die Ordnung wiederhergestellt.\n\nDie Lage im Land normalisiere sich allmählich. Die Organisatoren der Ausschreitungen hätten Waffen aus dem Ausland erhalten.\n\nAm Samstag öffneten die ersten Geschäfte wieder.';
    expect(voiceOf(t, 'normalisiere')).toEqual({ voice: 'reported', speaker: 'Präsident Tokajew' });
    expect(voiceOf(t, 'Organisatoren')).toEqual({ voice: 'reported', speaker: 'Präsident Tokajew' });
    expect(voiceOf(t, 'Geschäfte')).toEqual({ voice: 'authorial' });
  });

  it('a whole Konjunktiv sentence, not only its subordinate clause, and a speech act without content names the speaker', () => {
    expect(voiceOf('Putin sagte, Russland werde helfen. Die Truppen würden abgezogen, sobald die Lage stabil sei.', 'Truppen')).toEqual({ voice: 'reported', speaker: 'Putin' });
    expect(voiceOf('Die Gewerkschaft will streiken. Die Arbeitgeber wiesen das zurück. Die Forderungen seien überzogen.', 'Forderungen')).toEqual({ voice: 'reported', speaker: 'Die Arbeitgeber' });
  });

  it('look-alikes: an indicative sentence ends the attribution; a later Konjunktiv names no one', () => {
    const t = 'Der Minister sagte, die Reform sei beschlossen. Am Nachmittag trat er vor die Presse.\n\nDie Lage sei ernst.';
    expect(voiceOf(t, 'Presse')).toEqual({ voice: 'authorial' });
    expect(voiceOf(t, 'Lage')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    // a past tense in -te before "sich" is no Konjunktiv ("äußerte sich")
    expect(voiceOf('Putin sagte, Russland werde helfen. Der Dienst der EU äußerte sich besorgt über die Unruhen.', 'Unruhen')).toEqual({ voice: 'authorial' });
  });

  // review2 F4c, F4d
  it('look-alikes first: a sentence-initial "Habe …" without "ich" and an indicative after a defending verb stay authorial', () => {
    expect(voiceOf('Tokajew sagte, die Lage sei ruhig. Habe heute Brot gekauft.', 'Brot')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Die Armee verteidigte die Stadt drei Tage lang. Am Montag fiel sie.', 'Montag')).toEqual({ voice: 'authorial' });
  });

  it('a Konjunktiv continues after a clause opening the sentence ("Wer …, werde …", "Jeder, der …, werde …")', () => {
    for (const t of ['Tokajew sagte, die Lage sei ruhig. Wer sich nicht ergebe, werde liquidiert.', '«Die Banditen werden vernichtet», sagte Tokajew. Wer sich nicht ergebe, werde liquidiert.', 'Tokajew sagte, die Lage sei ruhig. Jeder, der sich nicht ergebe, werde liquidiert.']) {
      expect(voiceOf(t, 'liquidiert'), t).toEqual({ voice: 'reported', speaker: 'Tokajew' });
      expect(voiceOf(t, 'ergebe'), t).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    }
  });

  it('a defending or confirming verb before a Konjunktiv sentence names its speaker', () => {
    expect(voiceOf('Kremlsprecher Dmitri Peskow hat den Einsatz verteidigt. Es handle sich um eine Friedensmission.', 'Friedensmission')).toEqual({ voice: 'reported', speaker: 'Kremlsprecher Dmitri Peskow' });
  });
});
