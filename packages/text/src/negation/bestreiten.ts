import type { NegationRule, Sentence } from './types.js';
import { clauseEnd, normAt, scope } from './words.js';

// Denial verbs reject what they take: "bestreitet, dass …", "bestritt, Terroristen unterstützt zu
// haben", "dementierte eine Beteiligung", "leugnet jede Einmischung". The scope is the rest of the
// clause after the verb; after a comma, the "dass" clause or infinitive up to the next break. A
// denied denial affirms ("Niemand bestreitet, dass …", "nicht zu leugnen"), and "unbestritten"
// is not a denial.
export const bestreiten: NegationRule = {
  id: 'bestreiten',
  examples: {
    negated: [
      'Der Kreml bestreitet, dass [[russische Soldaten an der Niederschlagung beteiligt waren]].',
      'Die Regierung dementierte [[eine Beteiligung ausländischer Kämpfer]].',
      'Lawrow bestritt, [[Terroristen unterstützt zu haben]].',
    ],
    not: [
      'Niemand bestreitet, dass es Terroristen gab.',
      'Unbestritten ist, dass die Proteste friedlich begannen.',
      'Dass ausländische Kräfte beteiligt waren, ist nicht zu leugnen.',
    ],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (!DENY.some((d) => word.norm.startsWith(d))) return [];
      const start = Math.max(0, i - 6);
      if (w.slice(start, i).some((x) => DENIED_DENIAL.has(x.norm)) || normAt(w, i - 1) === 'zu') return [];
      if (normAt(w, i + 1) === ',') {
        const from = i + 2;
        const dass = normAt(w, from) === 'dass';
        return scope(w, dass ? from + 1 : from, clauseEnd(w, dass ? from + 1 : from, false), word.norm, 'bestreiten');
      }
      return scope(w, i + 1, clauseEnd(w, i + 1, false), word.norm, 'bestreiten');
    });
  },
};

/** Stems of denial verbs in their finite, participle and infinitive forms. */
const DENY = ['bestreit', 'bestritt', 'dementier', 'leugne', 'geleugnet', 'abgestritten', 'abzustreiten'];
const DENIED_DENIAL = new Set(['niemand', 'nicht', 'kein', 'keiner', 'kaum']);
