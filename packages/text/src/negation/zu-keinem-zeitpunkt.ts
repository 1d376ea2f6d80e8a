import type { NegationRule, Sentence, Word } from './types.js';
import { clauseEnd, normAt, scope } from './words.js';

// "zu keinem Zeitpunkt", "in keiner Weise", "auf keinen Fall", "in keinem Fall", "unter keinen
// Umständen" are adverbs like "nie" and "nicht": they negate the rest of the clause ("hat zu
// keinem Zeitpunkt zu Gewalt aufgerufen"), not the noun after "kein", which kein.ts leaves to this rule.
export const zuKeinemZeitpunkt: NegationRule = {
  id: 'kein-adverbial',
  examples: {
    negated: [
      'Die Gewerkschaft hat zu keinem Zeitpunkt [[zu Gewalt aufgerufen]].',
      'Die Regierung werde auf keinen Fall [[mit Terroristen verhandeln]], sagte der Sprecher.',
      'Die Opposition sei in keiner Weise [[vom Ausland gesteuert worden]].',
    ],
    not: ['Die Polizei kam zu einem Zeitpunkt, als die Plünderer schon weg waren.', 'In keiner anderen Stadt gab es so viele Tote?'],
  },
  find(s: Sentence) {
    if (s.question) return [];
    const w = s.words;
    return w.flatMap((word, i) => {
      const phrase = adverbialAt(w, i);
      if (phrase === undefined) return [];
      return scope(w, i + 3, clauseEnd(w, i + 3), phrase, 'kein-adverbial');
    });
  },
};

/** The adverbs: preposition, form of "kein", noun. */
const ADVERBIALS: ReadonlyArray<readonly [string, string, string]> = [
  ['zu', 'keinem', 'zeitpunkt'],
  ['in', 'keiner', 'weise'],
  ['auf', 'keinen', 'fall'],
  ['in', 'keinem', 'fall'],
  ['unter', 'keinen', 'umständen'],
];

/** The adverb that starts at word i ("zu keinem zeitpunkt"), if any; kein.ts leaves its "kein" alone. */
export function adverbialAt(w: readonly Word[], i: number): string | undefined {
  return ADVERBIALS.find(([p, k, n]) => normAt(w, i) === p && normAt(w, i + 1) === k && normAt(w, i + 2) === n)?.join(' ');
}
