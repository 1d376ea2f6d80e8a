// Rule: a Konjunktiv clause after an attributed passage continues that passage's attribution and
// speaker, across sentences and paragraphs, until an indicative sentence of the author's or a new
// attribution.
//   "Tokajew sagte, die Regierung habe die Ordnung wiederhergestellt.
//
//    Die Lage im Land normalisiere sich allmählich."        reported, speaker Tokajew
//   "Die Arbeitgeber wiesen das zurück. Die Forderungen seien überzogen."   speaker Die Arbeitgeber
// Look-alikes: "Der Minister sagte, die Reform sei beschlossen. Am Nachmittag trat er vor die
// Presse." (indicative: the author's again; a later Konjunktiv has no carried speaker);
// "Es sieht aus, als ob … seien" (non-speech-subjunctive.ts).
import { SPEECH } from '../cues.js';
import type { RuleContext, Stretch } from './context.js';
import { isNonSpeechSubjunctive } from './non-speech-subjunctive.js';
import { KONJ1, KONJ2 } from '../cues.js';
import { speechVerbAt } from './speech-complements.js';

/** Does the sentence hold a Konjunktiv that reports speech? */
function reports(c: RuleContext, s: Stretch): boolean {
  if (!c.hasSubjunctive(s.from, s.to)) return false;
  for (let i = s.from; i < s.to; i++) {
    if ((c.bits(i) & (KONJ1 | KONJ2)) !== 0 && isNonSpeechSubjunctive(c, i)) return false;
  }
  return true;
}

/** A pronoun speaker ("er", "sie") stands for the speaker carried from before. */
function resolve(speaker: string | undefined, carried: string | undefined): string | undefined {
  if (speaker === undefined) return carried;
  if (carried !== undefined && /^(er|sie|seine[rn]?|ihre[rn]?)$/i.test(speaker)) return carried;
  return speaker;
}

export function continuation(c: RuleContext): void {
  let carried: string | undefined;
  for (const s of c.sentences) {
    if (s.from >= s.to) continue;
    const speech = c.speechIn(s.start, s.end);
    // a Konjunktiv sentence whose spans only cover part of it ("…, sobald die Lage stabil sei")
    if (speech.length > 0 && carried !== undefined && speech.every((x) => x.voice === 'reported' && isBare(c, x)) && reports(c, s)) {
      if (c.add(s.from, s.to, 'reported', carried, 'Konjunktiv') !== undefined) continue;
    }
    if (speech.length > 0) {
      for (const sp of speech) {
        if (sp.voice === 'reported' && (sp.speaker === undefined || sp.speaker === 'anonymous') && carried !== undefined && isBare(c, sp)) sp.speaker = carried;
        else if (sp.speaker !== undefined && sp.speaker !== 'anonymous') {
          const r = resolve(sp.speaker, carried);
          if (r !== undefined) sp.speaker = r;
        }
      }
      const last = speech.filter((x) => x.speaker !== undefined).at(-1);
      carried = last?.speaker === 'anonymous' ? carried : last?.speaker ?? carried;
      continue;
    }
    if (reports(c, s)) {
      if (carried !== undefined) c.add(s.from, s.to, 'reported', carried, 'Konjunktiv');
      continue;
    }
    // a speech act with no content clause names the next speaker ("Die Arbeitgeber wiesen das zurück.")
    let verb = -1;
    for (let i = s.from; i < s.to && verb < 0; i++) if ((c.bits(i) & SPEECH) !== 0 || speechVerbAt(c, i, s.to)) verb = i;
    carried = verb >= 0 ? resolve(c.subject(s.from, verb, s.to), carried) : undefined;
  }
}

/** A reported span with no frame of its own: its cue is a Konjunktiv, not a verb of saying or "laut". */
function isBare(c: RuleContext, span: { start: number; cue?: string }): boolean {
  const at = c.tokenAt(span.start);
  const cue = span.cue?.toLowerCase();
  for (let i = at; i < c.doc.tokens.length && c.doc.tokens[i]!.start < span.start + 400; i++) {
    if (c.norm(i) === cue) return (c.bits(i) & (KONJ1 | KONJ2)) !== 0 || cue === 'konjunktiv';
  }
  return false;
}
