// Rule 4a, a speech noun with its holder and a Konjunktiv clause in commas: "Tokajews Behauptung,
// im Ausland ausgebildete Banden hätten Almaty angegriffen, ist nicht belegt." The clause is the
// holder's claim (reported), even where the outlet rebuts it (review2 F4a).
// Examples (rules/claim-noun.test.ts):
//   Tokajews Behauptung, im Ausland ausgebildete Banden hätten Almaty angegriffen, ist nicht belegt.  → "Tokajew"
//   Die Darstellung der Regierung, die Demonstranten seien bewaffnet gewesen, ist widerlegt.         → "der Regierung"
//   Er wiederholte seine Behauptung, die Unruhen seien vom Ausland gesteuert worden.                 → "Er" (resolved)
// Must not touch (written first):
//   Die Behauptung, die Erde sei eine Scheibe, ist alt.        (no holder: left to the other rules)
//   Tokajews Forderung, die Truppen abzuziehen, blieb ungehört.  (no Konjunktiv: an infinitive)
//   Tokajews Rede, die im Fernsehen lief, dauerte eine Stunde.   (a relative clause, indicative)
import type { Analysis } from '../analysis.js';
import { CAP, SPEECH_NOUN, WORD } from '../cues.js';
import { COMMA, isAdjectiveLike } from '../helpers.js';
import { FUNCTION_WORDS, POSSESSIVES } from '../lexicon.js';
import { nounPhrase } from '../speakers.js';

export function claimNoun(a: Analysis): boolean {
  const { v, cls, text } = a;
  if ((v.all & SPEECH_NOUN) === 0 || cls.n < 2) return false;
  for (let c = 1; c < cls.n; c++) {
    if (cls.sep[c] !== COMMA || (cls.konj1[c]! < 0 && cls.konj2[c]! < 0)) continue;
    const before = cls.to[c - 1]!;
    // the speech noun ends the clause before, or is followed by its genitive holder
    let noun = before - 1;
    while (noun > cls.from[c - 1]! && (v.kind[noun]! & SPEECH_NOUN) === 0 && before - noun <= 4) noun--;
    if ((v.kind[noun]! & (WORD | CAP | SPEECH_NOUN)) !== (WORD | CAP | SPEECH_NOUN)) continue;
    const speaker = holder(a, noun, before);
    if (speaker === undefined) continue;
    const claims = [c];
    while (claims.length < 3 && c + claims.length < cls.n && cls.sep[c + claims.length] === COMMA && (cls.konj1[c + claims.length]! >= 0 || cls.konj2[c + claims.length]! >= 0)) claims.push(c + claims.length);
    a.emit(claims, { speaker, cue: text.slice(v.startOf(noun), v.endOf(noun)) });
    return true;
  }
  return false;
}

/** The holder of the speech noun at `noun` (its phrase ends at `end`): "Tokajews …", "seine …" (resolved), "… der Regierung", "… Tokajews"; else undefined. */
function holder(a: Analysis, noun: number, end: number): string | undefined {
  const { v, text } = a;
  if (noun + 1 < end) {
    // after the noun: a genitive ("der Regierung", "des Präsidenten") or a name in -s ("Tokajews")
    const g = noun + 1;
    if (/^(der|des)$/.test(v.norm(g))) {
      const np = nounPhrase(v, g);
      return np !== null && np.to === end ? text.slice(v.startOf(g), v.endOf(end - 1)) : undefined;
    }
    return g + 1 === end ? genitiveName(a, g) : undefined;
  }
  let k = noun - 1;
  while (k >= 0 && isAdjectiveLike(v, k)) k--;
  if (k < 0 || (v.bits(k) & WORD) === 0) return undefined;
  if (POSSESSIVES.has(v.norm(k))) {
    const sp = a.subjectPhrase();
    return sp !== null && sp.from < k ? a.resolve(sp, false) : a.carriedSubject(a.u);
  }
  return genitiveName(a, k);
}

/** "Tokajews" → "Tokajew": a capitalised name in -s that is no function word; else undefined. */
function genitiveName(a: Analysis, k: number): string | undefined {
  const { v, text } = a;
  const w = v.norm(k);
  if ((v.kind[k]! & (WORD | CAP)) !== (WORD | CAP) || !w.endsWith('s') || FUNCTION_WORDS.has(w) || (v.kind[k]! & SPEECH_NOUN) !== 0) return undefined;
  return text.slice(v.startOf(k), v.endOf(k) - 1);
}
