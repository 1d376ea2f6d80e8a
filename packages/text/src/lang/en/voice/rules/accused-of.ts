// Rule 4, "X accused Y of …": the charge is X's claim (reported), the accusation frame is not.
//   The opposition accused the government of rigging the election.
//   Moscow has accused Western intelligence services of organising the unrest.
// Must not touch:
//   He was accused of fraud.  (passive: who accuses is not named; the charge is left authorial)
import { ACCUSING_VERBS, BE_FORMS, C_ACCUSE } from '../lexicon.js';
import { leadingSubject, subjectBefore } from '../phrases.js';
import type { Unit } from '../unit.js';
import { claimEnd } from './claim-end.js';

export function accusedOf(u: Unit): boolean {
  if ((u.cues & C_ACCUSE) === 0) return false;
  let found = false;
  for (let k = 1; k < u.n; k++) {
    if (!ACCUSING_VERBS.has(u.norm(k)) || u.isTaken(k) || BE_FORMS.has(u.norm(k - 1))) continue;
    const subject = u.norm(k).endsWith('ing') ? leadingSubject(u) : subjectBefore(u, 0, k);
    if (subject === null) continue;
    let of = k + 1;
    while (of < u.n && of - k < 10 && !u.isPunct(of) && u.norm(of) !== 'of') of++;
    if (u.norm(of) !== 'of' || of + 1 >= u.n) continue;
    u.taken.push([subject.from, of + 1]);
    u.emit(of + 1, claimEnd(u, of + 1), { speaker: u.speaker(subject.from, subject.to), cue: u.norm(k) });
    found = true;
  }
  return found;
}
