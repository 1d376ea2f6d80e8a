// Speech frames: a verb of saying with its speaker, found once per unit and read by the rules
// (rules/speech-verb.ts for the claim after it, rules/claim-first.ts for the claim before it).
//
//   Tokayev said …            Dmitry Peskov, a spokesman for the Kremlin, said …     he told reporters …
//   …, said a spokeswoman for the city administration.      "…," Peskov added.       Officials had said …
// No frame:
//   the said company   That said, …   Residents were told to stay indoors.   who says so?   is said to be
//   They'll tell you one thing …  (a modal: nothing was said)   my pool service found the filters …
//   Insurance claims after the riots …  (a verb form that is also a noun needs a clause after it)
//   …, said her wedding in Tyre was set for July 13.  (after an inverted verb only the speaker and adverbials)
import { BE_FORMS, C_SPEECH, COMPLEMENTISERS, DETERMINERS, HEARER_VERBS, MODALS, NOUN_LIKE_VERBS, PRONOUNS, SPEECH_VERBS, THAT_ONLY_VERBS } from './lexicon.js';
import { phraseAfter, skipAdverbials, skipHearer, subjectBefore, type Range } from './phrases.js';
import { coordinatedSubject } from './coordinated.js';
import type { Unit } from './unit.js';

export interface Frame {
  /** item index of the verb */
  verb: number;
  /** first item of the frame (the subject's first, or the verb when inverted) */
  from: number;
  /** the item after the frame: after the inverted speaker, the hearer and adverbials */
  to: number;
  speaker: Range;
  inverted: boolean;
}

/** The speech frames of unit `u`, in order. */
export function findFrames(u: Unit): Frame[] {
  const out: Frame[] = [];
  if ((u.cues & C_SPEECH) === 0) return out;
  for (let k = 0; k < u.n; k++) {
    if (!u.isWord(k) || !SPEECH_VERBS.has(u.norm(k))) continue;
    const f = frameAt(u, k);
    if (f !== null) out.push(f);
  }
  return out;
}

function frameAt(u: Unit, k: number): Frame | null {
  const prev = u.norm(k - 1);
  const next = u.norm(k + 1);
  if (u.isWord(k - 1) && (DETERMINERS.has(prev) && !PRONOUNS.has(prev))) return null; // "the said company", "That said"
  if (u.isWord(k - 1) && (BE_FORMS.has(prev) || prev === "'s")) return null; // "were told to", "the government's claims"
  if (next === 'to' || next === 'so' || next === 'of') return null; // "said to be", "who says so", "claims of a plot"
  if (u.is(k - 1, '-') || MODALS.has(prev)) return null; // "They'll tell you …", "he would say"
  if (THAT_ONLY_VERBS.has(u.norm(k)) && next !== 'that') return null; // "found that …", not "found the filters …"
  const subject = subjectBefore(u, 0, k);
  if (subject !== null) {
    if (NOUN_LIKE_VERBS.has(u.norm(k)) && !(COMPLEMENTISERS.has(next) || DETERMINERS.has(next) || PRONOUNS.has(next) || u.isCap(k + 1))) return null;
    const hearer = HEARER_VERBS.has(u.norm(k)) ? skipHearer(u, k + 1, u.n) : k + 1;
    return { verb: k, from: subject.from, to: skipAdverbials(u, hearer, u.n), speaker: subject, inverted: false };
  }
  // "X dismissed the criticism and said …" (coordinated.ts): the frame is the verb alone
  const coordinated = coordinatedSubject(u, k);
  if (coordinated !== null) {
    const hearer = HEARER_VERBS.has(u.norm(k)) ? skipHearer(u, k + 1, u.n) : k + 1;
    return { verb: k, from: k, to: skipAdverbials(u, hearer, u.n), speaker: coordinated, inverted: false };
  }
  // inverted after a comma or a quotation: "…, said X", "\"…\" said X"
  if (k > 0 && (u.is(k - 1, ',') || u.isQuote(k - 1))) {
    const sp = phraseAfter(u, k + 1, u.n);
    if (sp === null) return null;
    const to = skipAdverbials(u, sp.to, u.n);
    // "…, said her wedding … was set": a clause after the verb, not an inverted speaker
    if (to < u.n && !u.isPunct(to) && !u.isQuote(to)) return null;
    return { verb: k, from: k, to, speaker: sp, inverted: true };
  }
  return null;
}
