// Rules 6 and 7, continuation: a quotation without a frame of its own continues the speaker of the
// unit before it in the same paragraph. Examples (rules/continuation.test.ts):
//
// Handles:
//   „Wir sind bereit“, sagte Scholz. „Aber nicht um jeden Preis.“   (a unit that is only a quotation: Scholz's)
//   Tokajew sagte, die Lage sei ernst. Er machte «in- und ausländische Provokateure» für die Gewalt verantwortlich.
//                                                                 (a pronoun subject after a verbal speaker)
// Must not touch:
//   Tokajew sagte, …. Die Polizei machte «in- und ausländische Provokateure» … verantwortlich.  (a noun subject)
import type { Analysis } from '../analysis.js';
import { PUNCT } from '../cues.js';
import { QUOTE } from '../items.js';
import { isPronoun } from '../speakers.js';

/** A unit that is only a quotation continues the speaker of the previous one; the unit is done. */
export function quoteContinuation(a: Analysis): boolean {
  const { v, carried, quoteSpeech } = a;
  if ((v.all & QUOTE) === 0) return false;
  let only = -1; // the one item that is not punctuation, or -1 (none) or -2 (several)
  for (let i = 0; i < v.n && only !== -2; i++) if ((v.kind[i]! & PUNCT) === 0) only = only === -1 ? i : -2;
  if (only >= 0 && (v.kind[only]! & QUOTE) !== 0 && carried !== undefined && quoteSpeech[v.ref[only]!] === undefined) {
    quoteSpeech[v.ref[only]!] = carried;
    a.unitSpeech = carried;
    return true;
  }
  return false;
}

/** "Er machte «…» verantwortlich": a pronoun subject continuing a speaker voices the unit's unframed quotations. */
export function pronounContinuation(a: Analysis): boolean {
  const { v, carried, quoteSpeech } = a;
  if ((v.all & QUOTE) === 0) return false;
  if (carried?.verbal === true) {
    const sp = a.subjectPhrase();
    if (sp !== null && isPronoun(v, sp.from) && sp.from <= 1) {
      for (let i = 0; i < v.n; i++) {
        if ((v.kind[i]! & QUOTE) !== 0 && quoteSpeech[v.ref[i]!] === undefined) quoteSpeech[v.ref[i]!] = { ...carried, cue: carried.cue };
      }
    }
  }
  return false;
}
