import type { NegationRule, Sentence } from '../types.js';
import { isClauseBreak, scope } from '../words.js';
import { clauseEnd } from './words.js';

// "neither … nor" negates both members, up to the end of the clause ("and" inside does not end
// it); a "nor" after a negated clause negates the rest of its own ("… not terrorists, nor were
// they foreign agents"). "neither" without "nor" ("Neither side commented") is left alone: what it
// negates is the verb, not the words after it.
export const neitherNor: NegationRule = {
  id: 'en-neither-nor',
  examples: {
    negated: [
      'The detainees were neither [[terrorists nor foreign agents]], their lawyers said.',
      'They were not looters, nor [[were they paid provocateurs]], the police said.',
    ],
    not: ['Neither side commented on the reports of terrorists in Almaty.', 'Tokayev called them terrorists, and Moscow agreed.'],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (word.norm === 'nor') return scope(w, i + 1, clauseEnd(w, i + 1), 'nor', 'en-neither-nor');
      if (word.norm !== 'neither') return [];
      let end = i + 1;
      while (end < w.length && !isClauseBreak(w[end]!)) end++;
      if (!w.slice(i + 1, end).some((x) => x.norm === 'nor')) return [];
      return scope(w, i + 1, end, 'neither … nor', 'en-neither-nor');
    });
  },
};
