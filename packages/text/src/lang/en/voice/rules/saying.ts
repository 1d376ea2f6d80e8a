// Rule 5, a participle frame after a comma: "…, saying (that) …", "…, adding that …": the rest of
// the sentence is the speech of the sentence's subject.
//   Kazakhstan's president authorised troops to fire, saying that 20,000 bandits had attacked Almaty.
// Must not touch:
//   The saying goes that …   (no comma before it)
import { C_PARTICIPLE, COMPLEMENTISERS, PARTICIPLE_FRAMES } from '../lexicon.js';
import { leadingSubject } from '../phrases.js';
import type { Unit } from '../unit.js';
import { claimEnd } from './claim-end.js';
import { isClause } from './speech-verb.js';

export function saying(u: Unit): boolean {
  if ((u.cues & C_PARTICIPLE) === 0) return false;
  let found = false;
  for (let k = 1; k + 1 < u.n; k++) {
    if (!u.is(k - 1, ',') || !PARTICIPLE_FRAMES.has(u.norm(k)) || u.isTaken(k)) continue;
    let c = k + 1;
    if (u.norm(k) === 'telling') while (c < u.n && c - k < 6 && !COMPLEMENTISERS.has(u.norm(c)) && !u.isPunct(c)) c++;
    if (!(COMPLEMENTISERS.has(u.norm(c)) || u.isQuote(c) || isClause(u, c, true))) continue;
    const subject = leadingSubject(u);
    const speaker = subject === null ? undefined : u.speaker(subject.from, subject.to);
    u.taken.push([k, c]);
    u.emit(c, claimEnd(u, c), { speaker, cue: u.norm(k) });
    found = true;
  }
  return found;
}
