// Rule 3, "according to X": the claim around it is X's (reported), speaker the noun phrase after
// "to"; sources that name nobody ("according to unconfirmed reports") are "anonymous".
//   According to the health ministry, 164 people were killed.      Prices rose, according to TASS.
//   The death toll, according to officials, rose to 225.
// Must not touch:
//   The evacuation went according to plan.   Troops acted according to the law.
//   …, according to the ministry, and more than 700 were injured.  (a clause of the outlet's own after it)
import { ANONYMOUS_SOURCES, C_ACCORDING, NON_SOURCES } from '../lexicon.js';
import { datelineEnd, hasFinite, isPhrase } from '../phrases.js';
import type { Unit } from '../unit.js';
import { claimEnd } from './claim-end.js';

export function accordingTo(u: Unit): boolean {
  if ((u.cues & C_ACCORDING) === 0) return false;
  let found = false;
  for (let k = 0; k + 2 < u.n; k++) {
    if (u.norm(k) !== 'according' || u.norm(k + 1) !== 'to' || u.isTaken(k)) continue;
    let e = k + 2;
    while (e < u.n && !u.isPunct(e) && !u.isQuote(e)) e++;
    if (!isPhrase(u, k + 2, e)) continue;
    let source = false;
    for (let i = k + 2; i < e; i++) if (NON_SOURCES.has(u.norm(i))) source = true;
    if (source) continue;
    const speaker = ANONYMOUS_SOURCES.has(u.norm(e - 1)) && !hasName(u, k + 2, e) ? 'anonymous' : u.text(k + 2, e);
    const speech = { speaker, cue: 'according to' };
    u.taken.push([k, e]);
    if (k > 0) {
      let start = datelineEnd(u);
      for (const [f, t] of u.taken) if (t <= k && t > start && f !== k) start = t;
      u.emit(start, k, speech);
    }
    // after the source, the claim goes on only when it opened it or left a clause unfinished before it
    // ("The death toll, according to X, is much higher"; not "…, according to X, and 700 were injured")
    // (or when what follows has no verb: "…, according to sources, among them citizens of Kyrgyzstan")
    if (u.is(e, ',') && e + 1 < u.n && (k === 0 || !hasFinite(u, 0, k) || !hasFinite(u, e + 1, claimEnd(u, e + 1)))) u.emit(e + 1, claimEnd(u, e + 1), speech);
    found = true;
  }
  return found;
}

function hasName(u: Unit, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (u.isCap(i) && i > from) return true;
  return false;
}
