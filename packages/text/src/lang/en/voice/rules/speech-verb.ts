// Rule 1, a speech verb with its claim after it: "X said (that) …", "X told reporters …",
// "X says …" (the present-tense news form), "X asked whether …", "X warned/denied/insisted that …".
// Examples (rules/speech-verb.test.ts):
//
// Handles:
//   Tokayev said on Friday that order had been restored.        The IMF says growth will slow.
//   A senior diplomat told Reuters the package was unlikely to pass.   She said: "We will stay."
//   Journalists asked whether the curfew would be extended.     The Kremlin denied that troops would fight.
// Must not touch:
//   The fire claimed twelve lives.   He denied the allegations.   Officials asked residents to stay home.
//   The said company …   That said, the economy grew.   But who says so?
import { COMPLEMENTISERS, DETERMINERS, FINITE, PREPOSITIONS, QUESTION_VERBS, SUBJECT_PRONOUNS, WEAK_VERBS } from '../lexicon.js';
import type { Frame } from '../frames.js';
import type { Unit } from '../unit.js';
import { claimEnd } from './claim-end.js';

export function speechVerb(u: Unit, f: Frame): boolean {
  const c = f.to;
  if (c >= u.n || u.isTaken(f.verb)) return false;
  const verb = u.norm(f.verb);
  let from = c;
  // "said: "…"", "said, "…""
  if ((u.is(c, ':') || u.is(c, ',')) && u.isQuote(c + 1)) from = c + 1;
  else if (u.isQuote(c)) from = c;
  else if (COMPLEMENTISERS.has(u.norm(c))) {
    if (QUESTION_VERBS.has(verb) && u.norm(c) === 'that') return false;
  } else if (QUESTION_VERBS.has(verb) || !isClause(u, c, !WEAK_VERBS.has(verb))) return false;
  const to = claimEnd(u, from);
  if (to - from < 2 && !u.isQuote(from)) return false;
  u.emit(from, to, { speaker: u.speaker(f.speaker.from, f.speaker.to), cue: verb });
  u.taken.push([f.from, f.to]);
  return true;
}

/**
 * Does a finite clause start at item `c` ("the sanctions package was unlikely …", "growth will
 * slow")? A finite verb follows within eight words, before any separator; with `loose`, an "-ed"
 * word counts too when the clause opens with a determiner, a pronoun, a name or a number.
 */
export function isClause(u: Unit, c: number, loose: boolean): boolean {
  const w = u.norm(c);
  if (!u.isWord(c) && !/^\d/.test(w) && !u.isQuote(c)) return false;
  if (PREPOSITIONS.has(w) || FINITE.has(w)) return false;
  // "-ed" counts only after an opening that is surely a subject ("the protesters attacked …")
  const subject = DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w) || u.isCap(c) || /^\d/.test(w) || u.isQuote(c);
  for (let i = c + 1; i < u.n && i - c <= 8; i++) {
    if (u.isSep(i) || u.is(i, '.')) return false;
    const x = u.norm(i);
    if (FINITE.has(x)) return true;
    if (loose && subject && u.isWord(i) && !u.isCap(i) && x.length > 4 && x.endsWith('ed') && !x.includes('-')) return true;
  }
  return false;
}
