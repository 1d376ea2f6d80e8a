// Konjunktiv I forms not on the list (lexicon.ts KONJUNKTIV_I holds the forms that differ from every
// indicative): the third person singular in -e ("nutze", "stecke", "verdiene", "zahle") equals the
// first person indicative ("ich nutze"), so it is read only where reported speech is expected —
// after an attributed sentence (subjunctive-continuation.ts) or a holder's colon (colon-holder.ts) —
// and only in the verb-second place after a noun (review of 2026-12-07, F2). Examples
// (weak-konjunktiv.test.ts):
//   "… sagte der Zeitung, … sei ein Vorwand. Russland nutze die Unruhen, um …"  → "nutze"
//   "Für die Regierung steht fest: Hinter den Unruhen stecke eine Verschwörung."  → "stecke"
// Look-alikes: "Morgen gehe ich" (first person after it); "Das glaube ich nicht" (after a
// pronoun or determiner); "Die Brücke wurde gesperrt" (a past tense in -de); "Die Kinder spielen
// gerne" (an adverb in -e; and not after a noun); "Er forderte" (-te, the past); "Lennons
// zänkische Witwe" (an adjective before a noun: a verb before a bare noun is not read either, so
// "Der Konzern verdiene Milliarden" is missed); a question; a verb before the form ("Wie können …");
// an English sentence ("Western media continue to describe …": "the", "to", "of" in it).
import { ADJECTIVE_ENDING, CAP, DETERMINER, FINITE, FUNCTION_WORD, PREPOSITION, PRONOUN, WORD } from '../cues.js';
import { FOREIGN_FUNCTION_WORDS } from '../lexicon.js';
import type { RuleContext } from './context.js';

/** Words in -e after a noun that are no verb, or a past or first-person form. */
const NOT_KONJUNKTIV = new Set(['gerne', 'heute', 'lange', 'alleine', 'bitte', 'ohne', 'wurde', 'würde', 'gegen', 'ebenfalls', 'ferne', 'nahe', 'bereite', 'zusammen', 'dabei', 'selbe', 'hierzulande', 'nie', 'sie', 'die', 'wie', 'hier']);

/** Is token `i` a Konjunktiv I in -e in the verb-second place after a noun? */
export function isWeakKonjunktiv(c: RuleContext, i: number): boolean {
  const b = c.bits(i);
  if ((b & (WORD | CAP | DETERMINER | PRONOUN | PREPOSITION | FUNCTION_WORD)) !== WORD) return false;
  const n = c.norm(i);
  if (n.length < 4 || !n.endsWith('e') || n.endsWith('te') || n.endsWith('ie') || NOT_KONJUNKTIV.has(n)) return false;
  const prev = c.bits(i - 1);
  if ((prev & (WORD | CAP | DETERMINER | PRONOUN | FUNCTION_WORD | PREPOSITION)) !== (WORD | CAP)) return false;
  // "Lennons zänkische Witwe", "15 Millionen neue, sichere Stellen": an adjective before a noun or a comma
  const next = c.bits(i + 1);
  if ((next & (WORD | CAP | DETERMINER | PRONOUN | FUNCTION_WORD | PREPOSITION)) === (WORD | CAP) || c.isComma(i + 1)) return false;
  return c.norm(i + 1) !== 'ich';
}

/** Only a first constituent before token `i` (no verb): determiners, prepositions, numbers, capitalised words, attributive adjectives. */
function firstConstituentBefore(c: RuleContext, from: number, i: number): boolean {
  for (let k = from; k < i; k++) {
    const b = c.bits(k);
    if ((b & WORD) === 0 || (b & (CAP | DETERMINER | PREPOSITION)) !== 0) continue;
    if ((b & ADJECTIVE_ENDING) !== 0 && (b & (FUNCTION_WORD | PRONOUN | FINITE)) === 0) continue;
    return false;
  }
  return true;
}

/** The first weak Konjunktiv I among tokens [from, to), or -1. */
export function weakKonjunktivIn(c: RuleContext, from: number, to: number): number {
  // a question is no claim ("Wie können 15 Millionen neue Stellen entstehen?")
  if (c.norm(c.trimEnd(from, to)) === '?' || c.norm(to - 1) === '?') return -1;
  let found = -1;
  for (let i = from + 1; i < to && found < 0; i++) if (isWeakKonjunktiv(c, i)) found = firstConstituentBefore(c, from, i) ? i : to;
  if (found < 0 || found >= to) return -1;
  // a sentence in another language ("Western media continue to …", "the alliance said"): English words end in -e too
  for (let i = from; i < to; i++) if (FOREIGN_FUNCTION_WORDS.has(c.norm(i)) || c.norm(i) === 'to') return -1;
  return found;
}
