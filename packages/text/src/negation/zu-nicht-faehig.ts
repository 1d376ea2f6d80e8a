import type { NegationRule, Sentence } from './types.js';
import { clauseEnd, isClauseBreak, nounPhraseEnd, scope } from './words.js';

// "Zu X ist/wäre Y nicht fähig / bereit / imstande / in der Lage": the fronted "zu" phrase is what
// Y cannot or will not do, so X is negated although it stands before "nicht" (which nicht.ts does
// not read). Only a clause that opens with "zu" and a noun phrase, and "nicht" right before one of
// the adjectives.
export const zuNichtFaehig: NegationRule = {
  id: 'zu-nicht-faehig',
  examples: {
    negated: [
      'Zu [[einem brutalen Durchgreifen]] wäre die Führung des Landes aber nicht fähig, ein Blutbad unwahrscheinlich.',
      'Zu [[Zugeständnissen an die Opposition]] ist die Regierung nicht bereit.',
      'Die Lage ist ernst, zu [[einer Waffenruhe]] seien die Rebellen nicht in der Lage.',
    ],
    not: [
      'Zu einem brutalen Durchgreifen wäre die Führung durchaus fähig.',
      'Zu den Gründen sagte der Sprecher nichts.',
      'Zum Glück war die Armee nicht beteiligt.',
      'Wäre die Führung zu einem Durchgreifen nicht fähig?',
    ],
  },
  find(s: Sentence) {
    if (s.question) return [];
    const w = s.words;
    for (let i = 0; i < w.length; i++) {
      if (w[i]!.norm !== 'zu' || (i > 0 && !isClauseBreak(w[i - 1]!))) continue;
      const np = nounPhraseEnd(w, i + 1, 1);
      if (np <= i + 1) continue;
      const end = clauseEnd(w, np, false);
      for (let k = np; k + 1 < end; k++) {
        if (w[k]!.norm !== 'nicht') continue;
        const a = w[k + 1]!.norm;
        if (ABLE.has(a) || (a === 'in' && w[k + 2]?.norm === 'der' && w[k + 3]?.norm === 'lage')) return scope(w, i + 1, np, 'nicht', 'zu-nicht-faehig');
      }
    }
    return [];
  },
};

const ABLE = new Set(['fähig', 'bereit', 'imstande', 'willens', 'gewillt', 'gewachsen']);
