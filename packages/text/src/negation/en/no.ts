import type { NegationRule, Sentence, Word } from '../types.js';
import { normAt, scope } from '../words.js';
import { BE, clauseEnd, CONTENT_NOUNS } from './words.js';

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
      'None of that [[was imported from abroad]], the columnist wrote.',
      'None of the detainees [[was a terrorist]], their lawyers said.',
      'There is no [[evidence that foreign troops fired on the crowd]].',
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
      // "none of the detainees was a terrorist": the partitive's noun is there, its predicate is negated
      if (word.norm === 'none' && next === 'of') {
        const verb = predicateAt(w, i + 2);
        if (verb >= 0) return scope(w, verb, clauseEnd(w, verb), 'none of', 'en-no');
      }
      // "nothing that pointed to …": the relative clause is what is negated, so "that" does not end it
      const start = word.norm === 'nothing' && next === 'that' ? from + 1 : from;
      let end = clauseEnd(w, start);
      // "no evidence that troops fired": the content of an evidence noun is what is negated
      if (normAt(w, end) === 'that' && CONTENT_NOUNS.has(normAt(w, end - 1))) end = clauseEnd(w, end + 1);
      return scope(w, from, end, from === i + 2 ? 'no one' : word.norm, 'en-no');
    });
  },
};

const CUES = new Set(['no', 'nothing', 'none', 'nobody']);

/** Auxiliaries and modals that open a predicate after "none of …". */
const AUXILIARIES = new Set([...BE, 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'should', 'might', 'may', 'must']);

/** Index of the first auxiliary or "-ed" verb after the partitive "of …" from `from` (within six words), or -1. */
function predicateAt(w: readonly Word[], from: number): number {
  for (let k = from + 1; k < w.length && k <= from + 6; k++) {
    if (w[k]!.punct) return -1;
    if (AUXILIARIES.has(w[k]!.norm) || (/ed$/.test(w[k]!.norm) && !w[k]!.cap)) return k;
  }
  return -1;
}

/** Nouns negated in set phrases that affirm what follows. */
const IDIOMS = new Set(['doubt', 'wonder', 'matter', 'coincidence', 'secret', 'surprise', 'sooner', 'exception', 'question', 'accident']);
const COMPARATIVES = new Set(['less', 'more', 'fewer']);
