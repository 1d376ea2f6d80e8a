// "hieß es" / "heißt es" with a named source (review of 2026-12-07, F1e): the source in the
// prepositional phrase is the speaker, not "anonymous". Examples (rules/heisst-es-source.test.ts):
//   "Die Terrorismusbekämpfung dürfe kein Vorwand sein, hiess es im Aussendepartement."  → "Aussendepartement"
//   "…, hieß es aus Diplomatenkreisen."                                                  → "Diplomatenkreisen"
//   "Aus dem Kanzleramt hieß es, man prüfe den Vorschlag."                               → "dem Kanzleramt"
//   "Auf der Seite des Festivals heißt es, die Lage werde sich normalisieren."           → "der Seite des Festivals"
// Look-alikes (still "anonymous"): "Zwar hieß es, …" (no source); "In der Nacht hieß es, …" and
// "…, hieß es am Abend" (a time, not a source); "…, hieß es in einer Erklärung" (a document: who
// issued it is not named here); "…, hieß es dort" (rules/speech-frames.ts: the source just named).
import { isTimeWord } from '../../speaker-phrase.js';
import type { Analysis } from '../analysis.js';
import { phraseText, nounPhrase } from '../speakers.js';
import { PREPOSITION, WORD } from '../cues.js';

/** Prepositions that name where a statement comes from: "im Ministerium", "aus Moskau", "auf der Seite …". */
const SOURCE_PREPOSITIONS = new Set(['im', 'in', 'aus', 'auf', 'bei', 'beim', 'von', 'vom', 'seitens']);
/** Documents: "in einer Erklärung hieß es" names what was issued, not who. */
const DOCUMENTS = /^(erklärung|mitteilung|pressemitteilung|stellungnahme|statement|schreiben|brief|text|papier|kommuniqué|kommunique|bericht|berichten|meldung|meldungen)$/;

/** The source named by a prepositional phrase starting at item `i` ("im Aussendepartement" → "Aussendepartement"), or undefined. */
export function sourceAfterPreposition(a: Analysis, i: number, to: number): string | undefined {
  const v = a.v;
  if ((v.bits(i) & (WORD | PREPOSITION)) !== (WORD | PREPOSITION) || !SOURCE_PREPOSITIONS.has(v.norm(i))) return undefined;
  const np = nounPhrase(v, i + 1);
  if (np === null || np.to > to) return undefined;
  for (let k = np.from; k < np.to; k++) {
    const w = v.norm(k);
    if (isTimeWord(w) || DOCUMENTS.test(w)) return undefined;
  }
  return phraseText(a.text, v, np);
}
