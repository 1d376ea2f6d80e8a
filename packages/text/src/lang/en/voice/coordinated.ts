// A verb of saying coordinated with an earlier verb of the same subject (review2 F4, addendum 2):
// "X dismissed the criticism and said …" — the subject of the sentence says it. German needs no
// such rule (the frame search finds the subject before "und sagte"); English did not look past "and".
//   Russia's foreign ministry dismissed Western criticism and said the alliance would stop a colour revolution.
//        → reported "the alliance would stop …", Russia's foreign ministry
//   Police arrested dozens of people and said the situation was calm.   → Police
// Look-alikes that keep their reading (written first):
//   The troops left the city and residents said they were relieved.   ("residents" is the subject of "said")
//   The ministry's claims and said …                                     (no verb after the subject: nothing)
import { FINITE } from './lexicon.js';
import { leadingSubject, type Range } from './phrases.js';
import type { Unit } from './unit.js';

/** The unit's leading subject when the verb of saying at `k` follows "and" in a clause that subject opened with its own verb; else null. */
export function coordinatedSubject(u: Unit, k: number): Range | null {
  if (k < 3 || u.norm(k - 1) !== 'and') return null;
  const r = leadingSubject(u);
  if (r === null || r.to >= k - 2) return null;
  // the subject's own verb right after it ("dismissed", "met", "has rejected")
  const w = u.norm(r.to);
  if (!u.isWord(r.to) || u.isCap(r.to) || !(FINITE.has(w) || /ed$/.test(w))) return null;
  // one clause: no separator or second subject between the subject and "and"
  for (let i = r.to; i < k - 1; i++) if (u.isSep(i) || u.isQuote(i)) return null;
  return r;
}
