// Rule 2, the claim before its frame (the commonest order in wire copy), and a frame in the middle:
//   More than 4,000 people were detained, the Interior Ministry said on Sunday.
//   The curfew will remain in force, said a spokeswoman for the city administration.
//   "We are watching closely," said Ned Price, a spokesman for the State Department.
//   "The prices," Mr Ivanov said, "will keep rising."     The economy, the minister said, will grow.
//   "The evidence is overwhelming," the judge said as she read out the verdict.
//   ALMATY, Kazakhstan (AP) - Security forces regained control …, officials said.  (the dateline is not claimed)
// Must not touch:
//   The army withdrew, and officials said nothing.  (the frame is followed by more than adverbials)
//   In a televised address, Tokayev said: "…"      (a prepositional phrase before the frame)
//   "They were shooting," the woman said, refusing to give her name.  (an adverbial after the frame)
// A participle of describing after the frame carries the speaker's account on (review2 F4e):
//   The internet was down, the monitoring group NetBlocks said, describing a nationwide blackout.
//        → "a nationwide blackout" reported, the monitoring group NetBlocks
import type { Frame } from '../frames.js';
import { FINITE, PARTICIPLE_FRAMES, PREPOSITIONS, TAIL_OPENERS } from '../lexicon.js';
import { datelineEnd, hasFinite } from '../phrases.js';
import type { Unit } from '../unit.js';
import { claimEnd } from './claim-end.js';

/** Participles after a frame that give the speaker's account of what they said ("…, NetBlocks said, describing a blackout"); "calling" is a naming verb (naming.ts). */
const DESCRIBING = new Set(['describing', 'characterising', 'characterizing']);

export function claimFirst(u: Unit, f: Frame): boolean {
  if (u.isTaken(f.verb) || f.from === 0) return false;
  const p = f.from - 1;
  const afterQuote = u.isQuote(p);
  if (!afterQuote && !u.is(p, ',')) return false;
  let rest = f.to;
  while (rest < u.n && u.isPunct(rest) && !u.isSep(rest)) rest++;
  const middle = rest < u.n && (u.is(rest, ',') || u.isQuote(rest));
  // "…," the judge said as she read out the verdict: an adverbial clause of the frame
  if (rest < u.n && u.isWord(rest) && TAIL_OPENERS.has(u.norm(rest))) rest = u.n;
  if (rest < u.n && !middle) return false;
  // after the frame, a quotation, a participle frame ("adding that …") or the rest of a clause left
  // unfinished before it ("The economy, the minister said, will grow") continue the claim; an
  // adverbial ("…, the woman said, refusing to give her name") does not
  const from0 = u.is(rest, ',') ? rest + 1 : rest;
  let start = datelineEnd(u);
  for (const [, t] of u.taken) if (t <= p && t > start) start = t;
  const end = afterQuote ? p + 1 : p;
  if (end - start < 1 || leadingAdverbial(u, start, end)) return false;
  const speech = { speaker: u.speaker(f.speaker.from, f.speaker.to), cue: u.norm(f.verb) };
  u.emit(start, end, speech);
  u.taken.push([f.from, f.to]);
  if (middle) {
    let from = from0;
    // "…, the ministry said, adding that …": the participle is part of the frame
    if (PARTICIPLE_FRAMES.has(u.norm(from)) || DESCRIBING.has(u.norm(from))) u.taken.push([from, ++from]);
    else if (!u.isQuote(from) && hasFinite(u, start, end)) return true;
    u.emit(from, claimEnd(u, from), speech);
  }
  return true;
}

/** "In a televised address, Tokayev said …": a prepositional phrase before the frame is no claim. */
function leadingAdverbial(u: Unit, from: number, to: number): boolean {
  if (!PREPOSITIONS.has(u.norm(from))) return false;
  for (let i = from; i < to; i++) if (FINITE.has(u.norm(i)) || u.isQuote(i)) return false;
  return true;
}
