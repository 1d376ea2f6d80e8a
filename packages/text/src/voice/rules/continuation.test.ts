import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('rules 6 and 7, continuation (continuation.ts)', () => {
  it('a sentence that is only a quotation continues the speaker before it', () => {
    const t = '„Wir sind bereit“, sagte Scholz. „Aber nicht um jeden Preis.“';
    expect(rows(t)).toEqual([
      ['quoted', '„Wir sind bereit“', 'Scholz'],
      ['quoted', '„Aber nicht um jeden Preis.“', 'Scholz'],
    ]);
  });

  it('"Er machte «…» verantwortlich": a pronoun subject continues the speaker before; a noun subject does not', () => {
    const t = 'Tokajew sagte, die Lage sei ernst. Er machte «in- und ausländische Provokateure» für die Gewalt verantwortlich.';
    expect(voiceOf(t, 'Provokateure')).toEqual({ voice: 'quoted', speaker: 'Tokajew' });
    const noun = 'Tokajew sagte, die Lage sei ernst. Die Polizei machte «in- und ausländische Provokateure» für die Gewalt verantwortlich.';
    expect(voiceOf(noun, 'Provokateure')).toEqual({ voice: 'distanced' });
  });
});
