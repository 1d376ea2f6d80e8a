import type { NegationScope, ScopeLimit, Sentence } from './types.js';
import { attaches, isContentNoun, nounPhraseEnd, ORIGIN } from './words.js';

// "kein" and "ohne" deny their head noun, not the noun of a phrase attached to it: "keine Gewalt
// gegen friedliche Demonstranten" denies the violence, the demonstrators are there; "keine Zahl
// der getöteten Demonstranten" withholds a figure. Heads that are about their complement pass
// the negation on (evidence, reports, accusations, links, plans, orders: "keine Hinweise auf
// Terrorbanden", "ohne Beweise für eine Verschwörung"), and so do an origin or agent ("keine
// Einmischung aus dem Ausland", "keine Gewalt von Demonstranten").
export const ergaenzung: ScopeLimit = {
  id: 'ergaenzung',
  rules: ['kein', 'ohne'],
  examples: {
    kept: [
      'Es dürfe keine Gewalt gegen friedliche [[Demonstranten]] geben, sagte die Ministerin.',
      'Die Behörden nannten keine Zahl der getöteten [[Demonstranten]].',
      'Der Sprecher machte keine Angaben zur Zahl der festgenommenen [[Aktivisten]].',
      'Die Regierung zeigte keinerlei Verständnis für die [[Streikenden]].',
      'Die Polizei schoss ohne Vorwarnung auf [[Demonstranten]].',
    ],
    negated: [
      'Es gab keine Hinweise auf [[Terrorbanden]].',
      'Er kam ohne Beweise für eine [[Verschwörung]].',
      'Die Ermittler fanden keine Verbindungen zu [[ausländischen Geheimdiensten]].',
      'Das Militär erhielt keinen Befehl zum [[Schießen]].',
      'Es habe keine Einmischung aus dem [[Ausland]] gegeben, sagte der Minister.',
      'Es gebe keine [[Gewalt]] gegen Demonstranten, sagte die Polizei.',
    ],
  },
  limit(s: Sentence, from: number, to: number, sc: NegationScope) {
    if (sc.rule === 'ohne' && sc.cue !== 'ohne') return [[from, to]];
    const w = s.words;
    let end = nounPhraseEnd(w, from, 0);
    if (end <= from) return [[from, to]];
    while (end < to && attaches(w, end)) {
      if (isContentNoun(w[end - 1]!.norm)) return [[from, to]];
      if (!ORIGIN.has(w[end]!.norm)) return [[from, end]];
      const next = nounPhraseEnd(w, end + 1, 0);
      if (next <= end + 1) break;
      end = next;
    }
    return [[from, to]];
  },
};
