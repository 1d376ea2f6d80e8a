// Rule 3, subjunctive and hearsay without a frame in the unit: a Konjunktiv I or a hearsay
// construction ("soll … haben") makes its clauses reported; a Konjunktiv II ("hätte", "wäre") only
// continues a speaker carried from before; a colon before the subjunctive names the speaker.
// Examples (rules/subjunctive.test.ts):
//
// Handles:
//   „Alle verstehen das“, erklärt der … Politologe Dossym Satpajew. „…“ Tokajew habe den ersten Schritt … getan.
//   Mehrere Häuser sollen zerstört worden sein.  (hearsay: anonymous)
//   Altpräsident Nursultan Nasarbajew, gegen den sich die Proteste richten, soll Kasachstan verlassen haben.
//                                                           (the relative clause stays authorial)
//   Noch am Dienstag waren sich viele Experten einig: Die Lage in Almaty sei unter Kontrolle.  (speaker "viele Experten")
// Must not touch:
//   Diese soll Gründe und Anstifter für die Unruhen benennen.  (obligation, not hearsay: no perfect auxiliary)
//   Zwischenzeitlich schien es, als kollabiere … die Staatsmacht …  (irrealis after "als": items.ts)
//   Die Lage war klar: Die Truppen zogen ab.  (an indicative after a colon)
import type { Analysis } from '../analysis.js';
import { colonFrameSubject } from './fronted-object.js';
import type { Speech } from '../types.js';
import { COLON } from '../helpers.js';
import { KONJUNKTIV_II_CONTINUING } from '../lexicon.js';

/** A Konjunktiv I or hearsay clause, or a continuing Konjunktiv II after a carried speaker, voices the unit's unframed clauses. */
export function subjunctive(a: Analysis): boolean {
  const { text, v, cls, carried } = a;
  let konj1 = -1; // item of the first Konjunktiv I
  let hearsay = -1; // item of the first hearsay construction
  let konj2 = -1; // item of the first continuing Konjunktiv II ("hätte", "wäre")
  for (let c = 0; c < cls.n; c++) {
    if (konj1 < 0 && cls.konj1[c]! >= 0) konj1 = cls.konj1[c]!;
    if (hearsay < 0 && cls.hearsay[c]! >= 0) hearsay = cls.hearsay[c]!;
    if (konj2 < 0 && cls.konj2[c]! >= 0 && KONJUNKTIV_II_CONTINUING.has(v.norm(cls.konj2[c]!))) konj2 = cls.konj2[c]!;
  }
  if (konj1 >= 0 || hearsay >= 0 || (konj2 >= 0 && carried !== undefined)) {
    // a colon frame: "Noch am Dienstag waren sich viele Experten einig: Die Lage … sei …"
    const last = lastSubjunctive(a, cls.n);
    let colon = -1;
    for (let c = 1; c <= last; c++) {
      if (cls.sep[c] === COLON) {
        colon = c;
        break;
      }
    }
    if (colon > 0) {
      const np = colonFrameSubject(a, colon);
      const speech: Speech = { speaker: a.resolve(np, false), cue: ':' };
      a.emit(range(colon, cls.n), speech);
      return true;
    }
    const cueIndex = konj1 >= 0 ? konj1 : hearsay >= 0 ? hearsay : konj2;
    const cue = text.slice(v.startOf(cueIndex), v.endOf(cueIndex));
    const speaker = konj1 >= 0 || konj2 >= 0 ? carried?.speaker : 'anonymous';
    // "…, etwa 2000 Menschen sollen … worden sein": a clause with its own subject is the claim;
    // "Kasachstan, ein führender …, müsse …": a verb opening its clause takes the clauses before it
    const ci = cls.of(cueIndex);
    const from = cueIndex === cls.from[ci]! ? 0 : ci;
    // a relative clause inside the subject is background, not the claim
    a.emit(a.unframed(from, ci, true), { speaker: speaker ?? 'anonymous', cue });
    return true;
  }
  return false;
}

/** The last clause holding a Konjunktiv I or II (a colon before it opens the claim), or -1. */
function lastSubjunctive(a: Analysis, n: number): number {
  for (let c = n - 1; c >= 0; c--) if (a.cls.konj1[c]! >= 0 || a.cls.konj2[c]! >= 0) return c;
  return -1;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
