import { describe, expect, it } from 'vitest';
import { voiceOf } from '../__fixtures__/spans.js';

// heisst-es-source.ts: "hieß es im Ministerium" names its source (review F1e).
describe('rule: "hieß es" with a named source (heisst-es-source.ts)', () => {
  it('the source after or before "hieß es" is the speaker', () => {
    expect(voiceOf('Die Gespräche seien festgefahren, hieß es im Verteidigungsministerium.', 'festgefahren')).toEqual({ voice: 'reported', speaker: 'Verteidigungsministerium' });
    expect(voiceOf('Man arbeite an einer Lösung, hieß es aus Regierungskreisen.', 'Lösung')).toEqual({ voice: 'reported', speaker: 'Regierungskreisen' });
    expect(voiceOf('Aus dem Rathaus hieß es, die Planung sei abgeschlossen.', 'Planung')).toEqual({ voice: 'reported', speaker: 'dem Rathaus' });
    expect(voiceOf('Auf der Website des Vereins heißt es, das Turnier finde statt.', 'Turnier')).toEqual({ voice: 'reported', speaker: 'der Website des Vereins' });
  });

  it('look-alikes: no source, a time, a document', () => {
    expect(voiceOf('Zwar hieß es, die Soldaten sollten bald abziehen.', 'Soldaten')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    expect(voiceOf('Am Abend hieß es, die Brücke sei gesperrt.', 'Brücke')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    expect(voiceOf('Die Brücke sei gesperrt, hieß es am Abend.', 'Brücke')).toEqual({ voice: 'reported', speaker: 'anonymous' });
    expect(voiceOf('Die Lage sei ernst, hieß es in einer Mitteilung.', 'Lage')).toEqual({ voice: 'reported', speaker: 'anonymous' });
  });
});
