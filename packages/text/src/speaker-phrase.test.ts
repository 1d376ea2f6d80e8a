// Speakers must be persons, institutions or collectives. The sentences are written like German news
// copy; the phrases are those voice detection takes before a colon or a verb of saying.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { isSpeakerPhrase } from './speaker-phrase.js';

const speakers = (text: string) => analyze(text).spans.filter((s) => s.voice === 'quoted' || s.voice === 'reported').map((s) => s.speaker);

describe('isSpeakerPhrase', () => {
  it('keeps persons, institutions and collectives', () => {
    for (const p of ['Tokajew', 'die Polizei', 'Polizei', 'Der russische Präsident', 'viele Experten', 'Kreml-loyale Beobachter', 'Augenzeugen', 'Lukaschenko', 'OVKS', 'Demonstranten', 'König', 'dem Portal „Vlast“', 'anonymous'])
      expect(isSpeakerPhrase(p), p).toBe(true);
  });

  it('rejects adverbs, subhead nouns and accusative objects', () => {
    for (const p of ['Gemeinsam', 'Erfolge', 'Unruhen', 'einen bekannten Jazzpianisten', 'Einen bekannten Jazzpianisten', 'Möglicherweise', 'Erstmals', 'Hintergrund', 'Offenbar', '14.50 Uhr', '16:05', '9:42 a.m.'])
      expect(isSpeakerPhrase(p), p).toBe(false);
  });
});

describe('isSpeakerPhrase: time expressions (review of 2026-12-07, F1a)', () => {
  it('a weekday, a month or a time of day after a verb of saying is no speaker', () => {
    for (const p of ['Samstag', 'am Samstag', 'Freitagabend', 'Anfang der Woche', 'Ende Mai', 'Montagmorgen', 'Vortag'])
      expect(isSpeakerPhrase(p), p).toBe(false);
  });

  it('look-alikes: phrases that merely contain a time word, or name a person', () => {
    for (const p of ['die Zeitung vom Samstag', 'Der Tagesspiegel', 'Anna Mai', 'die Sprecherin am Montag']) expect(isSpeakerPhrase(p), p).toBe(true);
  });
});

describe('speakers in analysed text', () => {
  it('an adverb before a colon is not the speaker', () => {
    expect(speakers('Gemeinsam erklärten die Oppositionellen in Vilnius: „Wir geben nicht auf.“')).toEqual(['anonymous']);
  });

  it('a subhead before a colon is not the speaker', () => {
    expect(speakers('Unruhen: Regierung spricht von „Terroristen“')).toEqual(['anonymous']);
    expect(speakers('Erfolge: „Die Wirtschaft wächst wieder.“')).toEqual(['anonymous']);
  });

  it('an accusative object is not the speaker', () => {
    expect(speakers('Einen bekannten Jazzpianisten hatten die Behörden als Terroristen bezeichnet: „Er ist gefährlich.“')).toEqual(['anonymous']);
  });

  it('real speakers stay', () => {
    expect(speakers('Nach den Unruhen sagte Lukaschenko: „Wir haben gesiegt.“')).toEqual(['Lukaschenko']);
    expect(speakers('Der russische Präsident sagte, die Lage sei unter Kontrolle.')).toEqual(['Der russische Präsident']);
  });
});
