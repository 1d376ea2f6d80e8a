import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('pass: unmarked block quotations and interview labels (block-quotes.ts)', () => {
  it('after a speaker, a verb of saying and a colon, quoted to the paragraph end', () => {
    const t = 'Putin sagte: Die Lage ist unter Kontrolle. Wir werden niemanden im Stich lassen.\n\nAm Abend landeten die ersten Flugzeuge.';
    expect(rows(t)).toEqual([['quoted', 'Die Lage ist unter Kontrolle. Wir werden niemanden im Stich lassen', 'Putin']]);
    expect(voiceOf('Die „Times“ schreibt: Die Regierung hat jede Glaubwürdigkeit verloren.', 'Glaubwürdigkeit')).toEqual({ voice: 'quoted', speaker: 'Die „Times“' });
  });

  it('a following paragraph continues only when it starts with a dash; a new colon frame starts its own block', () => {
    const t = 'Der Innenminister erklärte: Wir haben die Lage im Griff.\n\n– Die Polizei ist vorbereitet.\n\nDie Opposition widersprach.';
    expect(voiceOf(t, 'Polizei')).toEqual({ voice: 'quoted', speaker: 'Der Innenminister' });
    expect(voiceOf(t, 'Opposition')).toEqual({ voice: 'authorial' });
    const two = 'Der Sprecher der Polizei sagte: Es gab keine Verletzten. Auf die Frage nach Festnahmen antwortete er: Dazu äußern wir uns nicht.';
    expect(voiceOf(two, 'Frage')).toEqual({ voice: 'authorial' });
    expect(voiceOf(two, 'äußern')).toEqual({ voice: 'quoted', speaker: 'Der Sprecher der Polizei' });
  });

  it('interview labels at the start of neighbouring paragraphs', () => {
    const t = 'Präs.: Sie waren also am Bahnhof?\n\nAngekl.: Nein, ich war zu Hause.';
    expect(voiceOf(t, 'Bahnhof')).toEqual({ voice: 'quoted', speaker: 'Präs.' });
    expect(voiceOf(t, 'Hause')).toEqual({ voice: 'quoted', speaker: 'Angekl.' });
  });

  it('look-alikes: a colon without a verb of saying, a list after the colon, a label standing alone', () => {
    expect(rows('Die Bilanz des Tages: drei Tote und zwanzig Verletzte. Der Grund: Die Brücke war marode.')).toEqual([]);
    expect(rows('Eines ist klar: Die Regierung hat die Lage unterschätzt.')).toEqual([]);
    expect(voiceOf('Die Aufständischen diktierten Reportern ihre Forderungen: völliger Wechsel der Staatsmacht.', 'Staatsmacht').voice).not.toBe('quoted');
    expect(rows('Fazit: Die Reform ist gescheitert.')).toEqual([]);
    expect(rows('Wie gesagt: Die Entscheidung fällt erst im Herbst.')).toEqual([]);
  });
});

describe('detached quotation marks (quotes.ts, issue 23)', () => {
  it('an opening mark followed by a space and a closing mark after a space still make a quotation', () => {
    expect(rows('Der Minister sagte: „ Wir bleiben hier. “')).toEqual([['quoted', '„ Wir bleiben hier. “', 'Der Minister']]);
    expect(voiceOf('„ Das ist ein guter Tag “, sagte die Sprecherin.', 'Tag')).toEqual({ voice: 'quoted', speaker: 'die Sprecherin' });
    expect(voiceOf('„ Das ist ein guter Tag “, sagte die Sprecherin.', 'Sprecherin')).toEqual({ voice: 'authorial' });
  });

  it('look-alikes: ditto marks in a table and a stray detached mark open nothing', () => {
    expect(rows('Weizen 12 Euro je Doppelzentner\nRoggen „ „ „\nGerste 10 Euro je Doppelzentner')).toEqual([]);
    expect(rows('Abfahrt 9 Uhr, „ „\nAbfahrt 10 Uhr, „ 4')).toEqual([]);
    expect(rows('Er sagte nur „ und ging.')).toEqual([]);
  });
});
