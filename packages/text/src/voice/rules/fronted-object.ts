// The subject of a colon frame whose first noun phrase is a fronted object (review2 F2b). German
// puts the object first when the writer turns to it: "Die Friedenstruppe der OVKS sieht er
// kritisch: Sie diene …". A nominative that cannot be an object right after the finite verb ("er",
// "ich", "wir", "der" + a masculine noun) is the subject; the phrase before the verb is not.
// Examples (rules/fronted-object.test.ts):
//   Die Friedenstruppe der OVKS sieht er kritisch: Sie diene …            → "er" (the person named before)
//   Die Friedenstruppe, die am Freitag kam, sieht der Politologe kritisch: Sie diene …  → "der Politologe"
// Look-alikes that keep the first noun phrase (written first):
//   Die Opposition sieht die Lage kritisch: Sie sei ausweglos.            ("die Lage": may be an object)
//   Die Regierung sieht sie als Gefahr: Sie seien bewaffnet.             ("sie": nominative or accusative)
//   Viele Experten waren sich einig: Die Lage sei unter Kontrolle.       (no nominative after the verb)
//   Der Minister sieht der Entscheidung gelassen entgegen: Sie sei …      ("der" + a feminine noun: a dative)
import type { Analysis } from '../analysis.js';
import { CAP, WORD } from '../cues.js';
import { COMMA } from '../helpers.js';
import { firstNounPhrase, isPronoun, nounPhrase } from '../speakers.js';
import type { Phrase } from '../speakers.js';

/** Pronouns that are only nominative. */
const NOMINATIVE = new Set(['er', 'ich', 'wir']);
/** Endings of feminine nouns ("der Entscheidung" is a dative or genitive, not a subject); "-e" is left out: "der Politologe". */
const FEMININE = /(ung|heit|keit|schaft|ion|tät|ei|in|innen|ie|ur|ik)$/;

/** The speaker phrase of the frame in clauses [0, colon): the first noun phrase, or the nominative after the verb when that phrase is a fronted object. */
export function colonFrameSubject(a: Analysis, colon: number): Phrase | null {
  const { v, cls } = a;
  const to = cls.to[colon - 1]!;
  const np = firstNounPhrase(v, cls.from[0]!, to);
  if (np === null || isPronoun(v, np.from)) return np;
  // the finite verb: right after the phrase, or opening the clause after a relative clause in commas
  const verbs = [np.to];
  for (let c = 1; c < colon; c++) if (cls.sep[c] === COMMA && cls.from[c]! > np.to) verbs.push(cls.from[c]!);
  for (const verb of verbs) {
    if (verb + 1 >= to || (v.bits(verb) & (WORD | CAP)) !== WORD) continue;
    const n = verb + 1;
    if (NOMINATIVE.has(v.norm(n))) return { from: n, to: n + 1 };
    if (v.norm(n) === 'der' && (v.bits(n + 1) & CAP) !== 0 && !FEMININE.test(v.norm(n + 1))) {
      const subject = nounPhrase(v, n);
      if (subject !== null) return subject;
    }
  }
  return np;
}
