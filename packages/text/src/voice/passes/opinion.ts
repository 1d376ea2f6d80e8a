// Rule: "Seiner Meinung nach", "Nach Meinung von X" attribute the rest of the sentence.
//   "Der Ökonom Klaus Berger warnt. Seiner Meinung nach ist die Lage ernst."  reported, Der Ökonom Klaus Berger
//   "Nach Meinung von Experten wird der Ölpreis steigen."                     reported, Experten
// Look-alikes: "Meiner Meinung nach ist das ein Fehler." (the author's own); "Nach der
// Besichtigung des Gemäldes …" (not an opinion noun).
import { CAP, WORD } from '../cues.js';
import type { RuleContext } from './context.js';
import { CUE_OPINION, OPINION_NOUNS } from './words.js';

const THIRD_PERSON = new Set(['seiner', 'ihrer', 'deren', 'dessen']);

export function opinion(c: RuleContext): void {
  if ((c.cues & CUE_OPINION) === 0) return;
  for (let n = 0; n < c.sentences.length; n++) {
    const s = c.sentences[n]!;
    if ((s.cues & CUE_OPINION) === 0) continue;
    for (let k = s.from; k < s.to - 2; k++) {
      if (!OPINION_NOUNS.has(c.norm(k))) continue;
      let speaker: string | undefined;
      let from = -1;
      if (c.norm(k + 1) === 'nach' && THIRD_PERSON.has(c.norm(k - 1))) {
        const prev = c.sentences[n - 1];
        speaker = prev === undefined ? undefined : leadingPhrase(c, prev.from, prev.to);
        from = k + 2;
      } else if (c.norm(k - 1) === 'nach') {
        const np = c.norm(k + 1) === 'von' ? k + 2 : k + 1;
        const end = c.phraseEnd(np, s.to);
        if (end <= np) continue;
        speaker = c.slice(np, end);
        from = end;
      }
      // a speaker phrase that ends the document leaves no token after it: its start is the text's end
      if (from < 0 || c.speechIn(c.doc.tokens[from]?.start ?? c.doc.text.length, s.end).length > 0) continue;
      c.add(from, s.to, 'reported', speaker, c.norm(k));
      break;
    }
  }
}

/** The noun phrase a sentence starts with ("Der Ökonom Klaus Berger warnt …"). */
function leadingPhrase(c: RuleContext, from: number, to: number): string | undefined {
  if ((c.bits(from) & (WORD | CAP)) !== (WORD | CAP)) return undefined;
  const end = c.phraseEnd(from, to);
  return end > from ? c.slice(from, end) : undefined;
}
