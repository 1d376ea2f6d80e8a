import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('pass: a Konjunktiv that reports no speech (non-speech-subjunctive.ts)', () => {
  it('idioms, irrealis comparisons and first person stay authorial', () => {
    for (const t of [
      'Niemand darf das Land verlassen, es sei denn, er hat eine Genehmigung.',
      'Es sieht so aus, als ob die Gespräche gescheitert seien.',
      'Die Partei verhält sich, als sei nichts geschehen.',
      'Wie dem auch sei, die Wahl ist entschieden.',
      'Sei es aus Angst, sei es aus Trotz: Viele gingen nicht wählen.',
      'Gott sei Dank wurde niemand verletzt.',
      'Koste es, was es wolle: Die Mannschaft will den Titel.',
      'Ich habe den Eindruck, die Regierung hat den Ernst der Lage nicht erkannt.',
    ]) expect(rows(t), t).toEqual([]);
  });

  it('look-alikes: a Konjunktiv of someone\'s claim stays reported, with "es sei denn" inside it too', () => {
    expect(voiceOf('Die Lage im Norden sei angespannt.', 'Lage')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    expect(voiceOf('Der Minister sagte, er komme nicht, es sei denn, man lade ihn ein.', 'komme')).toEqual({ voice: 'reported', speaker: 'Der Minister' });
    expect(voiceOf('Der Trainer sagte, man habe verloren. Man müsse sich nun auf das Pokalspiel konzentrieren.', 'Pokalspiel')).toEqual({ voice: 'reported', speaker: 'Der Trainer' });
  });
});
