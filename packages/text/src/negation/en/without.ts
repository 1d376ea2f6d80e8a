import type { NegationRule, Sentence } from '../types.js';
import { normAt, scope } from '../words.js';
import { clauseEnd } from './words.js';

// "without" denies what it takes, to the end of the clause: "detained without evidence of a
// crime", "without any sign of foreign fighters". Set phrases that affirm are left alone:
// "without (a) doubt", "without question", "without exception", and a negated "not without"
// ("not without reason"); so is "without" opening a participle the sentence goes on to affirm
// ("without saying so, he called them terrorists" stays: its comma ends the scope).
export const without: NegationRule = {
  id: 'en-without',
  examples: {
    negated: [
      'Police held the activists for days without [[evidence of any crime]].',
      'The troops left without [[firing a shot]] at the protesters, the ministry said.',
    ],
    not: [
      'Without doubt the terrorists were well organised, the minister said.',
      'The warnings of a coup were not without reason.',
      'Without a question, foreign fighters took part.',
    ],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (word.norm !== 'without' || normAt(w, i - 1) === 'not') return [];
      const next = normAt(w, i + 1) === 'a' ? normAt(w, i + 2) : normAt(w, i + 1);
      if (IDIOMS.has(next)) return [];
      return scope(w, i + 1, clauseEnd(w, i + 1), 'without', 'en-without');
    });
  },
};

/** Nouns after "without (a)" in set phrases that affirm. */
const IDIOMS = new Set(['doubt', 'question', 'exception', 'fail']);
