import type { ScopeLimit, Sentence } from '../types.js';

// A negated action against someone or aimed at someone does not deny that someone: "would not
// take part in operations against protesters", "did not shoot at demonstrators" deny the action,
// the protesters are there. The scope stops before "against" / "at". A contrast with "but" is the
// exception: "not against the government but against corruption" denies the government as target.
export const against: ScopeLimit = {
  id: 'en-against',
  rules: ['en-not', 'en-neither-nor'],
  examples: {
    kept: [
      'The troops would not take part in operations against [[protesters]], the alliance said.',
      'Soldiers did not shoot at [[demonstrators]], the general insisted.',
      'Police never used force against peaceful [[protesters]], the ministry said.',
    ],
    negated: [
      'The protests were not against [[Russia]] but against the oligarchs.',
      'Police never used [[force]] against peaceful protesters, the ministry said.',
      'The alliance said it would not [[intervene]] in the riots.',
    ],
  },
  limit(s: Sentence, from: number, to: number) {
    const w = s.words;
    const at = w.slice(from, to).findIndex((x) => TARGET.has(x.norm));
    if (at < 0) return [[from, to]];
    const after = w[to]?.punct === true ? to + 1 : to;
    if (at === 0 && w[after]?.norm === 'but') return [[from, to]];
    return at === 0 ? [] : [[from, from + at]];
  },
};

/** Prepositions of the target of an action. */
const TARGET = new Set(['against', 'at']);
