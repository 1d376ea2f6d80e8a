import type { NegationRule, Sentence } from '../types.js';
import { normAt, scope } from '../words.js';
import { BE, clauseEnd } from './words.js';

// "far from" denies what follows it when it follows a form of "be" ("the unrest was far from a
// coup") or opens a gerund ("far from being terrorists, …", "far from ending the protests"); the
// scope runs to the end of the clause. Distance is left alone: a place after it ("far from the
// capital", "far from Almaty", "not far from the airport") or "far from the truth", which denies
// the subject, not the words after it.
export const farFrom: NegationRule = {
  id: 'en-far-from',
  examples: {
    negated: [
      'The unrest was far from [[a coup attempt]], the historian said.',
      'Far from [[being terrorists]], the detainees were mostly students.',
      'The crackdown is far from [[over]], rights groups warned.',
    ],
    not: [
      'Zhanaozen lies far from the capital, where terrorists were reported.',
      'The claim that terrorists attacked is far from the truth.',
      'The troops were far from Almaty when the terrorists struck.',
    ],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (word.norm !== 'far' || normAt(w, i + 1) !== 'from') return [];
      const next = w[i + 2];
      if (next === undefined || next.punct) return [];
      const gerund = next.norm.endsWith('ing') && next.norm.length > 4;
      const copula = BE.has(normAt(w, i - 1)) && !next.cap && !PLACE_WORDS.has(next.norm);
      if (!gerund && !copula) return [];
      return scope(w, i + 2, clauseEnd(w, i + 2), 'far from', 'en-far-from');
    });
  },
};

/** Words after "far from" that start a place or "the truth": distance, not denial. */
const PLACE_WORDS = new Set(['the', 'here', 'there', 'home', 'this', 'that', 'where', 'its', 'their', 'his', 'her']);
