// A holder phrase and a colon before a Konjunktiv (review of 2026-12-07, F2): the view after the
// colon is the holder's, not the outlet's. Examples (colon-holder.test.ts):
//   "Für die Regierung steht fest: Hinter den Unruhen stecke eine Verschwörung."  → reported, die Regierung
//   "Für die Opposition ist klar: Die Wahl sei gefälscht worden."                  → reported, die Opposition
//   "Aus Sicht der Polizei steht fest: Der Brand sei gelegt worden."               → reported, der Polizei
// Look-alikes: "Fest steht: Die Brücke muss saniert werden." (no holder); "Für die Kinder gibt es
// Neues: Der Zoo öffnet." (an indicative after the colon); "Für die Regierung steht fest: Die
// Steuern steigen nicht." (indicative: the holder's view is not marked, left to the reader).
import type { RuleContext } from './context.js';
import { weakKonjunktivIn } from './weak-konjunktiv.js';

/** Predicates of certainty after "Für X": "steht fest", "ist klar", "gilt als ausgemacht". */
const CERTAIN = new Set(['fest', 'klar', 'ausgemacht', 'sicher', 'eindeutig', 'offensichtlich', 'unstrittig']);

export function colonHolders(c: RuleContext): void {
  for (const k of c.colons) {
    const s = c.sentenceOf(k);
    if (s === undefined || k <= s.from + 2) continue;
    const speaker = holderBefore(c, s.from, k);
    if (speaker === undefined) continue;
    const t = c.doc.tokens;
    // a Konjunktiv after the colon (listed, or a weak form in -e)
    if (!c.hasSubjunctive(k + 1, s.to) && weakKonjunktivIn(c, k + 1, s.to) < 0) continue;
    const inside = c.speechIn(t[k + 1]!.start, t[s.to - 1]!.end);
    if (inside.some((x) => x.voice === 'quoted' || (x.speaker !== undefined && x.speaker !== 'anonymous'))) continue;
    c.add(k + 1, s.to, 'reported', speaker, ':');
  }
}

/** "Für die Regierung steht fest", "Aus Sicht der Polizei ist klar": the holder, or undefined. */
function holderBefore(c: RuleContext, from: number, colon: number): string | undefined {
  let np: number;
  if (c.norm(from) === 'für') np = from + 1;
  else if (c.norm(from) === 'aus' && c.norm(from + 1) === 'sicht') np = from + 2;
  else return undefined;
  const end = c.phraseEnd(np, colon);
  if (end <= np) return undefined;
  let certain = false;
  for (let i = end; i < colon; i++) if (CERTAIN.has(c.norm(i))) certain = true;
  return certain ? c.slice(np, end) : undefined;
}
