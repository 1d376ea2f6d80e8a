import type { NegationScope, ScopeLimit, Sentence } from '../types.js';
import { COMPLEMENT_PREPOSITIONS, CONTENT_NOUNS } from './words.js';

// "no" and "without" deny their head noun, not the noun of a phrase attached to it: "There was no
// violence against protesters" denies the violence, the protesters are there; "gave no figure for
// the number of protesters detained" withholds a figure. The scope stops at the first such
// preposition ("against", "for", "on", "at", "to", "in" …) unless a head before it is about its
// complement (evidence, reports, claims, links, plans: "no evidence of", "without proof of ties to
// terrorists"). "of", "by", "from" and "as" pass the negation on ("no attacks by terrorists").
export const complement: ScopeLimit = {
  id: 'en-complement',
  rules: ['en-no', 'en-without'],
  examples: {
    kept: [
      'There was no violence against [[protesters]], the police said.',
      'Officials gave no figure for the number of [[protesters]] detained.',
      'The troops left without firing a shot at the [[protesters]].',
      'The government showed no sympathy for the [[strikers]].',
      'No shots were fired at [[demonstrators]] in Almaty, the ministry said.',
    ],
    negated: [
      'There is no evidence of [[foreign-trained militants]].',
      'The court convicted the men without proof of ties to [[terrorists]].',
      'Investigators found no links to [[foreign intelligence services]].',
      'There was no [[violence]] against protesters, the police said.',
      'There were no attacks by [[terrorists]] in the capital.',
    ],
  },
  limit(s: Sentence, from: number, to: number, sc: NegationScope) {
    // a pronoun ("nobody in the government has called …") takes no complement
    if (sc.cue !== 'no' && sc.cue !== 'without') return [[from, to]];
    const w = s.words;
    for (let k = from; k < to; k++) {
      if (CONTENT_NOUNS.has(w[k]!.norm)) return [[from, to]];
      if (k > from && COMPLEMENT_PREPOSITIONS.has(w[k]!.norm)) return [[from, k]];
    }
    return [[from, to]];
  },
};
