// Where a claim after its frame ends: at the end of the unit, at a semicolon, or at a comma before
// "but", "while", "although" (the outlet's own clause again) or before the outlet's comment on it.
//   Tokayev said the troops would leave, but observers doubted it.   → "the troops would leave"
//   The army said it had repelled an attack, a claim that could not be verified.  → "it had repelled an attack"
import { CLAIM_COMMENTS, CLAUSE_BREAKS } from '../lexicon.js';
import type { Unit } from '../unit.js';

export function claimEnd(u: Unit, from: number): number {
  for (let i = from; i < u.n; i++) {
    if (u.isTaken(i)) return i;
    if (u.is(i, ';')) return i;
    if (u.is(i, ',') && CLAUSE_BREAKS.has(u.norm(i + 1))) return i;
    // "…, a claim that could not be independently verified"
    if (u.is(i, ',') && /^(a|an|the)$/.test(u.norm(i + 1)) && CLAIM_COMMENTS.has(u.norm(i + 2))) return i;
  }
  return u.n;
}
