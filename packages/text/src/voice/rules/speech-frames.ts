// Rule 1, speech frames: a clause with a verb of saying attributes the clauses around it (reported),
// and the quotations in or after it (quoted) to the verb's subject. Examples (rules/speech-frames.test.ts):
//
// Handles:
//   „Alle verstehen, dass die OVKS … repräsentiert“, erklärt der kasachische Politologe Dossym Satpajew.
//   „Das ist eine Corona-Revolution. Die Pandemie hat …,“ sagt der Politologe.    (over several sentences)
//   «Wir bitten alle Kasachen, …», erklärte der Sprecher des US-Außenministeriums, Ned Price.
//   Der armenische Regierungschef Nikol Paschinjan kündigte auf Facebook an, die Organisation werde »…«.
//   Die Regierung erklärte, die Lage sei unter Kontrolle.   Die Proteste seien …, erklärte das russische Außenministerium …
//   «Terroristische Banden» hätten sich dort … geliefert, sagte Tokajew in einer Fernsehansprache.
//   …, meldete die Polizei.  …, so die staatliche Nachrichtenagentur Chabar.  Wie die Agentur Reuters berichtete, …
//   «…», hieß es dort. (the source just named)   Zwar hieß es, die Soldaten sollten bald abziehen. (anonymous)
//   Die Lage ist ruhig, sagte der Bürgermeister am Abend.
//   … nannte er die Proteste einen „Akt äußerer Aggression“, …   Die Polizei spricht von einer „Chaosnacht“.
//   Die Terroristen seien weiterhin aktiv, sagte er.  (the pronoun: the speaker named before, never a phrase in the claim)
//   Wie das Innenministerium mitteilte, wurden 2000 Demonstranten festgenommen.  Das Ministerium teilte mit, …
//   „Die Friedenstruppe wird abziehen“, sagte Tokajew, „sobald die Terrorbanden besiegt sind.“  (an interrupted quotation)
//   Augenzeugen berichteten von Schüssen.   Die Medien berichten, die Lage sei ruhig.
//   Die Truppen würden abziehen, erklärte es.  (a neuter speaker just named)   …, hieß es.  (anonymous)
//   Der „Staatschef“ hat gesprochen: Die Friedenstruppe ist ein Segen für das Land.
//   …: Der Westen wolle damit Russland zu Zugeständnissen zwingen, raunen sie.  (the claim runs back to the colon)
// Must not touch:
//   Dies erklärte der Präsident der … Republik Kasachstan, Kassym-Jomart Tokajew, am Freitag.  (an apposition is no claim)
//   Wie erwartet, blieb die Lage ruhig.  Wie viele Menschen starben, ist unklar.  Wie bekannt wurde, …  (no verb of saying)
//   Tokajew sagte, die Lage sei ruhig, aber die Proteste gingen weiter.  (the indicative "aber …" is the outlet's)
//   …; unabhängig überprüfen lässt sich das nicht.   Die Zeitung berichtete über die Proteste.   Sie sagte nichts.
//   Die Lage in Almaty blieb angespannt. Die Terroristen seien aktiv, sagte er.  ("er" is not "Die Lage": speaker "er")
import { COMPLEMENTISER, FINITE, MAY_DISTANCE, NAMING, NON_COMPLEMENT_OPENER, PREPOSITION, PUNCT, REPORTING, SPEECH, STRONG_SPEECH, WORD } from '../cues.js';
import type { Analysis } from '../analysis.js';
import { COLON, COMMA, findWord, firstWord, isAdjectiveLike, lastWordIndex, span } from '../helpers.js';
import { QUOTE } from '../items.js';
import { BACK_REFERENCES } from '../lexicon.js';
import { firstNounPhrase, isAdjectiveAt, isBareNounPhrase, isDeterminer, isNounLike, isPronoun, nounPhrase } from '../speakers.js';
import type { Phrase } from '../speakers.js';
import { openerClauses } from './time-opener.js';
import type { Frame } from '../types.js';
import { isPassive, labelTerm } from './frame-labels.js';
import { sourceAfterPreposition } from './heisst-es-source.js';
import { afterAdverbials } from './frame-adverbials.js';

const NO_FRAMES: readonly Frame[] = [];
const NO_QUOTES: readonly number[] = [];

