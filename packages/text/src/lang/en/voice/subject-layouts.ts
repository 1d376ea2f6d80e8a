// Two English subject layouts that `subjectBefore` (phrases.ts) reads backwards from the verb of
// saying (review2 F2c, F4b). Wire copy names an organisation in full with its acronym in
// parentheses at first mention, and qualifies a subject with a relative clause without commas.
//   The Collective Security Treaty Organization (CSTO) said its peacekeepers would …
//        → "The Collective Security Treaty Organization (CSTO)"
//   A Protestant charity that runs a school in Almaty said its staff were safe.   → "A Protestant charity"
//   The ministry, which runs the prisons, said …   (a relative clause in commas: phrases.ts)
// Look-alikes that keep their reading (written first):
//   Officials said that protesters said they were beaten.   (the "that" of a claim: "protesters")
//   The ministry (which declined to be named) said …         (more than a short name in parentheses: no subject)
//   Police said (without giving details) that …              (parentheses after the verb: not a subject)
import { inPhrase, isNamePhrase, type Range } from './phrases.js';
import type { Unit } from './unit.js';

/** Relative pronouns that qualify a subject without commas. */
const RELATIVE = /^(that|who|which)$/;

/** "… Organization (CSTO)" before item `end`: the index of "(" when items [open, end) are "(", one to three capitalised words or an acronym, ")"; else -1. */
export function acronymBefore(u: Unit, from: number, end: number): number {
  if (!u.is(end - 1, ')')) return -1;
  let k = end - 2;
  while (k > from && k >= end - 4 && u.isWord(k) && u.isCap(k)) k--;
  return k > from && k < end - 2 && u.is(k, '(') ? k : -1;
}

/**
 * "A Protestant charity that runs a school in Almaty said": the verb phrase [s, e) read back from
 * the verb follows "that"/"who"/"which"; the subject is the noun phrase before the relative
 * pronoun. Else null.
 */
export function relativeSubject(u: Unit, from: number, s: number, e: number): Range | null {
  if (s - 1 <= from || s >= e || !RELATIVE.test(u.norm(s - 1)) || u.isCap(s) || !u.isWord(s)) return null;
  // a verb opens the relative clause ("runs", "has", "was"), not a determiner or a pronoun ("that the ministry said")
  if (/^(the|a|an|this|these|those|its|his|her|their|our|it|he|she|they|we|i|you)$/.test(u.norm(s))) return null;
  let n = s - 1;
  while (n > from && inPhrase(u, n - 1) && !u.isQuote(n - 1)) n--;
  return n < s - 1 && isNamePhrase(u, n, s - 1) ? { from: n, to: s - 1 } : null;
}
