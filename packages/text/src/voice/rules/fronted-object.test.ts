import { describe, expect, it } from 'vitest';
import { voiceOf } from '../__fixtures__/spans.js';

// rules/fronted-object.ts: a fronted object before a colon frame is not the speaker (review2 F2b)
describe('rule: the subject of a colon frame whose first phrase is a fronted object (fronted-object.ts)', () => {
  it('look-alikes first: an ambiguous phrase after the verb, no nominative, a feminine dative keep the first phrase', () => {
    expect(voiceOf('Die Opposition sieht die Lage kritisch: Sie sei ausweglos.', 'ausweglos')).toEqual({ voice: 'reported', speaker: 'Die Opposition' });
    expect(voiceOf('Die Regierung sieht sie als Gefahr: Sie seien bewaffnet.', 'bewaffnet')).toEqual({ voice: 'reported', speaker: 'Die Regierung' });
    expect(voiceOf('Noch am Dienstag waren sich viele Experten einig: Die Lage in Almaty sei unter Kontrolle.', 'Kontrolle')).toEqual({ voice: 'reported', speaker: 'viele Experten' });
    expect(voiceOf('Der Minister sieht der Entscheidung gelassen entgegen: Sie sei längst gefallen.', 'gefallen')).toEqual({ voice: 'reported', speaker: 'Der Minister' });
  });

  it('"er", "ich", "wir" or "der" with a masculine noun after the verb is the subject; a pronoun is the person named before', () => {
    const t = 'Der Politologe Dossym Satpajew hält den Schießbefehl für ein Verbrechen. Die sogenannte Friedenstruppe der OVKS, die am Freitag eingetroffen ist, sieht er kritisch: Sie diene vor allem dem Machterhalt des Präsidenten.';
    expect(voiceOf(t, 'Machterhalt')).toEqual({ voice: 'reported', speaker: 'Der Politologe Dossym Satpajew' });
    expect(voiceOf('Die Friedenstruppe der OVKS sieht der Politologe kritisch: Sie diene vor allem dem Machterhalt.', 'Machterhalt')).toEqual({ voice: 'reported', speaker: 'der Politologe' });
  });
});