/** The unit's frames (`a.frames`, found by the driver with `findFrames`) voice their claims, quotations and labels. */
export function speechFrames(a: Analysis): boolean {
  const { v, cls, quoteSpeech, out } = a;
  const frames = a.frames;
  let framedAny = false;
  for (let fi = 0; fi < frames.length; fi++) {
    const f = frames[fi]!;
    if (f.claims.length > 0) {
      a.emit(f.claims, f);
      framedAny = true;
    }
    for (let k = 0; k < f.quotes.length; k++) {
      quoteSpeech[f.quotes[k]!] = f;
      a.unitSpeech = f;
      framedAny = true;
    }
    if (f.label !== undefined) {
      out.push(span(v.startOf(f.label[0]), v.endOf(f.label[1] - 1), 'reported', f));
      a.unitSpeech = f;
      framedAny = true;
    }
    if (f.naming) {
      // quotations after a naming or appeal verb are that speaker's words: "nannte … einen „Akt …“"
      for (let i = f.verb + 1; i < v.n; i++) if ((v.kind[i]! & QUOTE) !== 0) quoteSpeech[v.ref[i]!] = f;
      // "sprach von …", "berichteten von …": the complement is the speaker's
      const c = cls.of(f.verb);
      const von = (v.kind[f.verb]! & REPORTING) !== 0 ? findWord(v, f.verb + 1, Math.min(cls.to[c]!, f.verb + 5), 'von', PREPOSITION) : -1;
      if (von >= 0 && f.claims.length === 0) {
        let e = cls.to[c]!;
        while (e > von && (v.kind[e - 1]! & PUNCT) !== 0) e--;
        if (e > von + 1 && !(e - von === 2 && (v.kind[von + 1]! & QUOTE) !== 0)) {
          out.push(span(v.startOf(von), v.endOf(e - 1), 'reported', f));
        }
        a.unitSpeech = f;
      }
    }
  }
  return framedAny;
}

