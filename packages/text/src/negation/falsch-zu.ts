import type { NegationRule, Sentence } from './types.js';
import { clauseEnd, isClauseBreak, normAt, scope } from './words.js';

// A judgement that rejects what the following clause says: "Es ist falsch, den Demonstranten
// Terrorismus vorzuwerfen", "Es wäre absurd, von einer bunten Revolution zu sprechen", "Es ist eine
// Lüge, dass …". The scope is the "zu" infinitive or "dass" clause after the comma, to the end of
// the sentence or the next ";" or ":". The judgement must follow a form of "sein" (it is a
// predicate), so "falsche Angaben" or "die absurde Lage" are not rejections, and a negated
// judgement ("es ist nicht falsch, …") affirms.
export const falschZu: NegationRule = {
  id: 'falsch-zu',
  examples: {
    negated: [
      'Es ist falsch, [[den Demonstranten Terrorismus vorzuwerfen]].',
      'Es wäre absurd, [[von einer bunten Revolution zu sprechen]], sagte die Politologin.',
      'Es sei eine Lüge, dass [[ausländische Kämpfer beteiligt waren]].',
    ],
    not: [
      'Es ist nicht falsch, von einer Terrorgefahr zu sprechen.',
      'Die Behörden machten falsche Angaben, um die Terroristen zu finden.',
      'Es ist richtig, von Terroristen zu sprechen.',
    ],
  },
  find(s: Sentence) {
    const w = s.words;
    return w.flatMap((word, i) => {
      if (!JUDGEMENTS.has(word.norm)) return [];
      // "ist falsch", "wäre eine Lüge", "ist völlig absurd": a form of "sein" at most three words before
      const before = [normAt(w, i - 1), normAt(w, i - 2), normAt(w, i - 3)];
      if (!before.some((b) => SEIN.has(b)) || before.some((b) => b === 'nicht' || b === 'kein' || b === 'keine')) return [];
      const comma = i + 1;
      if (normAt(w, comma) !== ',') return [];
      let end = comma + 1;
      while (end < w.length && !(isClauseBreak(w[end]!) && w[end]!.norm !== ',')) end++;
      const clause = w.slice(comma + 1, end);
      const isZu = clause.some((x) => x.norm === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(x.norm));
      if (!(normAt(w, comma + 1) === 'dass' || isZu)) return [];
      // a following ", sagte die Politologin" is not part of the rejected clause
      if (normAt(w, comma + 1) === 'dass') return scope(w, comma + 2, clauseEnd(w, comma + 2, false), word.norm, 'falsch-zu');
      return scope(w, comma + 1, zuEnd(w, comma + 1, end), word.norm, 'falsch-zu');
    });
  },
};

/** The end of a "zu" infinitive clause: the word after the last "zu" or the last word with "zu" inside, before `end`. */
function zuEnd(w: Sentence['words'], from: number, end: number): number {
  let last = -1;
  for (let k = from; k < end; k++) {
    if (w[k]!.norm === 'zu' && k + 1 < end) last = k + 1;
    else if (/^\p{Ll}+zu\p{Ll}+en$/u.test(w[k]!.norm)) last = k;
  }
  return last < 0 ? clauseEnd(w, from, false) : last + 1;
}

const JUDGEMENTS = new Set(['falsch', 'absurd', 'abwegig', 'unsinnig', 'unsinn', 'lüge', 'haltlos', 'irreführend', 'unwahr', 'verleumdung', 'propaganda']);
const SEIN = new Set(['ist', 'sei', 'wäre', 'war', 'sind', 'seien', 'wären', 'waren', 'eine', 'völlig', 'absolut', 'schlicht', 'einfach']);
