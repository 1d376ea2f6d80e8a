// Rule 11, a frame left alone after a quotation that ends in "?" or "!": the sentence splitter ends
// the sentence inside the quotation, so the frame is a unit of its own; it names the speaker of the
// quotation that closed the unit before (same paragraph).
//   "Where were they when police officers were killed?" Zakharova asked.
//   "Enough!" the protesters shouted.   ("shouted" is no speech verb: left without a speaker)
// Must not touch:
//   "Why?" Officials said the talks would go on.  (the frame has a claim of its own)
import type { Frame } from '../frames.js';
import type { Unit } from '../unit.js';

export function trailingFrame(u: Unit, f: Frame): boolean {
  const q = u.doc.endQuote;
  if (q < 0 || f.from !== 0 || u.doc.previousParagraph !== u.paragraph || u.isTaken(f.verb)) return false;
  for (let i = f.to; i < u.n; i++) if (!u.isPunct(i)) return false;
  const speech = { speaker: u.speaker(f.speaker.from, f.speaker.to), cue: u.norm(f.verb) };
  u.doc.quoteSpeech[q] ??= speech;
  u.speech = speech;
  u.taken.push([f.from, f.to]);
  return true;
}
