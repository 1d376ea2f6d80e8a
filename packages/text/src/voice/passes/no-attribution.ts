// Rule: words of saying that attribute nothing do not make reported speech.
//   "Die Lage ist, wie gesagt, ernst." / "Wie gesagt: Die Entscheidung fällt im Herbst."   authorial
//   "So erklärt es sich, dass die Preise gestiegen sind."                                  authorial
// And "Demnach" opening a sentence after a publication is that publication's finding:
//   "Das Ministerium veröffentlichte neue Zahlen. Demnach wurden 12 000 Anträge gestellt."  reported
// Look-alikes: "…; der Verein hat demnach ein Fünftel verloren." ("consequently", inside a sentence);
// "Der Sprecher erklärte, es sei ruhig." (a real frame).
import { SEP } from '../cues.js';
import type { VoiceSpan } from '../../types.js';
import { lower, type RuleContext } from './context.js';
import { CUE_DEMNACH } from './words.js';

/** Nouns and verbs of publishing that make a following "Demnach" an attribution. */
const PUBLICATION = /^(zahlen|bericht|berichts|studie|statistik|umfrage|daten|mitteilung|untersuchung|analyse|gutachten|erhebung|veröffentlicht|veröffentlichte|veröffentlichten|vorgelegt|legte|legten|prognose)$/;

/** Participles in "wie gesagt", "wie berichtet" (as reported before, by the outlet itself). */
const AS_SAID = new Set(['gesagt', 'berichtet', 'erwähnt', 'angekündigt', 'gemeldet', 'erwartet', 'geplant', 'angedeutet', 'beschrieben', 'erläutert', 'ausgeführt']);

/** Is the word of saying at `k` used without attributing ("wie gesagt", "So erklärt es sich, dass")? */
export function attributesNothing(c: RuleContext, k: number): boolean {
  const asSaid = AS_SAID.has(c.norm(k)) && c.norm(k - 1) === 'wie' && ((c.bits(k + 1) & SEP) !== 0 || k + 1 >= c.doc.tokens.length || c.norm(k + 1) === '.');
  const reflexive = c.norm(k).startsWith('erklär') && (c.norm(k + 1) === 'sich' || (c.norm(k + 1) === 'es' && c.norm(k + 2) === 'sich'));
  return asSaid || reflexive;
}

export function noAttribution(c: RuleContext): void {
  const drop: VoiceSpan[] = [];
  for (const sp of c.spans) {
    if (sp.voice !== 'reported' || sp.cue === undefined) continue;
    const cue = lower(sp.cue);
    if (!AS_SAID.has(cue) && !cue.startsWith('erklär')) continue;
    const s = c.sentenceOf(c.tokenAt(sp.start));
    if (s === undefined) continue;
    for (let k = s.from; k < s.to; k++) {
      if (c.norm(k) !== cue) continue;
      if (attributesNothing(c, k)) drop.push(sp);
      break;
    }
  }
  for (const s of drop) c.remove(s);
  for (let n = 1; n < c.sentences.length; n++) {
    const s = c.sentences[n]!;
    if ((s.cues & CUE_DEMNACH) === 0 || c.norm(s.from) !== 'demnach' || c.speechIn(s.start, s.end).length > 0) continue;
    const prev = c.sentences[n - 1]!;
    let source = false;
    for (let k = prev.from; k < prev.to && !source; k++) source = PUBLICATION.test(c.norm(k));
    if (source) c.add(s.from + 1, s.to, 'reported', undefined, 'demnach');
  }
}
