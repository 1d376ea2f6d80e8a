// Rule 4, speech nouns: a speech noun with its owner names the speaker of the quotations after it
// in the same clause; it never ends the unit (a colon speaker or a continuation may still apply).
// Examples (rules/speech-nouns.test.ts):
//
// Handles:
//   Tokajews Einstufung der Unruhen als »Terrorakt« stieß auf Kritik.         -> "Tokajew"
//   Tokajew sprach im Fernsehen. Er verteidigte seine anfängliche Einschätzung »Terrorakt«.  -> "Tokajew"
// Must not touch:
//   Die Einstufung der Unruhen als »Terrorakt« stieß auf Kritik.   (no owner: the quotation stays a scare quote)
import type { Analysis } from '../analysis.js';
import { CAP, SEP, SPEECH_NOUN, WORD } from '../cues.js';
import { isAdjectiveLike } from '../helpers.js';
import { QUOTE } from '../items.js';
import { FUNCTION_WORDS, POSSESSIVES } from '../lexicon.js';

/** Step 4: a speech noun with its owner names the speaker of the quotations after it. */
export function speechNouns(a: Analysis): boolean {
  if ((a.v.all & SPEECH_NOUN) === 0) return false;
  const { text, v, quoteSpeech } = a;
  for (let i = 0; i < v.n; i++) {
    if ((v.kind[i]! & (WORD | CAP | SPEECH_NOUN)) !== (WORD | CAP | SPEECH_NOUN)) continue;
    let k = i - 1;
    while (k >= 0 && isAdjectiveLike(v, k)) k--;
    if ((v.bits(k) & WORD) === 0) continue;
    const owner = v.norm(k);
    let speaker: string | undefined;
    if (POSSESSIVES.has(owner)) {
      const sp = a.subjectPhrase();
      speaker = sp !== null && sp.from < k ? a.resolve(sp, false) : a.carriedSubject(a.u);
    } else if ((v.kind[k]! & CAP) !== 0 && owner.endsWith('s') && !FUNCTION_WORDS.has(owner)) speaker = text.slice(v.startOf(k), v.endOf(k) - 1);
    if (speaker === undefined) continue;
    for (let j = i + 1; j < v.n && (v.kind[j]! & SEP) === 0; j++) {
      if ((v.kind[j]! & QUOTE) !== 0 && quoteSpeech[v.ref[j]!] === undefined) quoteSpeech[v.ref[j]!] = { speaker, cue: text.slice(v.startOf(i), v.endOf(i)) };
    }
  }
  return false;
}
