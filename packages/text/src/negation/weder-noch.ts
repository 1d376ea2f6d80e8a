import type { NegationRule, Sentence } from './types.js';
import { clauseEnd, scope } from './words.js';

// "weder … noch" negates both members, up to the end of the clause (its "noch" does not end it).
export const wederNoch: NegationRule = {
  id: 'weder-noch',
  examples: {
    negated: ['Es handle sich weder [[um Terroristen noch um ausländische Kämpfer]], erklärte die Opposition.'],
    not: ['Noch am Abend sprach Tokajew von Terroristen.', 'Die Lage ist weder hier klar, sagte er; die Terroristen seien geflohen.'],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (word.norm !== 'weder') return [];
      const end = clauseEnd(w, i + 1, false);
      if (!w.slice(i + 1, end).some((x) => x.norm === 'noch')) return [];
      return scope(w, i + 1, end, 'weder … noch', 'weder-noch');
    });
  },
};