/** Speech frames in the unit. */
export function findFrames(a: Analysis): readonly Frame[] {
  const { text, v, cls, claimed } = a;
  // a frame needs a speech verb or a clause opening with "so"
  if ((v.all & (SPEECH | MAY_DISTANCE)) === 0) return NO_FRAMES;
  const frames: Frame[] = [];
  for (let c = 0; c < cls.n; c++) claimed[c] = 0; // (a loop: TypedArray fill costs more for a few entries)

  for (let ci = 0; ci < cls.n; ci++) {
    const first = cls.from[ci]!;
    if (first >= v.n) continue;
    let verb = a.cls.speech[ci]!;
    // a clause without a speech verb is a frame only when it opens with "so" (a MAY_DISTANCE form)
    if (verb < 0 && (v.kind[first]! & (WORD | MAY_DISTANCE)) !== (WORD | MAY_DISTANCE)) continue;
    const firstNorm = (v.kind[first]! & WORD) !== 0 ? v.norm(first) : '';
    // ", so die staatliche Nachrichtenagentur Chabar" / ", so sagt der Politologe X,"
    const soFrame = ci > 0 && firstNorm === 'so' && (verb === first + 1 || isDeterminer(v, first + 1) || isNounLike(v, first + 1));
    if (verb < 0 && !soFrame) continue;
    // ", wie die russische Staatsagentur Tass berichtete"
    // (also sentence-initial "Wie das Innenministerium mitteilte, wurden …", "wie der Sender berichtet hat")
    const lastWord = firstNorm === 'wie' && verb >= 0 ? lastWordIndex(v, first, cls.to[ci]!) : -1;
    const wieFrame = lastWord >= 0 && (lastWord === verb || (lastWord === verb + 1 && (v.kind[lastWord]! & FINITE) !== 0));

    if (wieFrame) {
      const np = nounPhrase(v, first + 1);
      const others: number[] = [];
      for (let i = 0; i < cls.n; i++) if (i !== ci && claimed[i] === 0) others.push(i);
      frames.push(frame(a, np, verb, ci, ci + 1, others, false));
      for (let k = 0; k < others.length; k++) claimed[others[k]!] = 1;
      continue;
    }

    const quoteBefore = verb > first && (v.kind[verb - 1]! & QUOTE) !== 0;
    const verbFirst = soFrame || verb === first || quoteBefore;
    const right = soFrame && verb !== first + 1 ? first + 1 : verb + 1;
    // "sagte am Freitag in Berlin eine Sprecherin": the time and place are skipped (frame-adverbials.ts)
    const after = v.norm(right) === 'es' ? right : afterAdverbials(v, right, cls.to[ci]!);
    const isEs = v.norm(after) === 'es';
    const inverted =
      (ci > 0 || quoteBefore) &&
      verbFirst &&
      (isEs || isDeterminer(v, after) || isNounLike(v, after) || isPronoun(v, after) || isAdjectiveAt(v, after)) &&
      (quoteBefore || markerOrQuoteBefore(a, ci) || !isBareNounPhrase(v, 0, cls.to[ci - 1]!));
    if (inverted) {
      const cueIdx = verb >= 0 ? verb : first;
      // claims: back to the start (or the last colon before), and forward over subjunctive clauses
      let from = ci === 0 ? 0 : ci - 1;
      while (from > 0 && cls.sep[from] !== COLON && claimed[from - 1] === 0) from--;
      let speaker: string | undefined;
      let npEnd = after + 1;
      if (isEs) {
        // "hieß es" is anonymous; "hieß es dort" points back to the source just named
        speaker = BACK_REFERENCES.has(v.norm(after + 1)) ? (a.carried?.speaker ?? 'anonymous') : (sourceAfterPreposition(a, after + 1, cls.to[ci]!) ?? 'anonymous');
        // "erklärte es" (not "hieß es"): a neuter speaker just named ("Das Ministerium teilte mit, … . …, erklärte es.")
        const vn = verb >= 0 ? v.norm(verb) : '';
        if (speaker === 'anonymous' && verb >= 0 && vn !== 'hiess' && vn !== 'heisst') {
          const c = a.carried;
          const before = c?.verbal === true && c.speaker !== undefined ? c.speaker : a.carriedSubject(a.u);
          if (before !== undefined && firstWord(before) === 'das') speaker = before;
        }
      } else {
        const np = nounPhrase(v, after) ?? (isPronoun(v, after) ? { from: after, to: after + 1 } : null);
        // a pronoun ("sagte er") never stands for a noun phrase inside the claim before it
        speaker = a.resolve(np, true, cls.from[from]!, cls.from[ci]!);
        if (np !== null) npEnd = np.to;
      }
      let frameTo = ci + 1;
      while (frameTo < cls.n && cls.from[frameTo]! < npEnd) frameTo++; // appositions
      const claims: number[] = [];
      for (let i = from; i < ci; i++) if (claimed[i] === 0) claims.push(i);
      let fwd = frameTo;
      // an interrupted quotation continues after the frame: „…“, sagte Tokajew, „sobald …“
      if (fwd < cls.n && claimed[fwd] === 0 && a.onlyQuote(fwd)) claims.push(fwd++);
      for (let k = fwd; k < cls.n && a.hasMarker(k); k++) claims.push(k);
      for (let k = 0; k < claims.length; k++) claimed[claims[k]!] = 1;
      for (let k = ci; k < frameTo; k++) claimed[k] = 1;
      const quotes = quoteBefore ? [v.ref[verb - 1]!] : NO_QUOTES;
      frames.push({
        speaker, cue: text.slice(v.startOf(cueIdx), v.endOf(cueIdx)), frameFrom: ci, frameTo, claims, verb: cueIdx, naming: false, verbal: true, quotes,
      });
      continue;
    }
    if (verb < 0) continue;

    // "X erklärte, …" / "X sagte: „…“": the following clauses are the claim
    const verbNorm = v.norm(verb);
    const strong = (v.kind[verb]! & STRONG_SPEECH) !== 0;
    // naming and labelling verbs, and "berichtete von …" (REPORTING): what follows the verb is the speaker's wording
    const naming = (v.kind[verb]! & NAMING) !== 0 ||
      ((v.kind[verb]! & REPORTING) !== 0 && findWord(v, verb + 1, Math.min(cls.to[ci]!, verb + 5), 'von', PREPOSITION) >= 0);
    const claims: number[] = [];
    const next = ci + 1;
    if (next < cls.n && (cls.sep[next] === COMMA || cls.sep[next] === COLON) && qualifies(a, next, a.hasMarker(next), strong || a.hasQuote(ci))) {
      let subjunctive = false;
      for (let k = next; k < cls.n && claimed[k] === 0; k++) {
        // stop before an inverted frame of its own (", sagte X")
        if (a.cls.speech[k] === cls.from[k] && k > next) break;
        // after a subjunctive claim, an indicative main clause joined by "und", "aber" … is the outlet's
        if (subjunctive && a.authorialContinuation(k)) break;
        if (a.hasMarker(k)) subjunctive = true;
        claims.push(k);
      }
    }
    if (claims.length === 0 && !naming) continue;
    for (let k = 0; k < claims.length; k++) claimed[claims[k]!] = 1;
    claimed[ci] = 1;
    // "Das Regime nennt sie Terroristen", "bezeichnete die Demonstranten als Terroristen": the label is the speaker's word
    const label = claims.length === 0 && naming ? labelTerm(a, verb, ci) : null;
    if (label !== null) {
      const np = subjectOf(a, ci, verb);
      const f = frame(a, np !== null && np.from <= label[0] ? np : null, verb, ci, ci + 1, claims, naming);
      if (f.speaker === undefined || isPassive(a, ci)) f.speaker = 'anonymous';
      f.label = label;
      frames.push(f);
      continue;
    }
    if (claims.length === 0 && !namingSpeaks(a, verb, ci)) {
      // a naming frame with no quotation after its verb and no "sprach von …" takes its clause
      // from the claims but voices nothing: its speaker is never read, so it is not looked for
      frames.push({ speaker: undefined, cue: '', frameFrom: ci, frameTo: ci + 1, claims, verb, naming, verbal: true, quotes: NO_QUOTES });
      continue;
    }
    const f = frame(a, subjectOf(a, ci, verb), verb, ci, ci + 1, claims, naming);
    // "Zwar hieß es, …": nobody in particular
    // "Aus dem Kanzleramt hieß es, …": the source before the verb (heisst-es-source.ts)
    if (v.norm(verb + 1) === 'es' && (verbNorm === 'hiess' || verbNorm === 'heisst')) f.speaker = sourceAfterPreposition(a, cls.from[ci]!, verb) ?? 'anonymous';
    frames.push(f);
  }
  return frames;
}

