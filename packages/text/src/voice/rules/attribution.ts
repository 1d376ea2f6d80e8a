// Rule 2, attribution phrases: "laut X", "nach Angaben X", "X zufolge" attribute the whole unit
// (its clauses outside any frame) to X; "demnach" after a named source attributes it to that source.
// Examples (rules/attribution.test.ts):
//
// Handles:
//   Laut Polizei wurden 20 Menschen festgenommen.   Dort landete nach Angaben mehrerer Telegram-Kanäle …
//   Gegen Abend wurden nach Polizeiangaben etwa 2.000 Personen festgenommen.  (speaker "Polizei")
//   Unbestätigten Meldungen zufolge soll es sich um eine Vorhut … handeln.  (anonymous)
//   Nach Informationen des Spiegels plant die Regierung neue Schulden.
//   Die Regierung hat nach eigenen Angaben die Ordnung wiederhergestellt.  Eigenen Angaben zufolge kontrolliert die Armee …
//   Das Ministerium hat laut eigenen Angaben keine Toten registriert.  (the clause's own subject)
//   Nach Angaben Tokajews …  Nach Angaben von Augenzeugen …  Die Lage ist nach Angaben des Ministeriums ruhig.
//   … Seinen Worten nach handle es sich um im Ausland ausgebildete Banden.  (the pronoun resolved: Tokajew)
//   Die Polizei teilte mit, die Lage sei ruhig. Auch das Mobilfunknetz war demnach tot.
// Must not touch:
//   Auch das Mobilfunknetz war demnach tot.  ("demnach" without a source before it)
//   nach Angaben die Ordnung …  (no genitive or "von X" after the report noun: no named source)
import type { Analysis } from '../analysis.js';
import { ANALYSE, ATTRIBUTION, CAP, CUE, PUNCT, WORD } from '../cues.js';
import { findWord } from '../helpers.js';
import { ANONYMOUS_SOURCES, ATTRIBUTION_POSTPOSITIONS, ATTRIBUTION_PREPOSITIONS, REPORT_NOUN_TAILS, REPORT_NOUNS } from '../lexicon.js';
import { firstNounPhrase, isAdjectiveAt, isDeterminer, isNounLike, isPronoun, nounPhrase, phraseText } from '../speakers.js';
import type { Phrase } from '../speakers.js';
import type { Speech } from '../types.js';

/** "laut X", "nach Angaben X", "X zufolge": the unit's clauses outside any frame are X's. */
export function attribution(a: Analysis): boolean {
  const speech = findAttribution(a);
  if (speech === null) return false;
  a.emit(a.unframed(0, -1, false), speech);
  return true;
}

/** "Auch das Mobilfunknetz … war demnach tot": the source just named (the speech carried from before). */
export function demnach(a: Analysis): boolean {
  const { v, carried } = a;
  if (carried === undefined || (v.all & CUE) === 0 || findWord(v, 0, v.n, 'demnach', ANALYSE) < 0) return false;
  a.emit(a.unframed(0, -1, false), { ...carried, cue: 'demnach' });
  return true;
}

