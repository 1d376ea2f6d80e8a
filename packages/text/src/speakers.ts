import { ADJECTIVE_ENDING, DETERMINER, FINITE, FUNCTION_WORD, PREPOSITION, PRONOUN } from './voice-cues.js';
import type { Item } from './voice-units.js';
import { isSeparator } from './voice-units.js';

// Speaker phrases: the noun phrase that names who speaks ("der russische Politologe Juri
// Solosubow", "Khabar 24", "mehrerer Telegram-Kanäle"). Only the phrase as written is extracted
// here; mapping phrases to speaker groups is the lexicon's job (packages/lexicon).

/** Item index range [from, to) of a noun phrase. */
export interface Phrase {
  from: number;
  to: number;
}

// Word classes are read from the item's form flags (voice-cues.ts: FUNCTION_WORD, DETERMINER, …,
// ADJECTIVE_ENDING for -e/-en/-er/-es/-em), computed once per surface form.

const isWord = (it: Item | undefined): it is Item => it !== undefined && it.kind === 'word';
export const isDeterminer = (it: Item | undefined): boolean => isWord(it) && (it.flags & DETERMINER) !== 0;
export const isPreposition = (it: Item | undefined): boolean => isWord(it) && (it.flags & PREPOSITION) !== 0;
export const isPronoun = (it: Item | undefined): boolean => isWord(it) && (it.flags & PRONOUN) !== 0;

/** A capitalised word that can head a noun phrase (not a capitalised adverb or conjunction). */
export function isNounLike(it: Item | undefined): boolean {
  return isWord(it) && it.cap && (it.flags & (FUNCTION_WORD | DETERMINER)) === 0;
}

/**
 * A lower-case attributive adjective: ends like one, is followed by a noun or another adjective,
 * and does not follow a noun ("Almaty eroberten Einsatzkräfte" is a verb between two nouns).
 */
export function isAdjectiveAt(items: Item[], i: number): boolean {
  const it = items[i];
  if (!looseAdjective(items, i)) return false;
  return !(i > 0 && isNounLike(items[i - 1]));
}

/** Ends like an adjective and is followed by a noun (possibly after more adjectives); not an auxiliary verb ("hatten"). */
function looseAdjective(items: Item[], i: number): boolean {
  const it = items[i];
  if (!isWord(it) || it.cap || (it.flags & (FUNCTION_WORD | DETERMINER | FINITE)) !== 0) return false;
  if ((it.flags & ADJECTIVE_ENDING) === 0) return false;
  for (let k = i + 1; k < Math.min(items.length, i + 4); k++) {
    if (isNounLike(items[k])) return true;
    const w = items[k];
    if (!isWord(w) || w.cap || (w.flags & (DETERMINER | FUNCTION_WORD)) !== 0) return false;
    if ((w.flags & ADJECTIVE_ENDING) === 0) return false;
  }
  return false;
}

/**
 * The noun phrase starting at item `i`: [determiner] adjective* head+ (genitive attribute)*
 * (", Apposition"). The head is a run of capitalised words, numbers after a name ("Khabar 24")
 * and quoted names ("dem Portal „Vlast“"). Returns null when no head is found.
 */
export function nounPhrase(items: Item[], i: number): Phrase | null {
  let k = i;
  if (isDeterminer(items[k])) k++;
  while (isAdjectiveAt(items, k)) k++;
  const headStart = k;
  k = head(items, k);
  if (k === headStart) return null;
  // genitive attributes: "des US-Außenministeriums", "der städtischen Behörden"
  for (let g = 0; g < 2; g++) {
    const it = items[k];
    if (!isWord(it) || (it.norm !== 'des' && it.norm !== 'der')) break;
    let m = k + 1;
    while (isAdjectiveAt(items, m)) m++;
    const end = head(items, m);
    if (end === m) break;
    k = end;
  }
  // apposition: ", Ned Price" closing the unit or followed by another separator
  if (isSeparator(items[k]) && items[k]!.norm === ',') {
    let m = k + 1;
    while (m < items.length && m - k <= 4 && isNounLike(items[m])) m++;
    const after = items[m];
    if (m > k + 1 && (after === undefined || isSeparator(after) || (after.kind === 'punct' && after.norm === '.'))) k = m;
  }
  return { from: i, to: k };
}

function head(items: Item[], k: number): number {
  let m = k;
  for (;;) {
    const it = items[m];
    if (isNounLike(it)) m++;
    else if (it !== undefined && it.kind === 'number' && m > k) m++;
    else if (it !== undefined && it.kind === 'quote' && m > k) m++;
    else break;
  }
  return m;
}

/**
 * The first noun phrase in items [from, to) that is not governed by a preposition (a subject
 * candidate): skips "Noch am Dienstag" to find "viele Experten". Pronouns count (resolved later).
 */
export function firstNounPhrase(items: Item[], from: number, to: number): Phrase | null {
  for (let i = from; i < to; i++) {
    const it = items[i]!;
    if (isPronoun(it) && !isPreposition(items[i - 1])) return { from: i, to: i + 1 };
    if (isPreposition(it)) {
      // skip the prepositional phrase
      const pp = nounPhrase(items, i + 1);
      if (pp !== null) i = pp.to - 1;
      continue;
    }
    if (!(isDeterminer(it) || isNounLike(it) || isAdjectiveAt(items, i))) continue;
    const np = nounPhrase(items, i);
    if (np !== null && np.to <= to) return np;
    if (np !== null) return { from: np.from, to };
  }
  return null;
}

/**
 * True when items [from, to) are only a noun phrase (determiners, adjectives, prepositions, names,
 * numbers, commas and hyphens): a subject with its appositions, not a clause with a verb.
 */
export function isBareNounPhrase(items: Item[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const it = items[i]!;
    if (it.kind === 'number' || it.kind === 'quote') continue;
    if (it.kind === 'punct') {
      if (it.norm === ':' || it.norm === ';') return false;
      continue;
    }
    if (it.cap && (i > from || (it.flags & FUNCTION_WORD) === 0)) continue;
    if ((it.flags & (DETERMINER | PREPOSITION)) !== 0 || looseAdjective(items, i)) continue;
    return false;
  }
  return true;
}

/** The phrase's text, trimmed of separators at either end. */
export function phraseText(text: string, items: Item[], p: Phrase): string {
  let from = p.from;
  let to = p.to;
  while (from < to && isSeparator(items[from])) from++;
  while (to > from && isSeparator(items[to - 1])) to--;
  if (from >= to) return '';
  return text.slice(items[from]!.start, items[to - 1]!.end);
}
