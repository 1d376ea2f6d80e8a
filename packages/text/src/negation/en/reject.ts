import type { NegationRule, Sentence } from '../types.js';
import { scope } from '../words.js';
import { clauseEnd, COORDINATORS, rejectsClaim } from './words.js';

// Verbs of rejection reject a claim they take: "rejected claims of foreign interference",
// "refuted allegations that …", "rebuffed suggestions of a coup". The object must be a claim
// noun (words.ts CLAIM_NOUNS) within four words, or "that": "rejected the proposal" or "rejected
// the terrorists' demands" rejects no claim. The scope is the rest of the clause after the verb;
// the passive ("was rejected by parliament") is left alone.
export const reject: NegationRule = {
  id: 'en-reject',
  examples: {
    negated: [
      'The foreign ministry rejected [[claims of foreign interference in the unrest]].',
      'Astana has refuted [[allegations that the troops fired on civilians]].',
      'The alliance rebuffed [[suggestions of a Russian occupation]], a spokesman said.',
    ],
    not: [
      'Parliament rejected the terrorists\u2019 demands for an amnesty.',
      'The court rejected the appeal, and the judge spoke of terrorists.',
      'The claims of a coup were rejected by independent observers.',
    ],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (!rejectsClaim(w, i, REJECT)) return [];
      return scope(w, i + 1, clauseEnd(w, i + 1, COORDINATORS), word.norm, 'en-reject');
    });
  },
};

const REJECT = new Set([
  'reject', 'rejects', 'rejected', 'rejecting', 'refute', 'refutes', 'refuted', 'refuting', 'rebuff', 'rebuffs', 'rebuffed',
  'repudiate', 'repudiates', 'repudiated', 'debunk', 'debunks', 'debunked',
]);
