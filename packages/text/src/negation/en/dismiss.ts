import type { NegationRule, Sentence } from '../types.js';
import { scope } from '../words.js';
import { clauseEnd, COORDINATORS, rejectsClaim } from './words.js';

// "dismissed … as" rejects the claim between the verb and "as" ("dismissed reports of Russian
// snipers as fabrications"); what follows "as" is the speaker's own label, not negated. Without
// "as", a dismissed claim is rejected to the end of the clause ("dismissed talk of a coup").
// The object must be a claim noun (words.ts): "dismissed the government" fires a cabinet, and
// "dismissed the protesters as terrorists" labels people rather than rejecting a claim.
export const dismiss: NegationRule = {
  id: 'en-dismiss',
  examples: {
    negated: [
      'Moscow dismissed [[reports of Russian snipers in Almaty]] as fabrications.',
      'The embassy dismissed [[talk of a colour revolution]], calling it absurd.',
      'Analysts dismiss [[the idea of a foreign-backed coup]] as propaganda.',
    ],
    not: [
      'Tokayev dismissed the government and declared a state of emergency.',
      'The president dismissed the protesters as terrorists.',
      'The case of the terrorists was dismissed by the court.',
    ],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (!rejectsClaim(w, i, DISMISS)) return [];
      const end = clauseEnd(w, i + 1, COORDINATORS);
      const as = w.slice(i + 1, end).findIndex((x) => x.norm === 'as');
      return scope(w, i + 1, as < 0 ? end : i + 1 + as, `${word.norm}${as < 0 ? '' : ' … as'}`, 'en-dismiss');
    });
  },
};

const DISMISS = new Set(['dismiss', 'dismisses', 'dismissed', 'dismissing']);
