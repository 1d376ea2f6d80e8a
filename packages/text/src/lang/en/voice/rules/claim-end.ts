// Where a claim after its frame ends: at the end of the unit, at a semicolon, or at a comma before
// "but", "while", "although" (the outlet's own clause again) or before the outlet's comment on it.
//   Tokayev said the troops would leave, but observers doubted it.   → "the troops would leave"
//   The army said it had repelled an attack, a claim that could not be verified.  → "it had repelled an attack"
//   The government has said terrorists were behind it but has not presented evidence.  → "terrorists were behind it"
import { CLAIM_COMMENTS, CLAUSE_BREAKS, FINITE } from '../lexicon.js';
import type { Unit } from '../unit.js';

export function claimEnd(u: Unit, from: number): number {
  for (let i = from; i < u.n; i++) {
    if (u.isTaken(i)) return i;
    if (u.is(i, ';')) return i;
    if (u.is(i, ',') && CLAUSE_BREAKS.has(u.norm(i + 1))) return i;
    // "… were behind the unrest but has not presented evidence": the subject's next predicate
    if (i > from && u.norm(i) === 'but' && u.isWord(i) && FINITE.has(u.norm(i + 1))) return i;
    // "…, a claim that could not be independently verified"
    if (u.is(i, ',') && /^(a|an|the)$/.test(u.norm(i + 1)) && CLAIM_COMMENTS.has(u.norm(i + 2))) return i;
  }
  return u.n;
}
