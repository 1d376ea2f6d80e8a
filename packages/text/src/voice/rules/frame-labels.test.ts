import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('rule 1, labels without quotation marks (frame-labels.ts)', () => {
  it('a label given by nennen/bezeichnen without quotation marks is the speaker\'s word (reported, speaker = subject)', () => {
    expect(rows('Das Regime nennt sie Terroristen.')).toEqual([['reported', 'Terroristen', 'Das Regime']]);
    expect(rows('Die Regierung bezeichnete die Demonstranten als Terroristen.')).toEqual([['reported', 'Terroristen', 'Die Regierung']]);
    const t = 'Was die Regierung eine Antiterroroperation nennt, ist in Wahrheit ein Blutbad.';
    expect(voiceOf(t, 'Antiterroroperation')).toEqual({ voice: 'reported', speaker: 'die Regierung' });
    expect(voiceOf(t, 'Blutbad')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Tokajew nannte die Proteste einen Putschversuch.', 'Putschversuch')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    expect(voiceOf('Tokajew nannte die Proteste einen Putschversuch.', 'Proteste')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Die Regierung hat sie Terroristen genannt.', 'Terroristen')).toEqual({ voice: 'reported', speaker: 'Die Regierung' });
    expect(voiceOf('Tokajew, der die Demonstranten als Banditen bezeichnete, gab den Schießbefehl.', 'Banditen')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
    // a passive names nobody in particular
    expect(voiceOf('Die Demonstranten werden als Terroristen bezeichnet.', 'Terroristen')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    // with quotation marks, the quotation is the label (unchanged)
    expect(rows('Der Kreml bezeichnete die Proteste als "Akt äußerer Aggression".')).toEqual([['quoted', '"Akt äußerer Aggression"', 'Der Kreml']]);
    // negative: "bezeichnen" meaning "denote", a passive name, rufen/fordern
    expect(rows('Der Begriff bezeichnet eine Region im Süden.')).toEqual([]);
    expect(rows('Die Stadt, die früher Alma-Ata genannt wurde, ist groß.')).toEqual([]);
    expect(rows('Die Menge rief nach Freiheit.')).toEqual([]);
    // a passive of "nennen" without "als" (Augsburger Allgemeine): not the noun phrase before the verb
    expect(rows('So wird eigentlich die Zeit der Wirren im Russland des 16. Jahrhunderts genannt.')).toEqual([]);
    // "berichten" without "von" is an ordinary speech verb
    expect(rows('Die Medien berichten, die Lage sei ruhig.')).toEqual([['reported', 'die Lage sei ruhig', 'Die Medien']]);
  });
});
