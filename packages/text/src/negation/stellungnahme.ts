import type { ScopeLimit, Sentence } from './types.js';
import { clauseEnd, isClauseBreak } from './words.js';

// A negated comment or confirmation ("Das Ministerium äußerte sich nicht zu den Festnahmen",
// "wollte die Berichte über Plünderungen nicht bestätigen", "nahm nicht Stellung zu …") says
// nothing about the events it is about: it presupposes them. The clause of "nicht" with a verb of
// commenting, confirming or checking loses its scope; the same verb in another clause does not count.
export const stellungnahme: ScopeLimit = {
  id: 'stellungnahme',
  rules: ['nicht'],
  examples: {
    kept: [
      'Das Ministerium äußerte sich nicht zu den [[Festnahmen]].',
      'Die Regierung wollte nicht zu den [[Plünderungen]] Stellung nehmen.',
      'Der Sprecher wollte sich nicht zur Zahl der getöteten [[Demonstranten]] äußern.',
      'Die Behörden bestätigten nicht die [[Festnahme]] des Oppositionsführers.',
    ],
    negated: [
      'Der Sprecher äußerte sich, die Polizei habe nicht [[scharf geschossen]].',
      'Die Regierung bestätigte, dass die Polizei nicht [[auf Demonstranten geschossen]] habe.',
    ],
  },
  limit(s: Sentence, from: number, to: number) {
    const w = s.words;
    let start = from - 1;
    while (start > 0 && !isClauseBreak(w[start - 1]!) && w[start - 1]!.norm !== 'dass') start--;
    const end = clauseEnd(w, from);
    return w.slice(start, end).some((x) => COMMENT.test(x.norm)) ? [] : [[from, to]];
  },
};

/** Verbs (and the noun of "Stellung nehmen") of commenting, confirming and checking, any form. */
const COMMENT = /^(ge)?(äusser|äußer|kommentier|bestätig|überprüf|verifizier)|^stellung(nahme)?$/u;
