import type { ScopeLimit, Sentence } from './types.js';
import { clauseEnd, isClauseBreak } from './words.js';

// A negated comment or confirmation ("Das Ministerium äußerte sich nicht zu den Festnahmen",
// "wollte die Berichte über Plünderungen nicht bestätigen", "nahm nicht Stellung zu …") says
// nothing about the events it is about: it presupposes them. The clause of "nicht" with a verb of
// commenting, confirming or checking loses its scope; the same verb in another clause does not count.
// So does "nicht über X reden / sprechen / berichten" (X is the topic), not "nicht von X sprechen" (a label).
export const stellungnahme: ScopeLimit = {
  id: 'stellungnahme',
  rules: ['nicht'],
  examples: {
    kept: [
      'Das Ministerium äußerte sich nicht zu den [[Festnahmen]].',
      'Die Regierung wollte nicht zu den [[Plünderungen]] Stellung nehmen.',
      'Der Sprecher wollte sich nicht zur Zahl der getöteten [[Demonstranten]] äußern.',
      'Die Behörden bestätigten nicht die [[Festnahme]] des Oppositionsführers.',
      'Der Minister sprach nicht über die [[Festnahmen]] in Almaty.',
    ],
    negated: [
      'Der Sprecher äußerte sich, die Polizei habe nicht [[scharf geschossen]].',
      'Die Regierung bestätigte, dass die Polizei nicht [[auf Demonstranten geschossen]] habe.',
      'Die Regierung sprach nicht von [[Terroristen]], sondern von Randalierern.',
    ],
  },
  limit(s: Sentence, from: number, to: number) {
    const w = s.words;
    let start = from - 1;
    while (start > 0 && !isClauseBreak(w[start - 1]!) && w[start - 1]!.norm !== 'dass') start--;
    const end = clauseEnd(w, from);
    const clause = w.slice(start, end);
    if (clause.some((x) => COMMENT.test(x.norm))) return [];
    // "sprach nicht über die Festnahmen": the topic is there ("nicht von Terroristen sprechen" withholds a label: it stays)
    return w[from]?.norm === 'über' && clause.some((x) => TALK.test(x.norm)) ? [] : [[from, to]];
  },
};

/** Verbs of talking about a topic, any form. */
const TALK = /^(ge)?(rede|sprech|sprach|sproch|diskutier|bericht|schreib|schrieb)/u;

/** Verbs (and the noun of "Stellung nehmen") of commenting, confirming and checking, any form. */
const COMMENT = /^(ge)?(äusser|äußer|kommentier|bestätig|überprüf|verifizier)|^stellung(nahme)?$/u;
