import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('rule 2, attribution phrases and "demnach" (attribution.ts)', () => {
  it('attribution phrases: laut, nach Angaben, nach Polizeiangaben, zufolge', () => {
    expect(rows('Laut Polizei wurden 20 Menschen festgenommen.')).toEqual([['reported', 'Laut Polizei wurden 20 Menschen festgenommen', 'Polizei']]);
    expect(voiceOf('Dort landete nach Angaben mehrerer Telegram-Kanäle bereits die erste Maschine mit russischen Fallschirmjägern.', 'Fallschirmjägern')).toEqual({
      voice: 'reported',
      speaker: 'mehrerer Telegram-Kanäle',
    });
    expect(voiceOf('Gegen Abend (Ortszeit) wurden nach Polizeiangaben etwa 2.000 Personen festgenommen.', 'festgenommen')).toEqual({ voice: 'reported', speaker: 'Polizei' });
    expect(voiceOf('Unbestätigten Meldungen zufolge soll es sich um eine Vorhut von zunächst etwa 300 Soldaten handeln.', 'Vorhut')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    expect(voiceOf('Nach Informationen des Spiegels plant die Regierung neue Schulden.', 'Schulden')).toEqual({ voice: 'reported', speaker: 'des Spiegels' });
  });

  it('"nach eigenen Angaben" is the clause subject\'s claim, and the source after "nach Angaben" must be a genitive or "von X"', () => {
    const t = 'Die Regierung hat nach eigenen Angaben die Ordnung wiederhergestellt. Die Festnahmen seien rechtmäßig gewesen.';
    expect(voiceOf(t, 'Ordnung')).toEqual({ voice: 'reported', speaker: 'Die Regierung' });
    // the next Konjunktiv I sentence carries the right speaker
    expect(voiceOf(t, 'Festnahmen')).toEqual({ voice: 'reported', speaker: 'Die Regierung' });
    expect(voiceOf('Nach eigenen Angaben hat die Polizei 300 Menschen festgenommen.', 'Menschen')).toEqual({ voice: 'reported', speaker: 'die Polizei' });
    expect(voiceOf('Eigenen Angaben zufolge kontrolliert die Armee den Flughafen.', 'Flughafen')).toEqual({ voice: 'reported', speaker: 'die Armee' });
    expect(voiceOf('Das Ministerium hat laut eigenen Angaben keine Toten registriert.', 'Toten')).toEqual({ voice: 'reported', speaker: 'Das Ministerium' });
    expect(voiceOf('Nach Angaben Tokajews sind die Terroristen besiegt.', 'Terroristen')).toEqual({ voice: 'reported', speaker: 'Tokajews' });
    expect(voiceOf('Nach Angaben von Augenzeugen schossen Soldaten in die Menge.', 'Soldaten')).toEqual({ voice: 'reported', speaker: 'Augenzeugen' });
    expect(voiceOf('Die Lage ist nach Angaben des Ministeriums ruhig.', 'Lage')).toEqual({ voice: 'reported', speaker: 'des Ministeriums' });
  });

  it('"Seinen Worten nach": the pronoun resolves to the subject named before', () => {
    const aa2 = 'Tokajew hat die ODKB angerufen. Er begründet den Bündnisfall damit, dass die Unruhen einem terroristischen Angriff von außen gleichkämen. Seinen Worten nach handle es sich um im Ausland ausgebildete Banden.';
    expect(voiceOf(aa2, 'Banden')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
  });

  it('"demnach" attributes its unit to the speaker of the unit before, and only after one', () => {
    const t = 'Die Polizei teilte mit, die Lage sei ruhig. Auch das Mobilfunknetz war demnach tot.';
    expect(rows(t)).toEqual([['reported', 'die Lage sei ruhig', 'Die Polizei'], ['reported', 'Auch das Mobilfunknetz war demnach tot', 'Die Polizei']]);
    expect(rows('Auch das Mobilfunknetz war demnach tot.')).toEqual([]);
  });
});
