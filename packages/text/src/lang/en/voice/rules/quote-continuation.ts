// Rule 7, a unit that is only a quotation continues the speech of the unit before it (in the
// same or the previous paragraph), as wire copy runs a speaker's quotations on:
//   "We did not expect this," the minister said. "Nobody did."
//   The mayor said the city would rebuild.  ¶  "It will take a year, maybe two."
// Must not touch:
//   The army withdrew on Sunday. "Order is restored."  (the unit before holds no speech)
import type { Unit } from '../unit.js';

export function quoteContinuation(u: Unit): boolean {
  const previous = u.doc.previous;
  if (previous === undefined || u.paragraph - u.doc.previousParagraph > 1) return false;
  let quote = false;
  for (let i = 0; i < u.n; i++) {
    if (u.isQuote(i)) quote = true;
    else if (!u.isPunct(i)) return false;
  }
  if (!quote) return false;
  for (let i = 0; i < u.n; i++) if (u.isQuote(i)) u.doc.quoteSpeech[u.v.ref[i]!] ??= previous;
  u.speech = previous;
  return true;
}
