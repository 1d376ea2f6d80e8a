import type { NegationRule, Sentence } from '../types.js';
import { normAt, scope } from '../words.js';
import { clauseEnd } from './words.js';

// "no", "nothing", "none", "nobody" and "no one" negate the rest of their clause ("there is no
// evidence of foreign involvement", "nobody called them terrorists"). Idioms whose negated noun
// affirms what follows are left alone: "no doubt", "no wonder", "no matter", "no coincidence",
// "no secret", "no surprise", "no less/more/fewer than", "no sooner", "nothing but", "nothing
// short of", "nothing less than", "none other than"; so are questions and the answer "No, …".
export const no: NegationRule = {
  id: 'en-no',
  examples: {
    negated: [
      'There is no [[evidence of foreign involvement]], the prosecutor said.',
      'The authorities found no [[trace of a terrorist network in Almaty]].',
      'Nobody [[called the protesters terrorists at the time]].',
      'Officials said they had seen nothing [[that pointed to a coup]].',
    ],
    not: [
      'There is no doubt that terrorists attacked the airport, Tokayev said.',
      'It is no coincidence that talk of a colour revolution began now.',
      'The riots were nothing but a coup attempt, the minister said.',
      'No fewer than 20,000 bandits attacked Almaty, Tokayev claimed.',
      'No, it was a coup, the state broadcaster insisted.',
      'No matter who started the riots, the terrorists must be punished.',
      'Was there no foreign interference?',
    ],
  },
  find(s: Sentence) {
    if (s.question) return [];
    const w = s.words;
    return w.flatMap((word, i) => {
      let from = i + 1;
      if (word.norm === 'no' && normAt(w, i + 1) === 'one') from = i + 2;
      else if (!CUES.has(word.norm)) return [];
      const next = normAt(w, from);
      if (IDIOMS.has(next) || (COMPARATIVES.has(next) && normAt(w, from + 1) === 'than')) return [];
      if (word.norm === 'none' && next === 'other') return [];
      if (word.norm === 'nothing' && (next === 'but' || next === 'short' || next === 'less' || next === 'more')) return [];
      // "nothing that pointed to …": the relative clause is what is negated, so "that" does not end it
      const start = word.norm === 'nothing' && next === 'that' ? from + 1 : from;
      const end = clauseEnd(w, start);
      return scope(w, from, end, from === i + 2 ? 'no one' : word.norm, 'en-no');
    });
  },
};

const CUES = new Set(['no', 'nothing', 'none', 'nobody']);

/** Nouns negated in set phrases that affirm what follows. */
const IDIOMS = new Set(['doubt', 'wonder', 'matter', 'coincidence', 'secret', 'surprise', 'sooner', 'exception', 'question', 'accident']);
const COMPARATIVES = new Set(['less', 'more', 'fewer']);
