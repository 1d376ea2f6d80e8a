import type { NegationScope, ScopeLimit, Sentence } from './types.js';
import { isClauseBreak, nounPhraseEnd } from './words.js';

// A counterfactual "Ohne X hätte / wäre / würde …" asserts X's part in what happened ("Ohne die
// Friedenstruppe hätte Tokajew den Machtkampf verloren": the peacekeepers were there). Only
// "ohne" with its noun phrase in front of the clause, the finite verb right after it a
// Konjunktiv II; "ohne" elsewhere, with an indicative, or in a Konjunktiv I report still denies.
export const kontrafaktisch: ScopeLimit = {
  id: 'kontrafaktisch',
  rules: ['ohne'],
  examples: {
    kept: [
      'Ohne die [[Friedenstruppe]] hätte Tokajew den Machtkampf verloren.',
      'Ohne die russischen [[Fallschirmjäger]] wäre das Regime gestürzt, sagte der Experte.',
      'Die Lage ist klar: Ohne das [[Internet]] würden die Proteste schnell abflauen.',
    ],
    negated: [
      'Ohne [[Beweise]] sprach er von Terrorbanden.',
      'Der Präsident habe ohne [[Beweise]] von Terroristen gesprochen, sagte die Anwältin.',
      'Die Soldaten hätten ohne [[Vorwarnung]] geschossen, berichten Augenzeugen.',
    ],
  },
  limit(s: Sentence, from: number, to: number, sc: NegationScope) {
    const w = s.words;
    const cue = from - 1;
    if (sc.cue !== 'ohne' || (cue > 0 && !isClauseBreak(w[cue - 1]!))) return [[from, to]];
    const verb = w[nounPhraseEnd(w, from)]?.norm ?? '';
    return KONJUNKTIV_II.has(verb) ? [] : [[from, to]];
  },
};

/** Finite verbs in Konjunktiv II that make "Ohne X …" a counterfactual. */
const KONJUNKTIV_II = new Set(['hätte', 'hätten', 'hättest', 'wäre', 'wären', 'wärest', 'würde', 'würden', 'könnte', 'könnten', 'müsste', 'müssten']);
