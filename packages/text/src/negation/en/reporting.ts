import type { ScopeLimit, Sentence } from '../types.js';

// Standard wire formulas that withhold a comment, a confirmation or a figure presuppose what they
// are about: "The ministry did not comment on the arrests", "Reuters could not independently
// confirm the crackdown", "It was not immediately possible to verify the reports of looting", "did
// not give a figure for the protesters killed". A verb of commenting, confirming or verifying
// among the first five words after "not" (or giving with a figure noun) drops the scope.
export const reporting: ScopeLimit = {
  id: 'en-reporting',
  rules: ['en-not'],
  examples: {
    kept: [
      'The ministry did not comment on the [[arrests]].',
      'Reuters could not independently confirm the [[crackdown]].',
      'It was not immediately possible to verify the reports of [[looting]].',
      'The ministry did not give a figure for the [[protesters]] killed.',
    ],
    negated: [
      'The ministry said police did not [[fire on the crowd]].',
      'Officials did not say the [[protesters]] were armed.',
      'The president has not [[called the protesters terrorists]], his office said.',
    ],
  },
  limit(s: Sentence, from: number, to: number) {
    const w = s.words;
    const first = w.slice(from, Math.min(to, from + 5)).map((x) => x.norm);
    if (first.some((n) => COMMENT.test(n))) return [];
    const give = first.findIndex((n) => GIVE.has(n));
    return give >= 0 && first.slice(give + 1).some((n) => FIGURES.has(n)) ? [] : [[from, to]];
  },
};

/** Verbs of commenting, confirming and verifying, any form. */
const COMMENT = /^(comment|confirm|verif|corroborat|disclos|specif|elaborat)/u;
const GIVE = new Set(['give', 'gave', 'given', 'provide', 'provided', 'release', 'released', 'publish', 'published', 'offer', 'offered']);
const FIGURES = new Set(['figure', 'figures', 'number', 'numbers', 'toll', 'details', 'breakdown', 'estimate', 'count', 'tally']);
