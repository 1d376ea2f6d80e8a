// Part of rule 1 (speech frames): the label a naming or labelling verb gives without quotation marks
// is the speaker's word (reported, the speaker is the verb's subject). Examples (rules/frame-labels.test.ts):
//
// Handles:
//   Das Regime nennt sie Terroristen.   Die Regierung bezeichnete die Demonstranten als Terroristen.
//   Was die Regierung eine Antiterroroperation nennt, ist in Wahrheit ein Blutbad.  (the phrase before a clause-final verb)
//   Tokajew nannte die Proteste einen Putschversuch.   Die Regierung hat sie Terroristen genannt.
//   Tokajew, der die Demonstranten als Banditen bezeichnete, gab den Schießbefehl.
//   Die Demonstranten werden als Terroristen bezeichnet.  (a passive: speaker anonymous)
// Must not touch:
//   Der Kreml bezeichnete die Proteste als "Akt äußerer Aggression".  (the quotation is the label: quote-class.ts)
//   Der Begriff bezeichnet eine Region im Süden.   Die Stadt, die früher Alma-Ata genannt wurde, ist groß.
//   Die Menge rief nach Freiheit.   So wird eigentlich die Zeit der Wirren … genannt.  (a passive without "als")
import type { Analysis } from '../analysis.js';
import { PUNCT, WORD } from '../cues.js';
import { findWord, lastWordIndex } from '../helpers.js';
import { QUOTE } from '../items.js';
import type { Items } from '../items.js';
import { firstNounPhrase, isPronoun, nounPhraseEnd } from '../speakers.js';
import { isLabellingVerb } from '../units.js';

/**
 * The label a labelling verb (nennen, bezeichnen … als, titulieren) gives in clause `ci` without
 * quotation marks, as items [from, to), or null: "bezeichnete die Demonstranten als Terroristen"
 * (after "als"), "nennt sie Terroristen" (after the object), "Was die Regierung eine
 * Antiterroroperation nennt" / "hat sie Terroristen genannt" (the noun phrase right before a
 * clause-final verb). None when a quotation follows the verb (that quotation is the label).
 */
export function labelTerm(a: Analysis, verb: number, ci: number): readonly [number, number] | null {
  const { v, cls } = a;
  if (!isLabellingVerb(v.norm(verb))) return null;
  const from = cls.from[ci]!;
  let to = cls.to[ci]!;
  while (to > verb + 1 && (v.kind[to - 1]! & PUNCT) !== 0) to--;
  for (let i = verb + 1; i < to; i++) if ((v.kind[i]! & QUOTE) !== 0) return null;
  const last = lastWordIndex(v, from, to);
  const als = findWord(v, from, to, 'als', 0);
  if (als >= 0 && als + 1 < to) {
    // "als X" after the verb (to the clause end) or before a clause-final verb
    if (als > verb) return nounPhraseOrRest(v, als + 1, to);
    if (last === verb) return nounPhraseOrRest(v, als + 1, verb);
    return null;
  }
  if (!/^(nenn|nann|genannt|titulier)/.test(v.norm(verb))) return null;
  // a passive without "als" ("So wird … des 16. Jahrhunderts genannt"): the label is not the noun phrase before the verb
  if (isPassive(a, ci)) return null;
  if (last === verb) {
    // the noun phrase ending right before the verb, after the subject
    const subject = firstNounPhrase(v, from, verb);
    for (let s = subject === null ? from : subject.to; s < verb; s++) {
      if ((v.kind[s]! & WORD) === 0 || isPronoun(v, s)) continue;
      if (nounPhraseEnd(v, s) === verb) return [s, verb];
    }
    return null;
  }
  // V2: "nennt sie Terroristen", "nannte die Proteste einen Putschversuch": skip the object
  let k = verb + 1;
  if (isPronoun(v, k)) k++;
  else {
    const obj = nounPhraseEnd(v, k);
    if (obj < 0) return null;
    k = obj;
  }
  if (k >= to || (v.kind[k]! & WORD) === 0) return null;
  return nounPhraseOrRest(v, k, to);
}

/** Is clause `c` passive ("werden … genannt", "wurden als … bezeichnet")? */
export function isPassive(a: Analysis, c: number): boolean {
  const { v, cls } = a;
  for (let i = cls.from[c]!; i < cls.to[c]!; i++) {
    if ((v.kind[i]! & WORD) === 0) continue;
    const n = v.norm(i);
    if (n === 'wird' || n === 'werden' || n === 'wurde' || n === 'wurden' || n === 'worden') return true;
  }
  return false;
}

/** Items [from, to) as a label: the noun phrase starting at `from` when it fills the range, else the whole range (non-empty, starting with a word). */
function nounPhraseOrRest(v: Items, from: number, to: number): readonly [number, number] | null {
  if (from >= to || (v.kind[from]! & WORD) === 0) return null;
  const np = nounPhraseEnd(v, from);
  return [from, np > from && np <= to ? np : to];
}
