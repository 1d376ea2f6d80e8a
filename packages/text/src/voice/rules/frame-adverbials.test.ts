import { describe, expect, it } from 'vitest';
import { voiceOf } from '../__fixtures__/spans.js';

// frame-adverbials.ts: time and place between an inverted verb of saying and its speaker (review F1a).
describe('rule 1: adverbials between an inverted verb of saying and its speaker (frame-adverbials.ts)', () => {
  it('skips the time and place of the statement', () => {
    expect(voiceOf('„Wir sind besorgt“, sagte am Freitag in Berlin eine Sprecherin.', 'besorgt')).toEqual({ voice: 'quoted', speaker: 'eine Sprecherin' });
    expect(voiceOf('Die Lage sei ernst, erklärte gestern der Minister.', 'Lage')).toEqual({ voice: 'reported', speaker: 'der Minister' });
    expect(voiceOf('„Das ist Unsinn“, sagte vor Journalisten in Moskau der Kremlsprecher.', 'Unsinn')).toEqual({ voice: 'quoted', speaker: 'der Kremlsprecher' });
    expect(voiceOf('Man sei zu Gesprächen bereit, sagte am Rande des Gipfels der Außenminister.', 'Gesprächen')).toEqual({ voice: 'reported', speaker: 'der Außenminister' });
    expect(voiceOf('Die Straßen seien gesperrt, teilte am Sonntagabend die Polizei mit.', 'Straßen')).toEqual({ voice: 'reported', speaker: 'die Polizei' });
  });

  it('look-alikes: the speaker right after the verb, "hieß es", a pronoun', () => {
    expect(voiceOf('Die Lage sei ernst, sagte der Minister am Freitag.', 'Lage')).toEqual({ voice: 'reported', speaker: 'der Minister' });
    expect(voiceOf('Die Lage sei ernst, hieß es am Abend.', 'Lage')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    expect(voiceOf('Der Bürgermeister trat vor die Presse. Die Lage sei ernst, sagte er am Abend.', 'Lage')).toEqual({ voice: 'reported', speaker: 'Der Bürgermeister' });
  });
});
