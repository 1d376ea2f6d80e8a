// Rule: an attribution inside the claim, between commas, makes the whole sentence that source's
// reported speech.
//   "Die Proteste seien, so der Sprecher, friedlich verlaufen."            reported, der Sprecher
//   "Die Explosion ereignete sich, wie die Agentur Interfax meldete, in einem Lagerhaus."
//   "Die Lieferungen, erzählt der Bericht, wurden schon im März gestoppt."  reported, der Bericht
//   "Im Staate ist es, wie ich hörte, die einzige Partei."                  reported (hearsay)
// Look-alikes: "Die Lage ist, wie gesagt, ernst." / "…, wie geplant, …" / "…, wie erwartet, …"
// (no speaker between "wie" and the verb: no attribution; see no-attribution.ts).
import { DETERMINER, MAY_DISTANCE, PRONOUN, SPEECH } from '../cues.js';
import type { RuleContext } from './context.js';
import { AS_VERBS, CUE_AFTER_COMMA, CUE_VERB, CUE_WIE, TELL_VERBS } from './words.js';


export function parenthetical(c: RuleContext): void {
  if ((c.cues & CUE_AFTER_COMMA) === 0) return;
  for (const s of c.sentences) {
    // two commas, and "so", "wie" or a verb of saying or telling
    if ((s.cues & CUE_AFTER_COMMA) === 0) continue;
    for (let first = s.from + 2; first < s.to - 1; first++) {
      // the frame's first word (read from the flags and cue bits first), right after a comma at k
      if (!((c.bits(first) & (SPEECH | MAY_DISTANCE)) !== 0 || (c.cue[first]! & (CUE_WIE | CUE_VERB)) !== 0)) continue;
      const k = first - 1;
      if (!c.isComma(k)) continue;
      let close = k + 1;
      while (close < s.to && !c.isComma(close)) close++;
      if (close >= s.to - 1) continue; // a frame at the end is detectVoice's own (", so der Sprecher.")
      const speaker = frameSpeaker(c, k + 1, close);
      if (speaker === undefined) continue;
      // a sentence already attributed to someone else keeps its speaker ("X, sagte der Agentur Y, …": Y is spoken to);
      // an interrupted quotation („…“, sagte X, „…“) is detectVoice's
      const speech = c.speechIn(s.start, s.end);
      if (speech.some((x) => x.voice === 'quoted' || (x.speaker !== undefined && x.speaker !== 'anonymous' && x.speaker !== speaker))) break;
      c.add(s.from, s.to, 'reported', speaker === 'ich' || speaker === 'wir' ? undefined : speaker, c.norm(k + 1));
      break;
    }
  }
}

/** The speaker of a parenthetical frame [from, to) ("so der Sprecher", "wie ich hörte", "erzählt der Bericht"), or undefined. */
function frameSpeaker(c: RuleContext, from: number, to: number): string | undefined {
  const first = c.norm(from);
  if (first === 'so' && from + 1 < to) {
    const end = c.phraseEnd(from + 1, to);
    return end === to && (c.bits(from + 1) & (DETERMINER | PRONOUN)) !== 0 ? c.slice(from + 1, end) : undefined;
  }
  if (first === 'wie' && from + 2 < to && AS_VERBS.has(c.norm(to - 1))) {
    if (to === from + 3 && /^(ich|wir|man)$/.test(c.norm(from + 1))) return 'ich'; // wie ich hörte: hearsay, no speaker
    const end = c.phraseEnd(from + 1, to - 1);
    return end > from + 1 ? c.slice(from + 1, end) : undefined;
  }
  if (((c.bits(from) & SPEECH) !== 0 || TELL_VERBS.has(first)) && from + 1 < to) {
    const end = c.phraseEnd(from + 1, to);
    return end === to ? c.slice(from + 1, end) : undefined;
  }
  return undefined;
}
