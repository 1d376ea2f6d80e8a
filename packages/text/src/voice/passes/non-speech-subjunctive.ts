// Rule: a Konjunktiv that reports nobody's speech does not make a clause `reported`.
//   "Niemand darf ausreisen, es sei denn, er hat eine Genehmigung."   authorial
//   "Es sieht so aus, als ob die Gespräche gescheitert seien."         authorial
//   "Die Partei verhält sich, als sei nichts geschehen."               authorial
//   "Wie dem auch sei, …" / "Sei es aus Angst, sei es aus Trotz" / "Gott sei Dank" /
//   "Koste es, was es wolle" / "Man stelle sich vor, …"                 authorial
//   "Ich habe den Eindruck, …" / "Ich werde …" (first person: the indicative "habe", "werde")
// Look-alikes that stay reported: "Tokajew sagte, … . Wer sich nicht ergebe, werde liquidiert."
// ("werde" after a comma has a subject before it: the clause); "Er sagte, er komme nicht, es sei denn, man lade ihn ein" (the
// span's cue is "sagte"); "Die Lage im Norden sei angespannt." (no idiom: someone's claim).
import { KONJ1, KONJ2 } from '../cues.js';
import { KONJUNKTIV_I, KONJUNKTIV_II } from '../lexicon.js';
import type { VoiceSpan } from '../../types.js';
import { lower, type RuleContext } from './context.js';

/** Is the Konjunktiv at token `i` part of a construction that reports no speech? */
export function isNonSpeechSubjunctive(c: RuleContext, i: number): boolean {
  const n = c.norm(i);
  const prev = c.norm(i - 1);
  const next = c.norm(i + 1);
  if (n === 'sei' && next === 'denn') return true; // es sei denn
  if (n === 'sei' && prev === 'gott' && next === 'dank') return true;
  if (n === 'sei' && prev === 'auch' && c.norm(i - 2) === 'dem') return true; // wie dem auch sei
  if (n === 'sei' && next === 'es' && !c.isWord(i - 1)) return true; // "Sei es …", ", sei es …"
  if (n === 'koste' && next === 'es') return true;
  if (n === 'wolle' && prev === 'es' && c.norm(i - 2) === 'was') return true;
  if (n === 'lebe' && (prev === 'es' || next === 'es')) return true; // es lebe …
  if (prev === 'man' && /^(stelle|nehme|denke|bedenke|vergleiche)$/.test(n)) return true; // man stelle sich vor, man nehme
  if (prev === 'ich' || next === 'ich') return true; // first person: "ich habe", "habe ich"
  // "Habe heute … gekauft" (ich left out) at the sentence start, or after a comma in a sentence with "ich" ("war ich da, habe …
  // ausprobiert"); not "Wer sich nicht ergebe, werde liquidiert" (review2 F4c)
  if (!c.isWord(i - 1) && (n === 'habe' || n === 'werde') && next !== 'er' && next !== 'sie' && next !== 'es' && (prev !== ',' || ichBefore(c, i))) return true;
  if ((prev === 'wir' || next === 'wir') && n !== 'seien') return true;
  if (prev === 'als') return true; // als sei nichts geschehen, als hätte …
  // als ob / wie wenn earlier in the same clause
  for (let k = i - 1; k >= 0 && c.isWord(k); k--) {
    if ((c.norm(k) === 'ob' && c.norm(k - 1) === 'als') || (c.norm(k) === 'wenn' && c.norm(k - 1) === 'wie')) return true;
  }
  return false;
}

/** Drop reported spans whose only signal is a non-speech Konjunktiv. */
export function nonSpeechSubjunctive(c: RuleContext): void {
  const drop: VoiceSpan[] = [];
  for (const s of c.spans) {
    if (s.voice !== 'reported' || s.cue === undefined) continue;
    const cue = lower(s.cue);
    if (!KONJUNKTIV_I.has(cue) && !KONJUNKTIV_II.has(cue)) continue; // a verb of saying or "laut": not this rule
    const from = c.tokenAt(s.start);
    const to = c.tokenAt(s.end);
    let cueAt = -1;
    // the cue is a Konjunktiv form: only tokens with a Konjunktiv flag can be it
    for (let i = from; i < to; i++) if ((c.bits(i) & (KONJ1 | KONJ2)) !== 0 && c.norm(i) === cue) { cueAt = i; break; }
    if (cueAt < 0 || !isNonSpeechSubjunctive(c, cueAt)) continue;
    // every other Konjunktiv in the span must be a non-speech one too
    let speech = false;
    for (let i = from; i < to && !speech; i++) if ((c.bits(i) & (KONJ1 | KONJ2)) !== 0 && !isNonSpeechSubjunctive(c, i)) speech = true;
    if (!speech) drop.push(s);
  }
  for (const s of drop) c.remove(s);
}

/** Is there an "ich" in the sentence before token `i`? */
function ichBefore(c: RuleContext, i: number): boolean {
  const s = c.sentenceOf(i);
  if (s === undefined) return false;
  for (let k = s.from; k < i; k++) if (c.norm(k) === 'ich') return true;
  return false;
}
