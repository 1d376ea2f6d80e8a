// Part of rule 1 (speech frames): in an inverted frame the time and place of the statement may
// stand between the verb and the speaker (review of 2026-12-07, F1a). They are skipped, never taken
// for the speaker. Examples (rules/frame-adverbials.test.ts):
//   „Wir sind besorgt“, sagte am Freitag in Berlin eine Sprecherin.   → eine Sprecherin
//   Die Lage sei ernst, erklärte gestern der Minister.                  → der Minister
//   …, sagte vor Journalisten in Moskau der Kremlsprecher.              → der Kremlsprecher
//   …, sagte am Rande des Gipfels der Außenminister.                    → der Außenminister
// (A name right after a place name is read as part of it: "in Moskau Kremlsprecher Peskow" names no one.)
//   …, teilte am Sonntagabend die Polizei mit.                          → die Polizei
// Look-alikes: "…, sagte der Minister am Freitag." (the speaker first: nothing to skip); "…, hieß es
// in Regierungskreisen." ("es": heisst-es-source.ts); "…, sagte er." (a pronoun right after the verb).
import { isTimeWord } from '../../speaker-phrase.js';
import { PREPOSITION, PUNCT, WORD } from '../cues.js';
import type { Items } from '../items.js';
import { isDeterminer, isNounLike, isPronoun, nounPhraseEnd } from '../speakers.js';

/** Adverbs of time and manner that stand between a verb of saying and its inverted subject. */
const ADVERBS = new Set([
  'gestern', 'heute', 'vorgestern', 'morgens', 'abends', 'nachts', 'mittags', 'zuvor', 'später', 'dabei', 'zudem', 'auch', 'weiter',
  'erneut', 'nun', 'jetzt', 'bereits', 'schon', 'damals', 'zuletzt', 'kürzlich', 'jüngst', 'wörtlich', 'öffentlich', 'ebenfalls',
]);
/** Prepositions of the time, place or occasion of a statement ("am Freitag", "in Berlin", "vor Journalisten", "bei einer Pressekonferenz"). */
const PREPOSITIONS = new Set(['am', 'an', 'im', 'in', 'vor', 'bei', 'beim', 'nach', 'während', 'auf', 'gegenüber', 'seit']);

/**
 * The item where the inverted subject starts after the verb's item `i` (exclusive end `to`): past
 * adverbs and prepositional phrases of time or place, when a noun phrase follows them; else `i`.
 */
export function afterAdverbials(v: Items, i: number, to: number): number {
  while (to > i && (v.bits(to - 1) & PUNCT) !== 0) to--; // the full stop is not part of the speaker
  let k = i;
  for (let guard = 0; guard < 4 && k < to; guard++) {
    if ((v.bits(k) & WORD) === 0) break;
    const n = v.norm(k);
    if (ADVERBS.has(n) || (isTimeWord(n) && !isNounLike(v, k))) {
      k++;
      continue;
    }
    if ((v.bits(k) & PREPOSITION) !== 0 && PREPOSITIONS.has(n)) {
      let end = nounPhraseEnd(v, k + 1);
      if (end <= k + 1 || end > to) break;
      // "in Moskau der Kremlsprecher", "am Rande des Gipfels der Minister": a phrase running to the
      // clause end swallowed the subject as a genitive; the subject starts at its last determiner
      if (end >= to) {
        let m = end - 1;
        while (m > k + 1 && !isDeterminer(v, m)) m--;
        if (m <= k + 1) break;
        end = m;
      }
      k = end;
      continue;
    }
    break;
  }
  if (k === i || k >= to) return i;
  // a speaker must follow: a determiner, a name or noun, a pronoun
  return isDeterminer(v, k) || isNounLike(v, k) || isPronoun(v, k) ? k : i;
}
