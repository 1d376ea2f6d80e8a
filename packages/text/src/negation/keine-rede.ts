import type { NegationRule, Sentence } from './types.js';
import { isClauseBreak, scope } from './words.js';

// "Von … kann keine Rede sein" rejects what follows "von": "Von einer bunten Revolution kann keine
// Rede sein", "Von Terror könne nicht die Rede sein". The scope is from the word after "von" to the
// modal verb. ("Es war keine Rede von …" is the "kein" rule's: its phrase includes "von …".)
export const keineRede: NegationRule = {
  id: 'keine-rede',
  examples: {
    negated: ['Von [[einer bunten Revolution]] kann keine Rede sein, sagte der Sprecher.', 'Von [[Terror]] könne nicht die Rede sein.'],
    not: ['Die Rede des Präsidenten war von Terroristen bestimmt.', 'Von Terroristen war in der Rede nicht die Rede, sagte er.'],
  },
  find(s: Sentence) {
    const w = s.words;
    const out = [];
    for (let i = 2; i < w.length; i++) {
      if (w[i]!.norm !== 'rede') continue;
      if (!(w[i - 1]!.norm === 'keine' || (w[i - 1]!.norm === 'die' && w[i - 2]!.norm === 'nicht'))) continue;
      // "kann keine Rede", "könne nicht die Rede": a modal one or two words before
      const modalAt = MODAL.has(w[i - 2]!.norm) ? i - 2 : MODAL.has(w[i - 3]?.norm ?? '') ? i - 3 : -1;
      if (modalAt < 0) continue;
      let von = modalAt - 1;
      while (von >= 0 && !isClauseBreak(w[von]!) && w[von]!.norm !== 'von') von--;
      if (von < 0 || w[von]!.norm !== 'von') continue;
      out.push(...scope(w, von + 1, modalAt, `von … ${w[modalAt]!.norm} ${w[i - 1]!.norm} Rede sein`, 'keine-rede'));
    }
    return out;
  },
};

const MODAL = new Set(['kann', 'könne', 'konnte', 'könnte', 'können', 'könnten']);
