import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

// speech-subject.ts: a time expression after a verb of saying is never its speaker (review F1a).
describe('pass helper: the subject of a verb of saying (speech-subject.ts)', () => {
  it('the subject before the verb, with a place attached; never the time after the verb', () => {
    const t = 'Das Innenministerium in Astana meldete am Samstag eine Beruhigung der Lage. In Almaty seien keine Schüsse mehr gefallen.';
    expect(voiceOf(t, 'Schüsse')).toEqual({ voice: 'reported', speaker: 'Das Innenministerium in Astana' });
    const wire = 'Die Bahn bestätigte am Dienstagabend in Frankfurt den Ausfall. Mehrere Stellwerke seien gestört.';
    expect(voiceOf(wire, 'Stellwerke')).toEqual({ voice: 'reported', speaker: 'Die Bahn' });
    const month = 'Die Notenbank meldete Ende Mai einen Rückgang der Inflation. Die Preise seien zuletzt langsamer gestiegen.';
    expect(voiceOf(month, 'Preise')).toEqual({ voice: 'reported', speaker: 'Die Notenbank' });
  });

  it('an inverted subject after a time expression ("Gestern meldete die Polizei")', () => {
    const t = 'Am Montagabend meldete die Feuerwehr einen Großbrand. Drei Menschen seien verletzt worden.';
    expect(voiceOf(t, 'Menschen')).toEqual({ voice: 'reported', speaker: 'die Feuerwehr' });
  });

  it('look-alikes: no subject at all ("Am Samstag meldete sich niemand") gives no time word as speaker', () => {
    const t = 'Am Samstag meldete sich niemand. Die Lage sei ruhig.';
    expect(rows(t).every((r) => r[2] !== 'Samstag' && r[2] !== 'sich')).toBe(true);
    const t2 = 'Gestern sagte der Trainer wenig. Die Mannschaft sei müde.';
    expect(voiceOf(t2, 'Mannschaft')).toEqual({ voice: 'reported', speaker: 'der Trainer' });
  });

  it('a liveblog time stamp before a dash is skipped (review2 F2a)', () => {
    const t = '17.30 Uhr – Kremlsprecher Dmitri Peskow hat den Einsatz verteidigt. Es handle sich um eine Friedensmission.';
    expect(voiceOf(t, 'Friedensmission')).toEqual({ voice: 'reported', speaker: 'Kremlsprecher Dmitri Peskow' });
  });
});
