// A short quotation nested inside a quotation is the quoted speaker's own wording, not the outlet's
// distance (review of 2026-12-07, F2): it takes the voice and speaker of the quotation around it.
// Examples (nested-quotes.test.ts):
//   Ein Sprecher sagte: «Es handelt sich um ‹gewaltbereite Formationen›, nicht um Bürger.»
//        → ‹gewaltbereite Formationen›: quoted, "Ein Sprecher"
//   „Die Regierung nennt uns ›Extremisten‹, dabei wollen wir nur faire Löhne“, sagte die Streikführerin.
// Look-alikes: a scare quote outside a quotation ("Die ‚Friedenstruppe‘ landete.": distanced); a
// distancing word inside a quotation («die sogenannte Friedenstruppe»: distanced, the word's cue);
// inside a quotation with no speaker or no closing mark (unchanged: it may not be anyone's words);
// a nested quotation inside reported speech (the outlet may distance itself there: unchanged).
import type { RuleContext } from './context.js';

export function nestedQuotes(c: RuleContext): void {
  const spans = c.spans;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.voice !== 'distanced' || s.cue === undefined || !s.cue.includes('…')) continue;
    // the innermost quoted span strictly around it
    let outer: (typeof spans)[number] | undefined;
    for (let k = i - 1; k >= 0; k--) {
      const o = spans[k]!;
      if (o.start <= s.start && o.end >= s.end && (o.start < s.start || o.end > s.end)) {
        if (o.voice === 'quoted') outer = o;
        break;
      }
    }
    // only inside a framed, closed quotation (an unclosed one may run over text that is not the speaker's)
    if (outer === undefined || outer.speaker === undefined || outer.speaker === 'anonymous' || outer.cue === undefined || outer.cue.endsWith('…')) continue;
    s.voice = 'quoted';
    if (outer.speaker !== undefined) s.speaker = outer.speaker;
  }
}
