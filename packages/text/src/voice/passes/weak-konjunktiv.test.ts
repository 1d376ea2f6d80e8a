import { describe, expect, it } from 'vitest';
import { voiceOf } from '../__fixtures__/spans.js';

// weak-konjunktiv.ts: Konjunktiv I in -e ("nutze", "zahle"), read only after a speaker (review F2).
describe('pass helper: Konjunktiv I in -e after reported speech (weak-konjunktiv.ts)', () => {
  it('continues the speaker of the sentence before', () => {
    const t = 'Die Gewerkschaft erklärte, die Verhandlungen seien gescheitert. Der Vorstand verdiene daran gut und zahle den Pflegekräften zu wenig.';
    expect(voiceOf(t, 'Pflegekräften')).toEqual({ voice: 'reported', speaker: 'Die Gewerkschaft' });
    const t2 = 'Der Oppositionsführer sagte dem Sender, die Wahl sei manipuliert worden. Die Regierung klammere sich an die Macht.';
    expect(voiceOf(t2, 'klammere')).toEqual({ voice: 'reported', speaker: 'Der Oppositionsführer' });
  });

  it('a stem in -t ("fürchte", "arbeite") is not read: it looks like a past tense in -te (a known limit)', () => {
    expect(voiceOf('Der Oppositionsführer sagte, die Wahl sei manipuliert worden. Die Regierung fürchte den Machtverlust.', 'Machtverlust')).toEqual({ voice: 'authorial' });
  });

  it('look-alikes: first person, an adverb in -e, a past tense in -de, no speaker before', () => {
    expect(voiceOf('Der Minister sagte, die Lage sei ernst. Morgen fahre ich nach Kiew.', 'Kiew')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Der Trainer sagte, die Mannschaft sei bereit. Die Spieler singen gerne.', 'Spieler')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Der Bürgermeister sagte, alles sei bereit. Die Brücke wurde gesperrt.', 'Brücke')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Das Wetter war schön. Die Stadt nutze den Sommer.', 'Sommer')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Die Sprecherin sagte, der Saal sei voll. Lennons zänkische Witwe kam nicht.', 'Witwe')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Der Minister sagte, das Ziel sei klar. Wie können 15 Millionen neue, sichere Stellen entstehen?', 'Stellen')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Der Minister sagte, das Ziel sei klar. Western media continue to describe the protests.', 'protests')).toEqual({ voice: 'authorial' });
    expect(voiceOf('Der Minister sagte, das Ziel sei klar. Der Mann ist im Laufe seiner Karriere oft gescheitert.', 'Karriere')).toEqual({ voice: 'authorial' });
  });
});