/** "laut X", "nach Angaben X", "nach Polizeiangaben", "X zufolge", "seinen Worten nach". */
function findAttribution(a: Analysis): Speech | null {
  const { text, v } = a;
  if ((v.all & ATTRIBUTION) === 0) return null;
  for (let i = 0; i < v.n; i++) {
    if ((v.kind[i]! & (WORD | ATTRIBUTION)) !== (WORD | ATTRIBUTION)) continue;
    const norm = v.norm(i);
    if (ATTRIBUTION_PREPOSITIONS.has(norm)) {
      const np = nounPhrase(v, i + 1);
      if (np === null) continue;
      const cue = text.slice(v.startOf(i), v.endOf(i));
      // "laut eigenen Angaben": the clause's own subject
      if (REPORT_NOUNS.has(v.norm(np.to - 1)) && ownSource(a, np.from, np.to - 1)) return { speaker: subjectOutside(a, i, np.to), cue };
      const tail = np.to - np.from === 1 ? reportTail(v.norm(np.from)) : undefined;
      if (tail !== undefined) return { speaker: text.slice(v.startOf(np.from), v.endOf(np.from) - tail.length).replace(/-$/, ''), cue };
      return { speaker: a.resolve(np, false), cue };
    }
    if (ATTRIBUTION_POSTPOSITIONS.has(norm)) {
      return { speaker: sourceBefore(a, i), cue: text.slice(v.startOf(i), v.endOf(i)) };
    }
    if (norm === 'nach') {
      // "seinen Worten nach" (postposition)
      if ((v.bits(i - 1) & WORD) !== 0 && REPORT_NOUNS.has(v.norm(i - 1))) {
        return { speaker: sourceBefore(a, i), cue: text.slice(v.startOf(i - 1), v.endOf(i)) };
      }
      // "nach (staatlichen) Angaben (der Behörden)", "nach Polizeiangaben"
      let k = i + 1;
      while (k < v.n && k - i <= 3 && (v.kind[k]! & (WORD | CAP)) === WORD) k++;
      if ((v.bits(k) & WORD) === 0) continue;
      const noun = v.norm(k);
      const tail = reportTail(noun);
      if (tail !== undefined) {
        const src = text.slice(v.startOf(k), v.endOf(k) - tail.length);
        return { speaker: src.replace(/-$/, ''), cue: text.slice(v.startOf(i), v.endOf(k)) };
      }
      if (!REPORT_NOUNS.has(noun)) continue;
      const cue = text.slice(v.startOf(i), v.endOf(k));
      // "nach eigenen Angaben": the clause's own subject ("Die Regierung hat nach eigenen Angaben …")
      if (ownSource(a, i + 1, k)) return { speaker: subjectOutside(a, i, k + 1), cue };
      // the source is a genitive ("der Polizei", "des Ministeriums", "Tokajews") or "von X";
      // not any noun phrase after the noun ("nach Angaben die Ordnung" is no source)
      const gen = k + 1;
      const gb = v.bits(gen);
      let np: Phrase | null = null;
      if ((gb & WORD) !== 0) {
        const gn = v.norm(gen);
        // a genitive determiner (des, der, eines, mehrerer, vieler, dieser …) or a name in the genitive
        const genitive = isDeterminer(v, gen) ? gn !== 'das' && (gn.endsWith('s') || gn.endsWith('r')) : isNounLike(v, gen) && gn.endsWith('s');
        if (genitive) np = nounPhrase(v, gen);
        else if (gn === 'von' && (isDeterminer(v, gen + 1) || isNounLike(v, gen + 1) || isAdjectiveAt(v, gen + 1))) np = nounPhrase(v, gen + 1);
      }
      if (np !== null) return { speaker: a.resolve(np, false), cue };
      const speaker = k > i + 1 ? text.slice(v.startOf(i + 1), v.endOf(k)) : 'anonymous';
      return { speaker, cue: text.slice(v.startOf(i), v.endOf(k)) };
    }
  }
  return null;
}

/** Do items [from, to) hold "eigen…" ("nach eigenen Angaben", "eigener Darstellung zufolge")? */
function ownSource(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((a.v.kind[k]! & WORD) !== 0 && a.v.norm(k).startsWith('eigen')) return true;
  return false;
}

/** The unit's subject outside items [lo, hi) (an attribution phrase), a pronoun resolved; else the subject carried from before, or anonymous. */
function subjectOutside(a: Analysis, lo: number, hi: number): string {
  const v = a.v;
  const np = firstNounPhrase(v, 0, lo) ?? firstNounPhrase(v, hi, v.n);
  return a.resolve(np, false) ?? a.carriedSubject(a.u) ?? 'anonymous';
}

/** The source before a postposition: "Berichten des Senders Radio Swoboda zufolge", "Unbestätigten Meldungen zufolge". */
function sourceBefore(a: Analysis, post: number): string {
  const { text, v } = a;
  // the noun phrase that ends right before the postposition, starting at the unit or clause start
  let from = post - 1;
  while (from > 0 && (v.kind[from - 1]! & PUNCT) === 0) from--;
  for (let s = from; s < post; s++) {
    const np = nounPhrase(v, s);
    if (np === null || np.to !== post) continue;
    // "Eigenen Angaben zufolge hat die Polizei …": the clause's own subject
    if (np.to - np.from >= 2 && ownSource(a, np.from, np.to - 1)) return subjectOutside(a, np.from, post + 1);
    if (isPronoun(v, np.from)) return a.resolve({ from: np.from, to: np.from + 1 }, false) ?? 'anonymous';
    // drop the report noun: "Berichten des Senders X" -> "des Senders X"; "Unbestätigten Meldungen" -> anonymous
    for (let k = np.from; k < post; k++) {
      if ((v.kind[k]! & WORD) === 0) continue;
      const norm = v.norm(k);
      if (!(REPORT_NOUNS.has(norm) || ANONYMOUS_SOURCES.has(norm))) continue;
      return k + 1 < post ? phraseText(text, v, { from: k + 1, to: post }) : 'anonymous';
    }
    return phraseText(text, v, np);
  }
  return 'anonymous';
}

/** A compound ending in a report noun ("Polizeiangaben" -> "angaben"), or undefined. */
function reportTail(norm: string): string | undefined {
  for (let k = 0; k < REPORT_NOUN_TAILS.length; k++) {
    const t = REPORT_NOUN_TAILS[k]!;
    if (norm.length > t.length + 2 && norm.endsWith(t)) return t;
  }
  return undefined;
}
