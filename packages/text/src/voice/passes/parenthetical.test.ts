import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('pass: parenthetical attribution inside the claim (parenthetical.ts)', () => {
  it('", so der Sprecher,", ", wie X meldete,", ", erzählt der Bericht," and "wie ich hörte" attribute the whole sentence', () => {
    expect(voiceOf('Die Proteste seien, so der Sprecher, friedlich verlaufen.', 'friedlich')).toEqual({ voice: 'reported', speaker: 'der Sprecher' });
    expect(voiceOf('Die Explosion ereignete sich, wie die Agentur Interfax meldete, in einem Lagerhaus.', 'Lagerhaus')).toEqual({ voice: 'reported', speaker: 'die Agentur Interfax' });
    expect(voiceOf('Die Lieferungen, erzählt der Bericht, wurden im März gestoppt.', 'Lieferungen')).toEqual({ voice: 'reported', speaker: 'der Bericht' });
    expect(voiceOf('Im Staate ist es, wie ich hörte, die einzige Partei.', 'Partei')).toEqual({ voice: 'reported' });
  });

  it('look-alikes: "wie gesagt", "wie geplant", an interrupted quotation, a frame naming whom it was said to', () => {
    expect(rows('Die Lage ist, wie gesagt, ernst.')).toEqual([]);
    expect(rows('Das Treffen fand, wie geplant, am Montag statt.')).toEqual([]);
    expect(rows('„Die Friedenstruppe wird abziehen“, sagte Tokajew, „sobald die Banden besiegt sind.“').map((r) => r[0])).toEqual(['quoted', 'quoted']);
    expect(voiceOf('Kalaschnikow, sagte der Agentur Interfax, Russland sei zur Hilfe verpflichtet.', 'Russland').speaker).not.toBe('der Agentur Interfax');
  });
});
