import { describe, expect, it } from 'vitest';
import { rows, voiceOf } from '../__fixtures__/spans.js';

describe('rule 5, colon speaker (colon-speaker.ts)', () => {
  it('"Ein Sprecher der Polizei: „…“" (a noun phrase and a colon, no verb) names the speaker of the quotation', () => {
    expect(rows('Ein Sprecher der Polizei: „Die Plünderungen sind vorbei.“')).toEqual([['quoted', '„Die Plünderungen sind vorbei.“', 'Ein Sprecher der Polizei']]);
    expect(voiceOf('Tokajew: „Wir werden siegen.“', 'siegen')).toEqual({ voice: 'quoted', speaker: 'Tokajew' });
    expect(voiceOf('Der Kremlsprecher Dmitri Peskow: »Das ist eine innere Angelegenheit.«', 'Angelegenheit'))
      .toEqual({ voice: 'quoted', speaker: 'Der Kremlsprecher Dmitri Peskow' });
    // negative: a speech noun or name-introducing noun, a clause before the colon
    expect(rows('Das Motto: „Schal ket!“')).toEqual([['quoted', '„Schal ket!“']]);
    expect(rows('Die Forderung: „Freiheit für alle!“')).toEqual([['quoted', '„Freiheit für alle!“']]);
    expect(rows('Die Lage ist klar: „Es gibt keinen Weg zurück.“')).toEqual([['quoted', '„Es gibt keinen Weg zurück.“']]);
  });
});
