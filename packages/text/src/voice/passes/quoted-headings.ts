// Rule: a heading (a short line of its own, without a full stop) that repeats in quotation marks
// words spoken in the article quotes that speaker: quoted, with the speaker of the quotation (or
// reported speech) that holds the words in the body, not a scare quote of the outlet's.
//   "Eine „Corona-Revolution“
//
//    „Das ist eine Corona-Revolution“, sagt der Politologe Juri Solosubow."
//                                  the heading's „Corona-Revolution“: quoted, der Politologe Juri Solosubow
// Look-alikes: a heading quote whose words nobody speaks in the article stays distanced ("Die
// „Spezialoperation“" over a report that never quotes the word); a scare quote inside a sentence of
// the body is not a heading ("Die „Friedenstruppe“ landete am Morgen.").
import type { VoiceSpan } from '../../types.js';
import type { RuleContext } from './context.js';
import { nestedQuotes } from './nested-quotes.js';

/** Is [start, end) in a heading: a paragraph of at most twelve words that does not end with . ! ? : ; or , (outside quotation marks)? */
function inHeading(c: RuleContext, start: number, end: number): boolean {
  const ps = c.doc.paragraphs;
  let p = 0;
  while (p < ps.length && ps[p]!.end <= start) p++;
  if (p === ps.length || ps[p]!.start > start || ps[p]!.end < end) return false;
  const line = c.doc.text.slice(ps[p]!.start, ps[p]!.end).trim();
  return line.length <= 120 && line.split(/\s+/).length <= 12 && !/[.!?:;,]$/.test(line);
}

/** The words of a quotation, marks left out, lower case. */
const inner = (c: RuleContext, s: VoiceSpan): string => c.doc.text.slice(s.start, s.end).replace(/^[„“"»«‚‘›‹']+|[“”"«»‘’‹›']+$/g, '').trim().toLowerCase();

export function quotedHeadings(c: RuleContext): void {
  // (the last pass: nested quotations take their quotation's speaker, nested-quotes.ts)
  nestedQuotes(c);
  for (const h of c.spans) {
    if (!(h.voice === 'distanced' || (h.voice === 'quoted' && h.speaker === undefined)) || h.cue === undefined || !h.cue.includes('…')) continue;
    if (!inHeading(c, h.start, h.end)) continue;
    const words = inner(c, h);
    if (words.length < 3) continue;
    // the innermost speech span elsewhere whose text holds the heading's words; a quotation first
    let found: VoiceSpan | undefined;
    for (const s of c.spans) {
      if (s === h || (s.voice !== 'quoted' && s.voice !== 'reported') || (s.start < h.end && s.end > h.start)) continue;
      if (!c.doc.text.slice(s.start, s.end).toLowerCase().includes(words)) continue;
      if (found === undefined || (s.voice === 'quoted' && found.voice !== 'quoted') || (s.voice === found.voice && s.end - s.start < found.end - found.start)) found = s;
    }
    if (found === undefined) continue;
    h.voice = 'quoted';
    if (found.speaker !== undefined) h.speaker = found.speaker;
  }
}
