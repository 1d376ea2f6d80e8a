import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

// Errors a reader found by hand on the seed report (2026-12-07), each as a rule for news in
// general: opinion-holders.ts, hearsay-sollen.ts, role-nouns.ts, quoted-headings.ts, and the frame
// of speech-complements.ts beating a speaker carried from before. Sentences written for the tests.
describe('passes: the reader check of the seed report', () => {
  it('an opinion holder\'s view ("X sehen in Y ein Z", "X sprechen von", "X werten … als") is reported, the subject speaking (opinion-holders.ts)', () => {
    expect(voiceOf('Westliche Beobachter sehen in dem Manöver eine Drohung.', 'Drohung')).toEqual({ voice: 'reported', speaker: 'Westliche Beobachter' });
    expect(rows('Regierungskritiker sprechen von einem Wahlbetrug.')).toEqual([['reported', 'von einem Wahlbetrug', 'Regierungskritiker']]);
    expect(voiceOf('Viele Analysten werten den Rücktritt als Eingeständnis der Niederlage.', 'Eingeständnis')).toEqual({ voice: 'reported', speaker: 'Viele Analysten' });
    expect(voiceOf('In dem Abkommen sehen Experten einen Durchbruch.', 'Durchbruch')).toEqual({ voice: 'reported', speaker: 'Experten' });
    expect(voiceOf('Der Politologe Karl Brandt sieht darin einen Wendepunkt.', 'Wendepunkt')).toEqual({ voice: 'reported', speaker: 'Der Politologe Karl Brandt' });
    // look-alikes: no opinion holder, no "in", no verb of a view
    expect(rows('Die Soldaten sehen in der Ferne ein Feuer.')).toEqual([]);
    expect(rows('Beobachter sahen am Abend ein Feuer.')).toEqual([]);
    expect(rows('Die Beobachter der OSZE reisten am Montag ab.')).toEqual([]);
  });

  it('hearsay "sollen" with a plain infinitive of having or holding, or with a word of habit, is reported with no speaker (hearsay-sollen.ts)', () => {
    expect(voiceOf('Zudem sollen die Neffen des Ministers jährlich Millionen an Provisionen kassieren.', 'Provisionen')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    expect(voiceOf('Russische Spezialkräfte sollen den Hafen kontrollieren.', 'Hafen')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    expect(voiceOf('Der Bürgermeister soll mehrere Wohnungen in Spanien besitzen.', 'Wohnungen')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    // with a perfect infinitive the per-unit rules read it already
    expect(voiceOf('Die Beamten sollen Bestechungsgelder kassiert haben.', 'Bestechungsgelder').voice).toBe('reported');
    // look-alikes: obligation, plan, question
    expect(rows('Die Truppen sollen bis Freitag abziehen.')).toEqual([]);
    expect(rows('Die Gemeinde soll 200 Wohnungen bauen.')).toEqual([]);
    expect(rows('Was soll das?')).toEqual([]);
    expect(rows('Der Plan sieht vor, dass die Firmen künftig mehr Steuern zahlen sollen.')).toEqual([]);
  });

  it('a definite role noun speaker ("der Politologe") is the person named earlier with that role (role-nouns.ts)', () => {
    const text = '„Die Wahl ist entschieden“, sagt der Politologe Karl Brandt. Am Abend feierte die Partei. „Das ist ein Erdrutsch“, sagt der Politologe.';
    expect(voiceOf(text, 'Erdrutsch')).toEqual({ voice: 'quoted', speaker: 'der Politologe Karl Brandt' });
    // the role introduced in an authorial sentence counts too
    expect(voiceOf('Der Historiker Jan Novak war dabei. „Es war ein Aufstand“, sagt der Historiker.', 'Aufstand')).toEqual({ voice: 'quoted', speaker: 'Historiker Jan Novak' });
    // look-alikes: nobody named with the role before; an institution
    expect(voiceOf('„Das ist ein Erdrutsch“, sagt der Politologe.', 'Erdrutsch')).toEqual({ voice: 'quoted', speaker: 'der Politologe' });
    expect(voiceOf('Die Regierung Meier trat zurück. „Wir bleiben im Amt“, sagte die Regierung.', 'Amt')).toEqual({ voice: 'quoted', speaker: 'die Regierung' });
  });

  it('a heading that repeats words quoted in the body quotes that speaker (quoted-headings.ts)', () => {
    const text = 'Eine „Hungerrevolte“\n\n„Das ist eine Hungerrevolte, keine Verschwörung“, sagt die Soziologin Maria Hahn.';
    expect(rows(text)[0]).toEqual(['quoted', '„Hungerrevolte“', 'die Soziologin Maria Hahn']);
    // look-alikes: a heading quote nobody speaks below; a scare quote in a sentence of the body
    expect(rows('Die „Spezialoperation“\n\nDie Armee rückte am Morgen vor.')[0]).toEqual(['distanced', '„Spezialoperation“']);
    expect(voiceOf('Die „Friedenstruppe“ landete am Morgen.\n\n„Die Friedenstruppe schützt nur Gebäude“, sagte der Minister.', 'Friedenstruppe').voice).toBe('distanced');
  });

  it('an indefinite or plural subject of a frame is its own speaker, never the person named before (speech-complements.ts)', () => {
    const text = 'Tokajew sagte, die Lage sei stabil. Ein Sprecher hob hervor, die Truppen seien abgezogen. Augenzeugen gaben an, die Polizei habe geschossen.';
    expect(voiceOf(text, 'Truppen')).toEqual({ voice: 'reported', speaker: 'Ein Sprecher' });
    expect(voiceOf(text, 'Polizei')).toEqual({ voice: 'reported', speaker: 'Augenzeugen' });
    // look-alike: a Konjunktiv with no frame of its own continues the speaker before
    expect(voiceOf('Tokajew sagte, die Lage sei stabil. Die Truppen seien abgezogen.', 'Truppen')).toEqual({ voice: 'reported', speaker: 'Tokajew' });
  });
});
