// The word tests of English noun phrases shared by phrases.ts and subject-layouts.ts: may a word
// stand in a noun phrase, and may a stretch of words name a speaker.
import { BE_FORMS, COMPLEMENTISERS, DETERMINERS, FINITE, NON_SUBJECT, PERSON_NOUNS, PREPOSITIONS, VERB_ADVERBS } from './lexicon.js';
import type { Unit } from './unit.js';

/** Is item `i` a word that may stand in a noun phrase (a name, a noun, an adjective, a determiner, "'s", a number)? */
export function inPhrase(u: Unit, i: number): boolean {
  if (u.isQuote(i)) return true;
  if (!u.isWord(i)) return u.is(i, '-') || u.is(i, '&') || /^\d/.test(u.norm(i));
  const w = u.norm(i);
  return !NON_SUBJECT.has(w) && !FINITE.has(w) && !BE_FORMS.has(w) && !COMPLEMENTISERS.has(w);
}

/**
 * Could items [s, e) name a speaker? A capitalised word, a determiner, a possessive "'s" or a person
 * noun ("officials", "critics"), and no word that cannot be in a noun phrase.
 */
export function isNamePhrase(u: Unit, s: number, e: number): boolean {
  let head = false;
  for (let i = s; i < e; i++) {
    if (!inPhrase(u, i) && !(u.norm(i) === 'and' && i > s && i + 1 < e)) return false;
    if (u.isCap(i) || DETERMINERS.has(u.norm(i)) || u.norm(i) === "'s" || PERSON_NOUNS.has(u.norm(i))) head = true;
  }
  // a bare plural ("opposition parties claimed", "rights groups say"): up to three lower-case words
  if (!head && e - s <= 3 && /[^su]s$/.test(u.norm(e - 1)) && u.isWord(e - 1)) head = true;
  // a lone capitalised adverb or preposition at the start ("Earlier", "Meanwhile") names no one
  if (e - s === 1 && (VERB_ADVERBS.has(u.norm(s)) || PREPOSITIONS.has(u.norm(s)))) return false;
  if (PREPOSITIONS.has(u.norm(s)) && u.isWord(s)) return false;
  return head;
}
