import { ADJECTIVE_ENDING, CAP, DETERMINER, FINITE, FUNCTION_WORD, NUMBER, PREPOSITION, PRONOUN, PUNCT, SEP, WORD } from './cues.js';
import type { Items } from './items.js';
import { QUOTE } from './items.js';

// Speaker phrases: the noun phrase that names who speaks ("der russische Politologe Juri
// Solosubow", "Khabar 24", "mehrerer Telegram-Kanäle"). Only the phrase as written is extracted
// here; mapping phrases to speaker groups is the lexicon's job (packages/lexicon).

/** Item index range [from, to) of a noun phrase. */
export interface Phrase {
  from: number;
  to: number;
}

// Word classes are read from the item's form flags (cues.ts: FUNCTION_WORD, DETERMINER, …,
// ADJECTIVE_ENDING for -e/-en/-er/-es/-em), computed once per surface form.

export const isDeterminer = (v: Items, i: number): boolean => (v.bits(i) & (WORD | DETERMINER)) === (WORD | DETERMINER);
export const isPreposition = (v: Items, i: number): boolean => (v.bits(i) & (WORD | PREPOSITION)) === (WORD | PREPOSITION);
export const isPronoun = (v: Items, i: number): boolean => (v.bits(i) & (WORD | PRONOUN)) === (WORD | PRONOUN);

/** A capitalised word that can head a noun phrase (not a capitalised adverb or conjunction). */
export function isNounLike(v: Items, i: number): boolean {
  return (v.bits(i) & (WORD | CAP | FUNCTION_WORD | DETERMINER)) === (WORD | CAP);
}

/**
 * A lower-case attributive adjective: ends like one, is followed by a noun or another adjective,
 * and does not follow a noun ("Almaty eroberten Einsatzkräfte" is a verb between two nouns).
 */
export function isAdjectiveAt(v: Items, i: number): boolean {
  if (!looseAdjective(v, i)) return false;
  return !(i > 0 && isNounLike(v, i - 1));
}

/** Ends like an adjective and is followed by a noun (possibly after more adjectives); not an auxiliary verb ("hatten"). */
function looseAdjective(v: Items, i: number): boolean {
  if ((v.bits(i) & (WORD | CAP | FUNCTION_WORD | DETERMINER | FINITE | ADJECTIVE_ENDING)) !== (WORD | ADJECTIVE_ENDING)) return false;
  const last = Math.min(v.n, i + 4);
  for (let k = i + 1; k < last; k++) {
    const b = v.kind[k]!;
    if ((b & (WORD | CAP | FUNCTION_WORD | DETERMINER)) === (WORD | CAP)) return true; // noun-like
    if ((b & (WORD | CAP | DETERMINER | FUNCTION_WORD | ADJECTIVE_ENDING)) !== (WORD | ADJECTIVE_ENDING)) return false;
  }
  return false;
}

/**
 * The noun phrase starting at item `i`: [determiner] adjective* head+ (genitive attribute)*
 * (", Apposition"). The head is a run of capitalised words, numbers after a name ("Khabar 24")
 * and quoted names ("dem Portal „Vlast“"). Returns the end of the phrase (it runs over items
 * [i, end)), or -1 when no head is found.
 */
export function nounPhraseEnd(v: Items, i: number): number {
  let k = i;
  if (isDeterminer(v, k)) k++;
  while (isAdjectiveAt(v, k)) k++;
  const headStart = k;
  k = head(v, k, k > i);
  if (k === headStart) return -1;
  // genitive attributes: "des US-Außenministeriums", "der städtischen Behörden"
  for (let g = 0; g < 2; g++) {
    if ((v.bits(k) & WORD) === 0) break;
    const n = v.norm(k);
    if (n !== 'des' && n !== 'der') break;
    let m = k + 1;
    while (isAdjectiveAt(v, m)) m++;
    const end = head(v, m);
    if (end === m) break;
    k = end;
  }
  // apposition: ", Ned Price" closing the unit or followed by another separator
  if ((v.bits(k) & SEP) !== 0 && v.norm(k) === ',') {
    let m = k + 1;
    while (m < v.n && m - k <= 4 && isNounLike(v, m)) m++;
    if (m > k + 1 && (m >= v.n || (v.kind[m]! & SEP) !== 0 || ((v.kind[m]! & PUNCT) !== 0 && v.norm(m) === '.'))) k = m;
  }
  return k;
}

/** The noun phrase starting at item `i` as a Phrase, or null. */
export function nounPhrase(v: Items, i: number): Phrase | null {
  const to = nounPhraseEnd(v, i);
  return to < 0 ? null : { from: i, to };
}

/** The head from item `k`: capitalised words, then numbers and quoted names; with `quoteFirst` (after a determiner or adjective) it may be a quotation ("Der „Staatschef“"). */
function head(v: Items, k: number, quoteFirst = false): number {
  let m = k;
  for (;;) {
    if (isNounLike(v, m)) m++;
    else if ((m > k || quoteFirst) && (v.bits(m) & QUOTE) !== 0) m++;
    // a number after a name ("Khabar 24"), not one that starts the next noun phrase ("die Polizei 300 Menschen")
    else if (m > k && (v.bits(m) & NUMBER) !== 0 && !isNounLike(v, m + 1)) m++;
    else break;
  }
  return m;
}

/**
 * The first noun phrase in items [from, to) that is not governed by a preposition (a subject
 * candidate): skips "Noch am Dienstag" to find "viele Experten". Pronouns count (resolved later).
 */
export function firstNounPhrase(v: Items, from: number, to: number): Phrase | null {
  for (let i = from; i < to; i++) {
    const b = v.bits(i);
    if ((b & WORD) === 0) continue;
    if ((b & PRONOUN) !== 0 && !isPreposition(v, i - 1)) return { from: i, to: i + 1 };
    if ((b & PREPOSITION) !== 0) {
      // skip the prepositional phrase
      const pp = nounPhraseEnd(v, i + 1);
      if (pp >= 0) i = pp - 1;
      continue;
    }
    if (!((b & DETERMINER) !== 0 || isNounLike(v, i) || isAdjectiveAt(v, i))) continue;
    const np = nounPhraseEnd(v, i);
    if (np >= 0) return { from: i, to: np <= to ? np : to };
  }
  return null;
}

/**
 * True when items [from, to) are only a noun phrase (determiners, adjectives, prepositions, names,
 * numbers, commas and hyphens): a subject with its appositions, not a clause with a verb.
 */
export function isBareNounPhrase(v: Items, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const b = v.bits(i);
    if ((b & (NUMBER | QUOTE)) !== 0) continue;
    if ((b & PUNCT) !== 0) {
      const n = v.norm(i);
      if (n === ':' || n === ';') return false;
      continue;
    }
    if ((b & CAP) !== 0 && (i > from || (b & FUNCTION_WORD) === 0)) continue;
    if ((b & (DETERMINER | PREPOSITION)) !== 0 || looseAdjective(v, i)) continue;
    return false;
  }
  return true;
}

/** The phrase's text, trimmed of separators at either end. */
export function phraseText(text: string, v: Items, p: Phrase): string {
  let from = p.from;
  let to = p.to;
  while (from < to && (v.bits(from) & SEP) !== 0) from++;
  while (to > from && (v.bits(to - 1) & SEP) !== 0) to--;
  if (from >= to) return '';
  return text.slice(v.startOf(from), v.endOf(to - 1));
}
