import type { NegationScope, ScopeLimit, Sentence } from '../types.js';
import { isClauseBreak } from '../words.js';

// A counterfactual "Without X, … would have …" asserts X's part in what happened: "Without the
// peacekeepers, Tokayev would have lost" (the peacekeepers were there). Only "without" opening
// its clause, with would / could / might in the rest of the clause or the next one; "without"
// after the verb, or with a plain past, still denies.
export const counterfactual: ScopeLimit = {
  id: 'en-counterfactual',
  rules: ['en-without'],
  examples: {
    kept: [
      'Without the [[peacekeepers]], Tokayev would have lost the power struggle.',
      "Without Russia's [[paratroopers]] the regime might have fallen, the analyst said.",
    ],
    negated: [
      'Without [[evidence]], the president spoke of terrorists.',
      'The troops left without [[firing a shot]], and the ministry would later praise them.',
      'He said police had detained them without [[evidence of a crime]].',
    ],
  },
  limit(s: Sentence, from: number, to: number, sc: NegationScope) {
    const w = s.words;
    const cue = from - 1;
    if (sc.cue !== 'without' || (cue > 0 && !isClauseBreak(w[cue - 1]!))) return [[from, to]];
    // the rest of this clause and, after a comma, the next one up to its next break
    let end = to < w.length && w[to]!.norm === ',' ? to + 1 : to;
    while (end < w.length && !isClauseBreak(w[end]!)) end++;
    return w.slice(from, end).some((x) => MODALS.has(x.norm)) ? [] : [[from, to]];
  },
};

/** Modals of a counterfactual main clause. */
const MODALS = new Set(['would', 'could', 'might', "'d"]);
