import type { NegationRule, Sentence } from '../types.js';
import { normAt, scope } from '../words.js';
import { clauseEnd } from './words.js';

// "not", "n't" and "never" negate what follows them up to the end of the clause ("did not call
// them terrorists", "is not a coup"). What stands before them is not counted. Set phrases that
// affirm ("not only … but also", "not just", "not least", "not to mention", "if not", "not less
// than", "never before", "as never before"), double negations ("not unfounded") and questions
// ("Isn't this terrorism?") are left alone; "whether or not" negates nothing, and "not … until"
// affirms from then on.
export const not: NegationRule = {
  id: 'en-not',
  examples: {
    negated: [
      'The lawyer said the pianist was not [[a terrorist]].',
      "Tokayev didn't [[describe the protesters as terrorists]], the analyst said.",
      'Russia has never [[sent combat troops to Kazakhstan]], the ministry said.',
      'The unrest is not [[a coup attempt]] but a protest over fuel prices.',
    ],
    not: [
      'The government spoke not only of bandits but also of terrorists.',
      'Not least because of the terrorist threat, the alliance sent troops.',
      'Never before had so many protesters taken to the streets.',
      'Dozens, if not hundreds, of terrorists were detained.',
      'Not less than 160 people died in the riots.',
      'Is this not terrorism?',
      'Whether or not foreign fighters were involved remains unclear.',
      'The claims of a coup were not unfounded, the report said.',
      'The ministry did not call them terrorists until Wednesday.',
    ],
  },
  find(s: Sentence) {
    if (s.question) return [];
    const w = s.words;
    return w.flatMap((word, i) => {
      if (!CUES.has(word.norm)) return [];
      const next = normAt(w, i + 1);
      const prev = normAt(w, i - 1);
      if (AFFIRMING_NEXT.has(next) || prev === 'if' || prev === 'or' || prev === 'as') return [];
      if (next === 'to' && normAt(w, i + 2) === 'mention') return [];
      if (COMPARATIVES.has(next) && normAt(w, i + 2) === 'than') return [];
      if (next.startsWith('un') && next.length > 4) return [];
      const end = clauseEnd(w, i + 1);
      // "did not call them terrorists until Wednesday": from then on they did
      if (w.slice(i + 1, end).some((x) => x.norm === 'until')) return [];
      return scope(w, i + 1, end, word.norm, 'en-not');
    });
  },
};

const CUES = new Set(['not', "n't", 'never']);

/** Words after "not" or "never" that make a set phrase which does not negate what follows. */
const AFFIRMING_NEXT = new Set(['only', 'just', 'merely', 'simply', 'least', 'before', 'once', 'infrequently', 'uncommonly', 'until']);
const COMPARATIVES = new Set(['less', 'fewer', 'more']);
