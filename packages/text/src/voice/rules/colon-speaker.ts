// Rule 5, colon speaker: a bare noun phrase (no verb) and a colon before a quotation name its speaker.
// Examples (rules/colon-speaker.test.ts):
//
// Handles:
//   Ein Sprecher der Polizei: „Die Plünderungen sind vorbei.“   Tokajew: „Wir werden siegen.“
//   Der Kremlsprecher Dmitri Peskow: »Das ist eine innere Angelegenheit.«
// Must not touch:
//   Das Motto: „Schal ket!“   Die Forderung: „Freiheit für alle!“  (a name-introducing noun or a speech noun)
//   Die Lage ist klar: „Es gibt keinen Weg zurück.“                 (a clause before the colon)
import type { Analysis } from '../analysis.js';
import { CAP, SPEECH_NOUN } from '../cues.js';
import { COLON } from '../helpers.js';
import { QUOTE } from '../items.js';
import { isAdjectiveAt, isBareNounPhrase, isDeterminer, nounPhrase } from '../speakers.js';
import type { Phrase } from '../speakers.js';
import type { Speech } from '../types.js';
import { nameIntroducer } from './quote-class.js';

/** The unit's quotations after "X:" are X's; the unit is done. */
export function colonSpeaker(a: Analysis): boolean {
  const { v, cls, quoteSpeech } = a;
  if ((v.all & QUOTE) === 0) return false;
  const colon = colonSpeakerPhrase(a);
  if (colon === null) return false;
  const speech: Speech = { speaker: a.resolve(colon, false), cue: ':', verbal: true };
  const to = cls.to[1]!;
  for (let i = cls.from[1]!; i < to; i++) if ((v.kind[i]! & QUOTE) !== 0 && quoteSpeech[v.ref[i]!] === undefined) quoteSpeech[v.ref[i]!] = speech;
  a.unitSpeech = speech;
  return true;
}

/**
 * "Ein Sprecher der Polizei: „…“": the unit opens with a bare noun phrase (no verb) and a colon,
 * and the clause after the colon is a quotation. The phrase, unless its head is a speech noun or
 * a noun that introduces names ("Das Motto: „…“"), or null.
 */
export function colonSpeakerPhrase(a: Analysis): Phrase | null {
  const { v, cls } = a;
  if (cls.n < 2 || cls.sep[1] !== COLON || cls.speech[0]! >= 0 || !a.onlyQuote(1)) return null;
  const to = cls.to[0]!;
  if (to > 8 || !isBareNounPhrase(v, 0, to)) return null;
  const np = nounPhrase(v, 0);
  if (np === null || np.to < to) return null;
  // the head: the last capitalised word before any genitive attribute
  let head = np.from;
  while (head + 1 < np.to && (isDeterminer(v, head) || isAdjectiveAt(v, head))) head++;
  const b = v.bits(head);
  if ((b & SPEECH_NOUN) !== 0 || (b & CAP) === 0) return null;
  if (nameIntroducer(a.text, a.tokens[v.ref[head]!]) !== null) return null;
  return np;
}
