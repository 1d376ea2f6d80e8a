// Rule: "X wirft Y Z vor" with a noun object: Z is X's accusation, reported with speaker X.
//   "Die Demonstranten werfen dem Präsidenten Wahlbetrug vor."   reported "Wahlbetrug", Die Demonstranten
//   "Die Anklage wirft ihm Bestechlichkeit in zwölf Fällen vor."
// The clause form ("wirft ihm vor, … zu haben") is speech-complements.ts's.
// Look-alike: "Die Spieler warfen sich den Ball zu." (no "vor" at the end).
import { CAP, DETERMINER, PRONOUN, SEP, WORD } from '../cues.js';
import type { RuleContext } from './context.js';
import { speechSubject } from './speech-subject.js';
import { ACCUSE, CUE_ACCUSE } from './words.js';


export function accusation(c: RuleContext): void {
  if ((c.cues & CUE_ACCUSE) === 0) return;
  for (const s of c.sentences) {
    if ((s.cues & CUE_ACCUSE) === 0) continue;
    const last = c.trimEnd(s.from, s.to) - 1;
    if (last <= s.from || c.norm(last) !== 'vor') continue;
    for (let v = s.from; v < last; v++) {
      if (!ACCUSE.has(c.norm(v))) continue;
      let k = v + 1;
      for (let j = k; j < last; j++) if ((c.bits(j) & SEP) !== 0) k = -1;
      if (k < 0) break;
      // the person accused: a pronoun ("ihm") or a noun phrase ("dem Präsidenten")
      const dative = (c.bits(k) & PRONOUN) !== 0 || /^(ihm|ihr|ihnen|sich|uns|mir)$/.test(c.norm(k)) ? k + 1 : dativeEnd(c, k, last);
      if (dative <= k || dative >= last) break;
      const speaker = speechSubject(c, s.from, v, last);
      if (c.speechIn(c.doc.tokens[dative]!.start, c.doc.tokens[last - 1]!.end).length === 0) c.add(dative, last, 'reported', speaker, c.norm(v));
      break;
    }
  }
}

/** "dem Präsidenten", "der früheren Regierung", "dem Chef des Konzerns": one noun (and a genitive), so the accusation after it is left. */
function dativeEnd(c: RuleContext, k: number, to: number): number {
  if ((c.bits(k) & DETERMINER) === 0) return k;
  let j = k + 1;
  while (j < to && (c.bits(j) & (WORD | CAP)) === WORD && /(e|en|er|es|em)$/.test(c.norm(j))) j++;
  if (j >= to || (c.bits(j) & CAP) === 0) return k;
  j++;
  if (/^(des|der)$/.test(c.norm(j)) && j + 1 < to && (c.bits(j + 1) & CAP) !== 0) j += 2;
  return j;
}
