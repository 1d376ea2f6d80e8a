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
import type { VoiceSpan } from '../../types.js';
import { isBare, type RuleContext, type Stretch } from './context.js';
import { isNonSpeechSubjunctive } from './non-speech-subjunctive.js';
import { CAP, KONJ1, KONJ2, SPEECH } from '../cues.js';
import { KONJUNKTIV_II_CONTINUING } from '../lexicon.js';
import { speechVerbAt } from './speech-complements.js';
import { CUE_SICH, CUE_VERB } from './words.js';
import { speechSubject } from './speech-subject.js';
import { weakKonjunktivIn } from './weak-konjunktiv.js';

/** Does the sentence start with "ich" or "wir"? */
function firstPerson(c: RuleContext, s: Stretch): boolean {
  let first = s.from;
  while (first < s.to && !c.isWord(first)) first++;
  const w = c.norm(first);
  return w === 'ich' || w === 'wir';
}

/** Does the sentence hold a Konjunktiv that reports speech? */
function reports(c: RuleContext, s: Stretch): boolean {
  const flags = c.doc.flags;
  // a sentence in the first person is the author's (or inside a quotation, the quoted speaker's)
  if (firstPerson(c, s)) return false;
  let first = s.from;
  while (first < s.to && !c.isWord(first)) first++;
  let found = false;
  for (let i = s.from; i < s.to; i++) {
    const b = flags[i]!;
    // a capitalised form inside the sentence is a noun ("im Laufe seiner Karriere"), not a Konjunktiv
    if ((b & (KONJ1 | KONJ2)) !== 0 && !((b & CAP) !== 0 && i > first)) {
      if (isNonSpeechSubjunctive(c, i)) return false;
      if (!found) found = (b & KONJ1) !== 0 || KONJUNKTIV_II_CONTINUING.has(c.norm(i));
    } else if (!found && (c.cue[i + 1]! & CUE_SICH) !== 0) found = c.hasSubjunctive(i, i + 1);
  }
  return found;
}

const PRONOUN_SPEAKERS = new Set(['er', 'sie', 'seine', 'seiner', 'seinen', 'ihre', 'ihrer', 'ihren']);

/** A pronoun speaker ("er", "sie") stands for the speaker carried from before. */
function resolve(speaker: string | undefined, carried: string | undefined): string | undefined {
  if (speaker === undefined) return carried;
  if (carried !== undefined && speaker.length <= 6 && PRONOUN_SPEAKERS.has(speaker.toLowerCase())) return carried;
  return speaker;
}

