import type { ScopeLimit, Sentence } from './types.js';
import { nounPhraseEnd } from './words.js';

// A negated action against someone does not deny that someone: "Die Polizei werde nicht gegen
// Demonstranten vorgehen" denies the crackdown, the demonstrators are there. The "gegen" phrase
// leaves the scope (what follows it stays in: "nicht gegen Demonstranten [vorgehen]"). A contrast
// with "sondern" is the exception: "nicht gegen Russland, sondern gegen die Oligarchen" denies
// Russia as the target.
export const gegen: ScopeLimit = {
  id: 'gegen',
  rules: ['nicht', 'kein-adverbial', 'weder-noch'],
  examples: {
    kept: [
      'Die Polizei werde nicht gegen [[Demonstranten]] vorgehen, versprach der Minister.',
      'Die Armee sei zu keinem Zeitpunkt gegen friedliche [[Demonstranten]] eingesetzt worden.',
      'Die Soldaten hätten nie Waffen gegen die [[Protestierenden]] gerichtet, sagte der General.',
    ],
    negated: [
      'Die Proteste richteten sich nicht gegen [[Russland]], sondern gegen die Oligarchen.',
      'Die Polizei sei nicht [[gewaltsam]] gegen Demonstranten vorgegangen.',
      'Die Polizei werde nicht gegen Demonstranten [[vorgehen]], versprach der Minister.',
    ],
  },
  limit(s: Sentence, from: number, to: number) {
    const w = s.words;
    const at = w.slice(from, to).findIndex((x) => x.norm === 'gegen');
    if (at < 0) return [[from, to]];
    const g = from + at;
    const after = w[to]?.punct === true ? to + 1 : to;
    if (w[after]?.norm === 'sondern') return [[from, to]];
    const end = Math.min(nounPhraseEnd(w, g + 1, 0), to);
    const out: Array<readonly [number, number]> = [];
    if (g > from) out.push([from, g]);
    if (end > g + 1 && end < to) out.push([end, to]);
    else if (end <= g + 1) out.push([g + 1, to]);
    return out;
  },
};
