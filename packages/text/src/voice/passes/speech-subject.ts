// Who a verb of saying in a news pass belongs to: `RuleContext.subject` with the two layouts it
// misreads (review of 2026-12-07, F1a). Examples (passes/speech-subject.test.ts):
//   "Das Innenministerium in Astana meldete am Samstag eine Beruhigung der Lage."
//        → "Das Innenministerium in Astana" (a place after the subject belongs to it; never "Samstag")
//   "Die Polizei teilte am Freitag in Berlin mit, …"      → "Die Polizei"
//   "Gestern meldete die Polizei einen Großeinsatz."        → "die Polizei" (inverted: a time first)
//   "Am Montagabend erklärte der Sprecher der Bahn, …"      → "der Sprecher der Bahn"
//   "Die Stadt meldete Anfang der Woche einen Anstieg."     → "Die Stadt"
//   "17.30 Uhr – Kremlsprecher Dmitri Peskow hat den Einsatz verteidigt." → "Kremlsprecher Dmitri Peskow"
//        (a liveblog's time stamp before a dash or colon is skipped; review2 F2a, rules/time-opener.ts for the unit rules)
// Look-alikes: "Am Samstag meldete sich niemand." (no subject: undefined, not "Samstag");
//   "In Almaty meldete die Agentur Tass …" (a place first: the subject after the verb).
import { CAP, DETERMINER, FUNCTION_WORD, PREPOSITION, PRONOUN, PUNCT, SEP, WORD } from '../cues.js';
import { isTimeWord } from '../../speaker-phrase.js';
import type { RuleContext } from './context.js';

/** Prepositions that attach a place to a subject ("Das Ministerium in Astana", "Ein Sprecher aus Moskau"). */
const PLACE_PREPOSITIONS = new Set(['in', 'aus']);

/**
 * The speaker phrase of the verb of saying at token `verb` in [from, to): the subject before the
 * verb, with a place attached ("in Astana"), else the noun phrase after the verb past time and
 * place phrases ("meldete am Samstag die Polizei"); never a time expression.
 */
export function speechSubject(c: RuleContext, from: number, verb: number, to: number): string | undefined {
  from = afterTimeStamp(c, from, verb);
  while (from < verb && ((c.bits(from) & SEP) !== 0 || c.norm(from) === 'und' || c.norm(from) === 'aber')) from++;
  if (from < verb && startsNounPhrase(c, from) && !isTimeWord(c.norm(from === verb ? from : nounStart(c, from)))) {
    let end = verb;
    while (end > from && (c.bits(end - 1) & PUNCT) !== 0) end--;
    let np = c.phraseEnd(from, end);
    // "Das Innenministerium in Astana meldete": a place name after the subject is part of it
    while (np > from && np + 1 < end && PLACE_PREPOSITIONS.has(c.norm(np)) && isName(c, np + 1)) np += 2;
    if (np > from && np === end) return c.slice(from, np);
  }
  const found = c.subject(from, verb, to);
  if (found !== undefined && !isTimeWord(lastWord(found)) && found !== 'sich') return found;
  // after the verb: skip adverbs and prepositional phrases of time or place ("am Samstag", "in Berlin")
  let k = verb + 1;
  while (k < to && c.isWord(k)) {
    const b = c.bits(k);
    if ((b & PREPOSITION) !== 0 || c.norm(k) === 'am' || c.norm(k) === 'im') {
      const end = c.phraseEnd(k + 1, to);
      k = end > k + 1 ? end : k + 2;
      continue;
    }
    if (isTimeWord(c.norm(k)) || c.norm(k) === 'sich' || (b & (CAP | DETERMINER | PRONOUN)) === 0) {
      k++;
      continue;
    }
    break;
  }
  if (k < to && startsNounPhrase(c, k) && (c.bits(k) & PRONOUN) === 0) {
    const end = c.phraseEnd(k, to);
    if (end > k && !isTimeWord(c.norm(end - 1))) return c.slice(k, end);
  }
  return undefined;
}

function startsNounPhrase(c: RuleContext, i: number): boolean {
  const b = c.bits(i);
  if ((b & WORD) === 0) return false;
  if ((b & (DETERMINER | PRONOUN)) !== 0) return true;
  return (b & CAP) !== 0 && (b & (FUNCTION_WORD | PREPOSITION)) === 0;
}

/** The first capitalised word of the noun phrase at `i` (after its determiner). */
function nounStart(c: RuleContext, i: number): number {
  return (c.bits(i) & DETERMINER) !== 0 ? i + 1 : i;
}

/** A capitalised name or noun ("Astana", "Berlin"), not a function word or a time word. */
function isName(c: RuleContext, i: number): boolean {
  return (c.bits(i) & (WORD | CAP | FUNCTION_WORD | DETERMINER)) === (WORD | CAP) && !isTimeWord(c.norm(i));
}

function lastWord(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/ß/g, 'ss');
}

/** After a liveblog time stamp that opens [from, verb) ("17.30 Uhr –", "Update, 14.50 Uhr:"): the token after its dash or colon; else `from`. */
function afterTimeStamp(c: RuleContext, from: number, verb: number): number {
  if ((c.bits(from) & WORD) !== 0 && !/^(update|eilmeldung)$/.test(c.norm(from))) return from;
  let k = from;
  while (k < verb && k - from < 6) {
    const n = c.norm(k);
    if (n === '–' || n === '—' || n === '-' || n === ':') return k > from ? k + 1 : from;
    if ((c.bits(k) & WORD) !== 0 && !(n === 'uhr' || n === 'update' || n === 'eilmeldung' || isTimeWord(n))) return from;
    k++;
  }
  return from;
}
