import type { NegationRule, Sentence } from './types.js';
import { clauseEnd, nounPhraseEnd, normAt, scope } from './words.js';

// "ohne" negates its noun phrase ("ohne Beweise für eine Einmischung"), a following "dass" clause
// ("ohne dass Terroristen beteiligt waren") or an infinitive with "zu" ("ohne Terroristen zu
// nennen"). A term that contains "ohne" itself ("ohne Vorwarnung") is not inside the scope, which
// starts after the cue. "ohne Zweifel", "ohne Frage" and "nicht ohne" affirm.
export const ohne: NegationRule = {
  id: 'ohne',
  examples: {
    negated: [
      'Der Präsident sprach von einem Putschversuch, ohne [[Beweise für eine ausländische Einmischung vorzulegen]].',
      'Die Proteste verliefen friedlich, ohne dass [[Extremisten in Erscheinung traten]].',
    ],
    not: ['Ohne Zweifel waren unter den Demonstranten auch Extremisten.', 'Ohne Frage haben Extremisten die Proteste genutzt.', 'Der Einsatz blieb nicht ohne Folgen für die Terroristen.'],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (word.norm !== 'ohne') return [];
      const next = normAt(w, i + 1);
      if (next === 'zweifel' || next === 'frage' || normAt(w, i - 1) === 'nicht') return [];
      if (next === 'dass') return scope(w, i + 2, clauseEnd(w, i + 2, false), 'ohne dass', 'ohne');
      const end = clauseEnd(w, i + 1, false);
      const zu = w.slice(i + 1, end).findIndex((x, k, a) => x.norm === 'zu' && k + 1 < a.length && !a[k + 1]!.cap);
      const infinitive = w.slice(i + 1, end).some((x) => /^\p{Ll}+zu\p{Ll}+en$/u.test(x.norm) && !x.cap);
      if (zu >= 0 || infinitive) return scope(w, i + 1, end, 'ohne … zu', 'ohne');
      // the noun phrase with its attached phrases; ergaenzung.ts keeps out what a head that is not
      // evidence takes ("ohne Vorwarnung auf Demonstranten"), kontrafaktisch.ts "Ohne X hätte …"
      return scope(w, i + 1, nounPhraseEnd(w, i + 1), 'ohne', 'ohne');
    });
  },
};
