import type { NegationRule, Sentence } from '../types.js';
import { normAt, scope } from '../words.js';
import { clauseEnd } from './words.js';

// "refused to call it a coup", "declined to describe them as terrorists": refusing a label denies
// it. The verb after "to" must be one of labelling (not "call off", "call for", "name" the
// officers, "comment"); the scope is the rest of the clause after it.
export const refuseToCall: NegationRule = {
  id: 'en-refuse-to-call',
  examples: {
    negated: [
      'The White House refused to call [[it a coup]], a spokeswoman said.',
      'Western diplomats declined to describe [[the protesters as terrorists]].',
      'Human rights groups refuse to label [[the detainees extremists]].',
    ],
    not: [
      'The unions refused to call off the strike, and the terrorists were never found.',
      'The ministry declined to comment on reports of terrorists.',
      'The opposition refused to call for a coup.',
    ],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (!REFUSE.has(word.norm) || normAt(w, i + 1) !== 'to' || !LABEL.has(normAt(w, i + 2))) return [];
      if (PARTICLES.has(normAt(w, i + 3))) return [];
      return scope(w, i + 3, clauseEnd(w, i + 3), `${word.norm} to ${normAt(w, i + 2)}`, 'en-refuse-to-call');
    });
  },
};

const REFUSE = new Set(['refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining']);
const LABEL = new Set(['call', 'describe', 'label', 'term', 'characterize', 'characterise', 'brand', 'classify', 'designate', 'recognize', 'recognise']);
/** Particles that make "call" another verb: "call off", "call for", "call on". */
const PARTICLES = new Set(['off', 'for', 'on', 'upon', 'up', 'in', 'out', 'back']);
