import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/spans.js';

describe('rule 4, speech nouns (speech-nouns.ts)', () => {
  it('a speech noun with its owner names the speaker of the quotation after it; without an owner it names nobody', () => {
    expect(rows('Tokajews Einstufung der Unruhen als »Terrorakt« stieß auf Kritik.')).toEqual([['quoted', '»Terrorakt«', 'Tokajew']]);
    expect(rows('Tokajew sprach im Fernsehen. Er verteidigte seine anfängliche Einschätzung »Terrorakt«.')).toEqual([['quoted', '»Terrorakt«', 'Tokajew']]);
    expect(rows('Die Einstufung der Unruhen als »Terrorakt« stieß auf Kritik.')).toEqual([['distanced', '»Terrorakt«']]);
  });
});
