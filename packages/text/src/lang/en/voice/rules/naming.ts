// Rule 6, a label in quotation marks after a verb that names something: the subject's word
// (quoted, with the subject as speaker), even when it is short.
//   Tokayev called the protesters "terrorists".   State media described the unrest as an "attempted coup".
//   "…," Tokayev said, calling the events "an attempted coup".
// Must not touch:
//   The "peacekeepers" left.   (no naming verb: a scare quote, rules/quote-class.ts)
import { C_NAMING, NAMING_VERBS } from '../lexicon.js';
import { leadingSubject, subjectBefore } from '../phrases.js';
import type { Unit } from '../unit.js';

export function naming(u: Unit): boolean {
  if ((u.cues & C_NAMING) === 0) return false;
  let found = false;
  for (let k = 1; k < u.n; k++) {
    if (!NAMING_VERBS.has(u.norm(k)) || u.isTaken(k)) continue;
    let q = k + 1;
    while (q < u.n && q - k < 8 && !u.isQuote(q) && !u.isPunct(q)) q++;
    if (!u.isQuote(q)) continue;
    // "…, Tokayev said, calling the events "an attempted coup"": the participle's subject is the unit's speaker
    const participle = u.norm(k).endsWith('ing') && u.is(k - 1, ',');
    if (participle && u.speech !== undefined) {
      u.doc.quoteSpeech[u.v.ref[q]!] ??= u.speech;
      found = true;
      continue;
    }
    const subject = participle ? leadingSubject(u) : subjectBefore(u, 0, k);
    if (subject === null) continue;
    u.doc.quoteSpeech[u.v.ref[q]!] ??= { speaker: u.speaker(subject.from, subject.to), cue: u.norm(k) };
    found = true;
  }
  return found;
}
