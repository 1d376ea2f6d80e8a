import type { NegationRule, Sentence } from './types.js';
import { clauseEnd, normAt, scope } from './words.js';

// "nicht", "nie" and "niemals" negate what follows them up to the end of the clause ("bezeichnete
// sie nicht als Terroristen"). What stands before them is not counted: German fronts the topic
// ("Terroristen seien sie nicht"), and reading it would cost precision. Set phrases that affirm
// ("nicht nur … sondern auch", "nicht zuletzt", "nicht weniger als", "nicht zum ersten Mal",
// "wie nie zuvor", "noch nie so viele"), double negations ("nicht unbegründet", "nicht ohne") and questions are left alone.
export const nicht: NegationRule = {
  id: 'nicht',
  examples: {
    negated: [
      'Tokajew bezeichnete die Demonstranten nicht [[als Terroristen]].',
      'Die Proteste seien nie [[von außen gesteuert gewesen]], sagte der Politologe.',
      'Moskau habe sich niemals [[in die inneren Angelegenheiten eingemischt]], sagte Lawrow.',
    ],
    not: [
      'Die Regierung sprach nicht nur von Banditen, sondern auch von Terroristen.',
      'Nicht zuletzt wegen der terroristischen Gefahr schickte die OVKS Truppen.',
      'So viele Demonstranten wie nie zuvor gingen auf die Straße.',
      'Noch nie waren so viele Menschen gegen die Regierung auf der Straße.',
      'Nicht weniger als 164 Menschen kamen bei den Unruhen ums Leben.',
      'Ist das nicht Terrorismus?',
    ],
  },
  find(s: Sentence) {
    if (s.question) return [];
    const w = s.words;
    return w.flatMap((word, i) => {
      if (!CUES.has(word.norm)) return [];
      const next = normAt(w, i + 1);
      if (AFFIRMING_NEXT.has(next) || (next.startsWith('un') && !w[i + 1]!.cap)) return [];
      if (next === 'erst' || (next === 'zum' && normAt(w, i + 2) === 'ersten')) return [];
      if (((next === 'mehr' || next === 'weniger') && normAt(w, i + 2) === 'als') || (next === 'von' && normAt(w, i + 2) === 'ungefähr')) return [];
      if (word.norm !== 'nicht') {
        const prev = normAt(w, i - 1);
        if (prev === 'wie' || next === 'zuvor') return [];
        const end = clauseEnd(w, i + 1);
        if (prev === 'noch' && w.slice(i + 1, end).some((x) => x.norm === 'so')) return [];
      }
      return scope(w, i + 1, clauseEnd(w, i + 1), word.norm, 'nicht');
    });
  },
};

const CUES = new Set(['nicht', 'nie', 'niemals']);

/** Words after "nicht" that make a set phrase which does not negate what follows. */
const AFFIRMING_NEXT = new Set(['nur', 'zuletzt', 'wenige', 'weniger', 'selten', 'umsonst', 'minder', 'ohne', 'zufällig']);
