// Rule: the view of an opinion holder (Beobachter, Kritiker, Experten, Analysten, Politologen,
// Menschenrechtler …) is theirs, not the outlet's: "X sehen in Y ein Z", "X sprechen von Y",
// "X werten/deuten Y als Z" make the rest of the clause reported speech, the subject the speaker.
//   "Kreml-loyale Beobachter sehen in den Protesten eine Verschwörung."   reported "in den Protesten
//                                                                          eine Verschwörung", Kreml-loyale Beobachter
//   "Regierungskritiker sprechen von einem Wahlbetrug."                   reported "von einem Wahlbetrug"
//   "Viele Analysten werten den Rücktritt als Eingeständnis."             reported "den Rücktritt als Eingeständnis"
//   "In dem Abkommen sehen Experten einen Durchbruch."                     reported "einen Durchbruch", Experten
// "sprechen von" takes any subject (review of 2026-12-07, F2): "Regimegegner sprechen von einem Blutbad".
// Look-alikes: "Die Soldaten sehen in der Ferne ein Feuer." (no opinion holder: authorial);
// "Die Präsidenten sprachen von 10 bis 12 Uhr" (a time); "Wir sprechen von 200 Euro" (the author);
// "Beobachter sahen ein Feuer." (no "in"); "Die Beobachter der OSZE reisten ab." (no verb of a view).
import { NUMBER } from '../cues.js';
import { isTimeWord } from '../../speaker-phrase.js';
import type { RuleContext } from './context.js';
import { depictAs } from './depict-as.js';
import { speechSubject } from './speech-subject.js';
import { CUE_HOLDER, CUE_VIEW, isOpinionHolder, VIEW_VERBS } from './words.js';

/** The word after a number in "sprachen von 10 bis 12 Uhr", "von 9 Uhr an": a time, not what was said. */
function isTimeAfterNumber(norm: string): boolean {
  return norm === 'bis' || norm === 'uhr' || norm === 'an' || norm === '-' || norm === '–' || isTimeWord(norm) || !/\p{L}/u.test(norm);
}

export function opinionHolders(c: RuleContext): void {
  depictAs(c);
  if ((c.cues & CUE_VIEW) === 0) return;
  for (const s of c.sentences) {
    if ((s.cues & CUE_VIEW) === 0) continue;
    // "sprechen von" needs no opinion holder ("Regimegegner sprechen von einem Blutbad"); the other views do
    const holder = (s.cues & CUE_HOLDER) !== 0;
    for (let v = s.from; v < s.to; v++) {
      if ((c.cue[v]! & CUE_VIEW) === 0) continue;
      const [from, to] = c.clause(s, v);
      // the word the verb needs ("in", "von", "als") in its clause ("sehen in X ein Y", "In X sehen sie ein Y")
      const needs = VIEW_VERBS.get(c.norm(v))!;
      let k = from;
      while (k < to && (k === v || !needs.includes(c.norm(k)))) k++;
      if (k >= to) continue;
      const speakingOf = needs[0] === 'von';
      if (!holder && !speakingOf) continue;
      // "sprachen von 10 bis 12 Uhr", "von Montag an": a time, not what was said
      // (a number before a noun is what was said: "spricht von 20.000 Banditen", review2 F3)
      if (speakingOf && (((c.bits(k + 1) & NUMBER) !== 0 && isTimeAfterNumber(c.norm(k + 2))) || isTimeWord(c.norm(k + 1)) || isTimeWord(c.norm(k + 2)))) continue;
      const speaker = speechSubject(c, from, v, to);
      if (speaker === undefined || !(holds(speaker) || (speakingOf && !FIRST_PERSON.has(speaker.toLowerCase())))) continue;
      // the claim: after the verb, or after the subject when it follows the verb ("sehen Experten …")
      const after = c.slice(v + 1, to).startsWith(speaker) ? c.phraseEnd(v + 1, to) : v + 1;
      const claimTo = c.trimEnd(after, to);
      if (claimTo <= after || c.speechIn(c.doc.tokens[after]!.start, c.doc.tokens[claimTo - 1]!.end).length > 0) continue;
      c.add(after, claimTo, 'reported', speaker, c.norm(v));
      break;
    }
  }
}

/** Subjects that are the author's own ("Wir sprechen von 200 Euro") or nobody's ("Man spricht von …"). */
const FIRST_PERSON = new Set(['ich', 'wir', 'man']);

/** Does the speaker phrase name an opinion holder (any of its words: "Kreml-loyale Beobachter", "der Politologe Juri Solosubow")? */
function holds(phrase: string): boolean {
  for (const w of phrase.toLowerCase().split(/\s+/)) if (isOpinionHolder(w.replace(/ß/g, 'ss'))) return true;
  return false;
}
