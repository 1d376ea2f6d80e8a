import type { NegationRule, Sentence, Word } from './types.js';
import { clauseEnd, isClauseBreak, scope } from './words.js';

// "zurückweisen" rejects its object: "Moskau weist die Vorwürfe einer Einmischung zurück" (the
// scope is between the finite verb and "zurück"), "Der Kreml hat Berichte über russische
// Kampfeinsätze zurückgewiesen" (the scope runs from the auxiliary or the start of the clause to the
// participle, without the subject's noun phrase before an auxiliary). "weist darauf hin" and
// "wies den Weg" are other verbs; "zurück" must end the clause. A fronted object (review of
// 2026-12-07, F6): "Die Rede vom ‚Angriff von außen' wies die Sprecherin zurück" rejects what stands
// before the verb-second "wies" when that holds a word of claiming (Rede, Vorwurf, Kritik,
// Behauptung …) or a quotation, and a subject follows the verb: then the fronted phrase is the scope,
// not the subject after the verb ("Die Sprecherin wies die Kritik zurück" stays as it was).
export const zurueckweisen: NegationRule = {
  id: 'zurueckweisen',
  examples: {
    negated: [
      'Moskau weist [[die Vorwürfe einer Einmischung]] zurück.',
      'Der Kreml hat [[Berichte über russische Kampfeinsätze]] zurückgewiesen, sagte Peskow.',
      'Die Regierung in Minsk wies [[jede Verantwortung für die Gewalt]] entschieden zurück.',
      '[[Die Rede vom ‚Angriff von außen‘]] wies die Sprecherin zurück.',
      '[[Den Vorwurf der Wahlfälschung]] weist die Regierung entschieden zurück.',
      '[[Berichte über Folter in den Gefängnissen]] wiesen die Behörden zurück.',
      'Die Sprecherin wies [[die Kritik]] zurück.',
    ],
    not: [
      'Der Sprecher weist darauf hin, dass Terroristen festgenommen wurden.', 'Die Truppen kehren nach Russland zurück, die Terroristen seien besiegt.',
      'Die Rede des Präsidenten wies auf die Gefahr von Terroristen hin.', 'Die Karte wies den Weg zurück nach Hause.',
    ],
  },
  find(s: Sentence) {
    const w = s.words;
    const out = [];
    for (let i = 0; i < w.length; i++) {
      const n = w[i]!.norm;
      if (WEIST.has(n)) {
        const end = clauseEnd(w, i + 1, false);
        const back = end - 1;
        if (back > i && w[back]!.norm === 'zurück') {
          // "entschieden zurück": a lower-case adverb before "zurück" is not part of the object
          let to = back;
          while (to > i + 1 && !w[to - 1]!.cap && ADVERBS.has(w[to - 1]!.norm)) to--;
          const fronted = frontedObject(w, i);
          if (fronted >= 0) out.push(...scope(w, fronted, i, `${n} … zurück`, 'zurueckweisen'));
          else out.push(...scope(w, i + 1, to, `${n} … zurück`, 'zurueckweisen'));
        }
      } else if (n.startsWith('zurückgewiesen') || n === 'zurückweisen' || n === 'zurückzuweisen' || n === 'zurückweist' || n === 'zurückwies') {
        let from = i - 1;
        while (from >= 0 && !isClauseBreak(w[from]!) && !AUX.has(w[from]!.norm)) from--;
        out.push(...scope(w, from + 1, i, n, 'zurueckweisen'));
      }
    }
    return out;
  },
};

const WEIST = new Set(['weist', 'wies', 'weisen', 'wiesen']);
const AUX = new Set(['hat', 'haben', 'hatte', 'hatten', 'habe', 'wurde', 'wurden', 'wird', 'werden', 'worden', 'sei', 'seien', 'ist', 'dass']);
const ADVERBS = new Set(['entschieden', 'scharf', 'energisch', 'umgehend', 'erneut', 'kategorisch', 'vehement', 'entschlossen', 'deutlich', 'als']);

/** Heads of claims that are rejected ("die Rede vom …", "den Vorwurf", "Berichte über …"; also compounds: "Terrorvorwürfe"). */
const CLAIMS = /(rede|vorwurf|vorwürfe|vorwürfen|kritik|behauptung|behauptungen|darstellung|darstellungen|bericht|berichte|berichten|spekulationen|gerüchte|vermutung|anschuldigung|anschuldigungen|unterstellung|unterstellungen|forderung|forderungen|aussage|aussagen|version|these|theorie|bezeichnung|etikett|vergleich|vergleiche|kritikpunkte)$/;
const QUOTE_MARKS = /^[„“”"‚‘’'»«›‹]$/;

/**
 * The start of a fronted object before the verb-second `verb` ("Die Rede vom … wies …"), or -1: the
 * clause opens the sentence before the verb, holds a claim noun or a quotation mark, and a
 * determiner or a capitalised word (the subject) follows the verb.
 */
function frontedObject(w: readonly Word[], verb: number): number {
  if (verb === 0) return -1;
  let from = verb - 1;
  while (from > 0 && !isClauseBreak(w[from - 1]!)) from--;
  if (from > 0) return -1; // only a main clause opening the sentence ("…, die der Minister zurückwies" is not V2)
  let claim = false;
  for (let k = from; k < verb; k++) if (CLAIMS.test(w[k]!.norm) || (w[k]!.punct && QUOTE_MARKS.test(w[k]!.norm))) claim = true;
  const next = w[verb + 1];
  return claim && next !== undefined && !next.punct && (SUBJECT_OPENERS.has(next.norm) || next.cap) ? from : -1;
}
const SUBJECT_OPENERS = new Set(['der', 'die', 'das', 'ein', 'eine', 'sie', 'er', 'man']);
