import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

// depict-as.ts: "als X darstellen" is naming speech (review F2).
describe('pass: depicting something as something (depict-as.ts)', () => {
  it('the label after "als" is the subject\'s, in the perfect and in the verb-second form', () => {
    expect(voiceOf('Die Staatsanwaltschaft hatte den Angeklagten als Drahtzieher dargestellt.', 'Drahtzieher')).toEqual({ voice: 'reported', speaker: 'Die Staatsanwaltschaft' });
    expect(voiceOf('Der Konzern stellte die Entlassungen als notwendige Sanierung dar.', 'Sanierung')).toEqual({ voice: 'reported', speaker: 'Der Konzern' });
    expect(voiceOf('Die Ministerin tat die Kritik als Wahlkampfgetöse ab.', 'Wahlkampfgetöse')).toEqual({ voice: 'reported', speaker: 'Die Ministerin' });
    expect(voiceOf('Das Gericht stufte die Gruppe als kriminelle Vereinigung ein.', 'Vereinigung')).toEqual({ voice: 'reported', speaker: 'Das Gericht' });
  });

  it('a passive has no named speaker', () => {
    expect(voiceOf('Die Streikenden wurden als Saboteure dargestellt.', 'Saboteure')).toEqual({ voice: 'reported', speaker: 'anonymous' });
  });

  it('look-alikes: no "als", another verb, "als" opening the clause', () => {
    expect(rows('Die Grafik stellt die Entwicklung der Mieten dar.')).toEqual([]);
    expect(rows('Er stellte sich als neuer Trainer vor.')).toEqual([]);
    expect(rows('Die Karte stellt das Gebiet dar, als es noch zu Polen gehörte.')).toEqual([]);
  });
});