/** Does the naming frame of `verb` in clause `ci` voice something (step 1): a quotation after the verb, or "sprach von …"? */
function namingSpeaks(a: Analysis, verb: number, ci: number): boolean {
  const v = a.v;
  if ((v.all & QUOTE) !== 0) for (let i = verb + 1; i < v.n; i++) if ((v.kind[i]! & QUOTE) !== 0) return true;
  return (v.kind[verb]! & REPORTING) !== 0 && findWord(v, verb + 1, Math.min(a.cls.to[ci]!, verb + 5), 'von', PREPOSITION) >= 0;
}

function markerOrQuoteBefore(a: Analysis, ci: number): boolean {
  for (let k = 0; k < ci; k++) if (a.hasMarker(k) || a.hasQuote(k)) return true;
  return false;
}

function frame(a: Analysis, np: Phrase | null, verb: number, frameFrom: number, frameTo: number, claims: number[], naming: boolean): Frame {
  const speaker = a.resolve(np, true);
  const v = a.v;
  return { speaker, cue: a.text.slice(v.startOf(verb), v.endOf(verb)), frameFrom, frameTo, claims, verb, naming, verbal: true, quotes: NO_QUOTES };
}

/** Does clause `c` read as the content of a speech verb before it? */
function qualifies(a: Analysis, c: number, marker: boolean, strong: boolean): boolean {
  if (marker) return true;
  const { v, cls } = a;
  const first = cls.from[c]!;
  if (first >= v.n) return false;
  if (a.authorialContinuation(c)) return false;
  if ((v.kind[first]! & QUOTE) !== 0) return cls.sep[c] === COLON || strong;
  const firstBits = v.kind[first]!;
  if ((firstBits & COMPLEMENTISER) !== 0) return true;
  if (!strong) return false;
  if ((firstBits & NON_COMPLEMENT_OPENER) !== 0) return false;
  // "von denen zwei …" is a relative clause; "im Ausland ausgebildete Terrorbanden gefährdeten …" is not
  const second = first + 1;
  if ((firstBits & (WORD | PREPOSITION)) === (WORD | PREPOSITION) && second < v.n &&
    ((v.kind[second]! & NON_COMPLEMENT_OPENER) !== 0 || isDeterminer(v, second) && !isNounLike(v, first + 2) && !isAdjectiveLike(v, first + 2))) return false;
  // a bare noun phrase after the comma is an apposition ("Dies erklärte der Präsident …, Kassym-Jomart Tokajew, am Freitag")
  return !isBareNounPhrase(v, first, cls.to[c]!);
}

/** The subject of a speech verb that is not inverted. */
function subjectOf(a: Analysis, ci: number, verb: number): Phrase | null {
  const { v, cls } = a;
  // "14.50 Uhr – Präsident Tokajew spricht …": a time stamp before a dash is no subject (time-opener.ts)
  const first = openerClauses(v, cls);
  const start = cls.from[first]!;
  // "Der armenische Regierungschef Nikol Paschinjan, derzeitiger Vorsitzende …, kündigte … an"
  if (ci > first && isBareNounPhrase(v, start, cls.to[ci - 1]!)) {
    const np = nounPhrase(v, start);
    const to = cls.to[ci - 1]!;
    return np !== null && np.to >= to - 1 ? { from: start, to } : (np ?? { from: start, to });
  }
  const from = cls.from[ci]!;
  const before = firstNounPhrase(v, from, verb);
  if (before !== null) return before;
  // V2 inversion: "dann berichteten Augenzeugen", "nannte er"
  if (isPronoun(v, verb + 1)) return { from: verb + 1, to: verb + 2 };
  const after = nounPhrase(v, verb + 1);
  if (after !== null && after.to <= cls.to[ci]!) return after;
  // "Von russischer Seite wurde betont": the agent of a passive
  if (v.norm(from) === 'von') {
    const np = nounPhrase(v, from + 1);
    if (np !== null) return np;
  }
  return ci > first ? firstNounPhrase(v, start, cls.to[ci - 1]!) : null;
}
