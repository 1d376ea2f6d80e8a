import type { NegationRule, Sentence } from './types.js';
import { clauseEnd, isClauseBreak, scope } from './words.js';

// "zurückweisen" rejects its object: "Moskau weist die Vorwürfe einer Einmischung zurück" (the
// scope is between the finite verb and "zurück"), "Der Kreml hat Berichte über russische
// Kampfeinsätze zurückgewiesen" (the scope runs from the auxiliary or the start of the clause to the
// participle, without the subject's noun phrase before an auxiliary). "weist darauf hin" and
// "wies den Weg" are other verbs; "zurück" must end the clause.
export const zurueckweisen: NegationRule = {
  id: 'zurueckweisen',
  examples: {
    negated: [
      'Moskau weist [[die Vorwürfe einer Einmischung]] zurück.',
      'Der Kreml hat [[Berichte über russische Kampfeinsätze]] zurückgewiesen, sagte Peskow.',
      'Die Regierung in Minsk wies [[jede Verantwortung für die Gewalt]] entschieden zurück.',
    ],
    not: ['Der Sprecher weist darauf hin, dass Terroristen festgenommen wurden.', 'Die Truppen kehren nach Russland zurück, die Terroristen seien besiegt.'],
  },
  find(s: Sentence) {
    const w = s.words;
    const out = [];
    for (let i = 0; i < w.length; i++) {
      const n = w[i]!.norm;
      if (WEIST.has(n)) {
        const end = clauseEnd(w, i + 1, false);
        const back = end - 1;
        if (back > i && w[back]!.norm === 'zurück') {
          // "entschieden zurück": a lower-case adverb before "zurück" is not part of the object
          let to = back;
          while (to > i + 1 && !w[to - 1]!.cap && ADVERBS.has(w[to - 1]!.norm)) to--;
          out.push(...scope(w, i + 1, to, `${n} … zurück`, 'zurueckweisen'));
        }
      } else if (n.startsWith('zurückgewiesen') || n === 'zurückweisen' || n === 'zurückzuweisen' || n === 'zurückweist' || n === 'zurückwies') {
        let from = i - 1;
        while (from >= 0 && !isClauseBreak(w[from]!) && !AUX.has(w[from]!.norm)) from--;
        out.push(...scope(w, from + 1, i, n, 'zurueckweisen'));
      }
    }
    return out;
  },
};

const WEIST = new Set(['weist', 'wies', 'weisen', 'wiesen']);
const AUX = new Set(['hat', 'haben', 'hatte', 'hatten', 'habe', 'wurde', 'wurden', 'wird', 'werden', 'worden', 'sei', 'seien', 'ist', 'dass']);
const ADVERBS = new Set(['entschieden', 'scharf', 'energisch', 'umgehend', 'erneut', 'kategorisch', 'vehement', 'entschlossen', 'deutlich', 'als']);