export function continuation(c: RuleContext): void {
  let carried: string | undefined;
  // a walk over the spans along the sentences: `j` is the first span not yet passed, `openEnd` the
  // end of the speech spans that started in earlier sentences
  let j = 0;
  let openEnd = -1;
  for (let n = 0; n < c.sentences.length; n++) {
    const s = c.sentences[n]!;
    if (s.from >= s.to) continue;
    let speech: VoiceSpan[] | undefined; // the sentence's speech spans (an array only when it has some)
    if (openEnd > s.start) speech = c.speechIn(s.start, s.end); // rare: a span from before runs into this sentence
    else {
      const spans = c.spans;
      while (j < spans.length && spans[j]!.start < s.start) j++;
      for (let k = j; k < spans.length && spans[k]!.start < s.end; k++) {
        const x = spans[k]!;
        if (x.voice === 'quoted' || x.voice === 'reported') (speech ??= []).push(x);
      }
    }
    // only a sentence with a Konjunktiv (or a "sich" that may follow one) can continue a speaker
    const mayReport = (s.bits & (KONJ1 | KONJ2)) !== 0 || (s.cues & CUE_SICH) !== 0;
    if (speech === undefined || speech.length === 0) {
      // "Russland nutze die Unruhen": a Konjunktiv in -e is read only after a speaker (weak-konjunktiv.ts)
      const weak = carried !== undefined && !mayReport && !firstPerson(c, s) && weakKonjunktivIn(c, s.from, s.to) >= 0;
      if (!weak && (!mayReport || !reports(c, s))) {
        carried = undefined;
        continue;
      }
      // a speech act with no content clause just before names the speaker ("Die Arbeitgeber wiesen das zurück.")
      const speaker = carried ?? (hasKonj1(c, s) ? speechAct(c, n - 1) : undefined);
      if (speaker !== undefined && c.add(s.from, s.to, 'reported', speaker, 'Konjunktiv') !== undefined) j = c.spanAt(s.start);
      carried = speaker;
      continue;
    }
    for (const x of speech) openEnd = Math.max(openEnd, x.end);
    // a Konjunktiv sentence whose spans only cover part of it ("…, sobald die Lage stabil sei")
    const bare = mayReport && speech.every((x) => x.voice === 'reported' && isBare(x)) && reports(c, s);
    if (carried === undefined && bare && hasKonj1(c, s)) carried = speechAct(c, n - 1);
    if (bare && carried !== undefined && subjunctiveOutside(c, s, speech)) {
      if (c.add(s.from, s.to, 'reported', carried, 'Konjunktiv') !== undefined) {
        j = c.spanAt(s.start);
        continue;
      }
    }
    for (const sp of speech) {
      if (sp.voice === 'reported' && (sp.speaker === undefined || sp.speaker === 'anonymous') && carried !== undefined && isBare(sp)) sp.speaker = carried;
      else if (sp.speaker !== undefined && sp.speaker !== 'anonymous') {
        const r = resolve(sp.speaker, carried);
        if (r !== undefined) sp.speaker = r;
      }
    }
    let last: string | undefined;
    for (const x of speech) if (x.speaker !== undefined) last = x.speaker;
    carried = last === 'anonymous' ? carried : last ?? carried;
  }
}

/** Has the sentence a Konjunktiv outside its spans (its main clause: "Die Truppen würden abgezogen, sobald … sei")? */
function subjunctiveOutside(c: RuleContext, s: Stretch, spans: readonly VoiceSpan[]): boolean {
  for (let i = s.from; i < s.to; i++) {
    if ((c.bits(i) & (KONJ1 | KONJ2)) === 0) continue;
    const at = c.doc.tokens[i]!.start;
    if (!spans.some((x) => x.start <= at && x.end > at)) return true;
  }
  return false;
}

/** A Konjunktiv I in the sentence (a Konjunktiv II alone, "würde gerne", does not take a speaker from a speech act before). */
function hasKonj1(c: RuleContext, s: Stretch): boolean {
  return (s.bits & KONJ1) !== 0;
}

/**
 * Verbs of defending or confirming a position: the Konjunktiv sentence after them is the subject's
 * argument (review2 F4d). "Kremlsprecher Dmitri Peskow hat den Einsatz verteidigt. Es handle sich
 * um eine Friedensmission." → Kremlsprecher Dmitri Peskow. Look-alike: "Die Armee verteidigte die
 * Stadt drei Tage lang." followed by an indicative sentence (nothing to continue).
 */
const STANCE_VERBS = new Set([
  'verteidigt', 'verteidigte', 'verteidigten', 'rechtfertigt', 'rechtfertigte', 'rechtfertigten', 'gerechtfertigt',
  'bekräftigt', 'bekräftigte', 'bekräftigten', 'bestätigt', 'bestätigte', 'bestätigten', 'dementiert', 'dementierte', 'dementierten',
]);

/** The subject of sentence `n` when it is a speech act without speech spans, else undefined. */
function speechAct(c: RuleContext, n: number): string | undefined {
  const s = c.sentences[n];
  if (s === undefined || c.speechIn(s.start, s.end).length > 0) return undefined;
  if ((s.bits & SPEECH) === 0 && (s.cues & CUE_VERB) === 0) {
    for (let i = s.from; i < s.to; i++) if (STANCE_VERBS.has(c.norm(i)) && (c.bits(i) & CAP) === 0) return speechSubject(c, s.from, i, s.to);
    return undefined;
  }
  for (let i = s.from; i < s.to; i++) if ((c.bits(i) & SPEECH) !== 0 || speechVerbAt(c, i, s.to)) return speechSubject(c, s.from, i, s.to);
  return undefined;
}
