import { firstNounPhrase, isAdjectiveAt, isBareNounPhrase, isDeterminer, isNounLike, isPronoun, nounPhrase, phraseText } from './speakers.js';
import type { Phrase } from './speakers.js';
import { tokenFlags } from './tokenize.js';
import type { BoilerplateSpan, Span, Token, VoiceSpan } from './types.js';
import {
  ANONYMOUS_SOURCES,
  ATTRIBUTION_POSTPOSITIONS,
  ATTRIBUTION_PREPOSITIONS,
  BACK_REFERENCES,
  COMPLEMENTISERS,
  DISTANCING_PREFIXES,
  DISTANCING_TWO_WORD,
  FINITE_VERBS,
  FOREIGN_FUNCTION_WORDS,
  FUNCTION_WORDS,
  HEARSAY_MODALS,
  INSTITUTION_HEADS,
  IRREALIS_OPENERS,
  KONJUNKTIV_I,
  KONJUNKTIV_II,
  KONJUNKTIV_II_CONTINUING,
  NAME_INTRODUCERS,
  NAMING_VERBS,
  NON_COMPLEMENT_OPENERS,
  PERFECT_AUX,
  POSSESSIVES,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  REPORT_NOUN_TAILS,
  REPORT_NOUNS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  STRONG_SPEECH_VERBS,
} from './voice-lexicon.js';
import { ADJECTIVE_ENDING, ATTRIBUTION, DETERMINER, FINITE, formFlags, FUNCTION_WORD, HEARSAY, isCue, KONJ1, KONJ2, MAY_DISTANCE, mayDistance, SPEECH, SPEECH_NOUN } from './voice-cues.js';
import { findQuotes } from './voice-quotes.js';
import type { QuoteSpan } from './voice-quotes.js';
import { buildUnits, clauses, isSeparator, isUpper, itemsOf, topLevel } from './voice-units.js';
import type { Clause, Item, Unit } from './voice-units.js';

export interface VoiceInput {
  text: string;
  tokens: Token[];
  sentences: Span[];
  paragraphs: Span[];
  boilerplate: BoilerplateSpan[];
}

/** Who speaks in a unit, and where (for speakers carried to the next sentence). */
interface Speech {
  speaker: string | undefined;
  cue: string;
  /** introduced by a verb of saying (a later "er"/"sie" most likely refers to this speaker) */
  verbal?: boolean;
}

/** A frame: the clause that says who speaks ("sagte Tokajew"), and the clauses it attributes. */
interface Frame extends Speech {
  /** clause indexes of the frame itself */
  frameClauses: Set<number>;
  /** clause indexes of the attributed claim */
  claims: number[];
  /** item index of the speech verb, for naming verbs ("nannte … einen „…“") */
  verb: number;
  naming: boolean;
  /** quotations inside the frame clause itself („…,“ sagt der Politologe) */
  quotes: number[];
}

/**
 * Voice spans of a document: quotations (quoted), indirect speech and attributed claims (reported),
 * scare quotes and distancing words (distanced), quoted proper names (name). Sorted by start, outer
 * before inner, well nested. Text outside every span is authorial. Never throws on any text.
 */
export function detectVoice(input: VoiceInput): VoiceSpan[] {
  const { text } = input;
  if (text.length === 0 || input.tokens.length === 0) return [];
  const paragraphs = input.paragraphs.length > 0 ? input.paragraphs : [{ start: 0, end: text.length }];
  const sentences = input.sentences.length > 0 ? input.sentences : paragraphs;

  const quotes = findQuotes(text, paragraphs, input.tokens);
  const flags = tokenFlags(input.tokens);
  const units = buildUnits(input.tokens, sentences, paragraphs, quotes, isCue, flags);
  const top = topLevel(quotes);
  const items = (unit: Unit) => itemsOf(text, input.tokens, quotes, top, unit, flags);
  const out: VoiceSpan[] = [];
  // quote index -> speech that frames it (quoted) or null (no frame found)
  const quoteSpeech = new Map<number, Speech>();
  const none = { paragraph: -1, speech: undefined, subject: () => undefined };
  let previous: { paragraph: number; speech: Speech | undefined; subject: Lazy } = none;

  for (const unit of units) {
    const carried = previous.paragraph === unit.paragraph ? previous : none;
    // Most sentences hold no cue at all: they are authorial, and only their subject may be needed
    // later (for a pronoun in the next sentence), so it is computed on demand.
    // A cue unit whose only cues are distancing words (and no quotation) is authorial as well: the
    // clause analysis finds nothing in it (`Unit.analyse`).
    const result = unit.analyse
      ? analyseUnit(text, items(unit), carried.speech, carried.subject, out, quoteSpeech)
      : { speech: undefined, subject: lazy(() => unitSubject(text, items(unit), carried.subject)) };
    previous = { paragraph: unit.paragraph, speech: result.speech, subject: result.subject };
  }

  for (let q = 0; q < quotes.length; q++) out.push(classifyQuote(text, input.tokens, flags, quotes, q, quoteSpeech.get(q)));
  // distancing words occur only in units holding a word that may be one (`Unit.distance`)
  const quoteAtStart = new Map(quotes.map((q) => [q.start, q.end]));
  for (const unit of units) if (unit.distance) distancingWords(text, input.tokens, flags, unit.from, unit.to, quoteAtStart, out);
  return nest(out);
}

// ---------------------------------------------------------------------------------------------
// reported speech, per unit

type Lazy = () => string | undefined;

function lazy(f: Lazy): Lazy {
  let done = false;
  let value: string | undefined;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

function analyseUnit(
  text: string,
  items: Item[],
  carried: Speech | undefined,
  carriedSubjectOf: Lazy,
  out: VoiceSpan[],
  quoteSpeech: Map<number, Speech>,
): { speech: Speech | undefined; subject: Lazy } {
  const cls = clauses(items);
  const marks = cls.map((c) => markers(items, c));

  // the unit's subject, for pronouns in this and the next unit
  const subjectPhrase = firstNounPhrase(items, 0, items.length);
  const subject = lazy(() => unitSubject(text, items, carriedSubjectOf, subjectPhrase));
  const resolve = (p: Phrase | null, selfFirst: boolean): string | undefined => {
    if (p === null) return undefined;
    const phrase = phraseText(text, items, p);
    if (!(p.to - p.from === 1 && isPronoun(items[p.from]))) return phrase;
    if (selfFirst && subjectPhrase !== null && subjectPhrase.from < p.from && !isPronoun(items[subjectPhrase.from])) {
      return phraseText(text, items, subjectPhrase);
    }
    if (carried?.verbal === true && carried.speaker !== undefined && carried.speaker !== 'anonymous') return carried.speaker;
    return carriedSubjectOf() ?? phrase;
  };

  const frames = findFrames(text, items, cls, marks, carried, resolve);
  const framed = new Set<number>();
  for (const f of frames) for (const c of f.frameClauses) framed.add(c);

  let unitSpeech: Speech | undefined;
  const emit = (claimClauses: number[], speech: Speech) => {
    unitSpeech = speech;
    for (const run of runs(claimClauses)) {
      const from = cls[run[0]!]!.from;
      const to = cls[run[run.length - 1]!]!.to;
      let s = from;
      let e = to;
      while (s < e && (isSeparator(items[s]) || items[s]!.kind === 'punct')) s++;
      while (e > s && (isSeparator(items[e - 1]) || items[e - 1]!.kind === 'punct')) e--;
      if (s >= e) continue;
      let onlyQuotes = true;
      for (let i = s; i < e; i++) {
        const it = items[i]!;
        if (it.kind === 'quote') quoteSpeech.set(it.quote!, speech);
        else onlyQuotes = false;
      }
      // a claim that is only a quotation is voiced by the quotation itself
      if (!onlyQuotes) out.push(span(items[s]!.start, items[e - 1]!.end, 'reported', speech));
    }
  };

  // 1. speech frames: "X sagte, …", "…, sagte X", "…, so X", "wie X meldete"
  for (const f of frames) {
    if (f.claims.length > 0) emit(f.claims, f);
    for (const q of f.quotes) {
      quoteSpeech.set(q, f);
      unitSpeech = f;
    }
    if (f.naming) {
      // quotations after a naming or appeal verb are that speaker's words: "nannte … einen „Akt …“"
      for (let i = f.verb + 1; i < items.length; i++) if (items[i]!.kind === 'quote') quoteSpeech.set(items[i]!.quote!, f);
      // "sprach von …", "berichteten von …": the complement is the speaker's
      const c = cls.findIndex((cl) => cl.from <= f.verb && f.verb < cl.to);
      const von = REPORTING_OF.has(items[f.verb]!.norm) ? findNorm(items, f.verb + 1, Math.min(cls[c]!.to, f.verb + 5), 'von') : -1;
      if (von >= 0 && f.claims.length === 0) {
        let e = cls[c]!.to;
        while (e > von && items[e - 1]!.kind === 'punct') e--;
        if (e > von + 1 && !(e - von === 2 && items[von + 1]!.kind === 'quote')) {
          out.push(span(items[von]!.start, items[e - 1]!.end, 'reported', f));
        }
        unitSpeech = f;
      }
    }
  }
  if (frames.some((f) => f.claims.length > 0 || f.quotes.length > 0)) return { speech: unitSpeech, subject };

  // 2. attribution phrases: "laut X", "nach Angaben X", "X zufolge" attribute the whole unit
  const attribution = findAttribution(text, items, resolve);
  const unframed = cls.map((_, i) => i).filter((i) => !framed.has(i));
  if (attribution !== null) {
    emit(unframed, attribution);
    return { speech: unitSpeech, subject };
  }
  // "Auch das Mobilfunknetz … war demnach tot": the source just named
  if (carried !== undefined && items.some((it) => it.kind === 'word' && it.norm === 'demnach')) {
    emit(unframed, { ...carried, cue: 'demnach' });
    return { speech: unitSpeech, subject };
  }

  // 3. subjunctive and hearsay without a frame in the unit
  const konj1 = marks.some((m) => m.konj1 >= 0);
  const hearsay = marks.findIndex((m) => m.hearsay >= 0);
  const konj2 = marks.some((m) => m.konj2 >= 0 && KONJUNKTIV_II_CONTINUING.has(items[m.konj2]!.norm));
  if (konj1 || hearsay >= 0 || (konj2 && carried !== undefined)) {
    // a colon frame: "Noch am Dienstag waren sich viele Experten einig: Die Lage … sei …"
    const colon = cls.findIndex((c, i) => i > 0 && c.sep === ':' && marks.slice(i).some((m) => m.konj1 >= 0 || m.konj2 >= 0));
    if (colon > 0) {
      const np = firstNounPhrase(items, cls[0]!.from, cls[colon - 1]!.to);
      const speech: Speech = { speaker: resolve(np, false), cue: ':' };
      emit(range(colon, cls.length), speech);
      return { speech: unitSpeech, subject };
    }
    const cueItem = konj1
      ? items[marks.find((m) => m.konj1 >= 0)!.konj1]!
      : hearsay >= 0
        ? items[marks[hearsay]!.hearsay]!
        : items[marks.find((m) => m.konj2 >= 0 && KONJUNKTIV_II_CONTINUING.has(items[m.konj2]!.norm))!.konj2]!;
    const cue = text.slice(cueItem.start, cueItem.end);
    const speaker = konj1 || konj2 ? carried?.speaker : 'anonymous';
    // "…, etwa 2000 Menschen sollen … worden sein": a clause with its own subject is the claim;
    // "Kasachstan, ein führender …, müsse …": a verb opening its clause takes the clauses before it
    const cueIndex = items.indexOf(cueItem);
    const ci = cls.findIndex((c) => c.from <= cueIndex && cueIndex < c.to);
    const from = cueIndex === cls[ci]!.from ? 0 : ci;
    // a relative clause inside the subject is background, not the claim
    emit(unframed.filter((i) => i >= from && (i === ci || !isRelativeClause(items, cls[i]!))), { speaker: speaker ?? 'anonymous', cue });
    return { speech: unitSpeech, subject };
  }

  // 4. "Tokajews Einstufung der Unruhen als »…«", "seine anfängliche Einschätzung »…«"
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'word' || !it.cap || (it.flags & SPEECH_NOUN) === 0) continue;
    let k = i - 1;
    while (k >= 0 && isAdjectiveLike(items[k])) k--;
    const owner = items[k];
    if (owner === undefined || owner.kind !== 'word') continue;
    let speaker: string | undefined;
    if (POSSESSIVES.has(owner.norm)) speaker = subjectPhrase !== null && subjectPhrase.from < k ? resolve(subjectPhrase, false) : carriedSubjectOf();
    else if (owner.cap && owner.norm.endsWith('s') && !FUNCTION_WORDS.has(owner.norm)) speaker = text.slice(owner.start, owner.end - 1);
    if (speaker === undefined) continue;
    for (let j = i + 1; j < items.length && !isSeparator(items[j]); j++) {
      const q = items[j]!;
      if (q.kind === 'quote' && !quoteSpeech.has(q.quote!)) quoteSpeech.set(q.quote!, { speaker, cue: text.slice(it.start, it.end) });
    }
  }

  // 5. a unit that is only a quotation continues the speaker of the previous one
  let only = -1; // the one item that is not punctuation, or -1 (none) or -2 (several)
  for (let i = 0; i < items.length && only !== -2; i++) if (items[i]!.kind !== 'punct') only = only === -1 ? i : -2;
  const single = only >= 0 ? items[only]! : undefined;
  if (single !== undefined && single.kind === 'quote' && carried !== undefined && !quoteSpeech.has(single.quote!)) {
    quoteSpeech.set(single.quote!, carried);
    return { speech: carried, subject };
  }
  // 6. "Er machte «in- und ausländische Provokateure» … verantwortlich": a pronoun subject continuing a speaker
  if (carried?.verbal === true && subjectPhrase !== null && isPronoun(items[subjectPhrase.from]) && subjectPhrase.from <= 1) {
    for (const it of items) if (it.kind === 'quote' && !quoteSpeech.has(it.quote!)) quoteSpeech.set(it.quote!, { ...carried, cue: carried.cue });
  }
  // the speaker of the first framed quotation, else of the unit's frames
  for (const it of items) if (it.kind === 'quote' && quoteSpeech.has(it.quote!)) return { speech: quoteSpeech.get(it.quote!), subject };
  return { speech: unitSpeech, subject };
}

/** The unit's first noun phrase; a pronoun stands for the subject carried from before. */
function unitSubject(text: string, items: Item[], carriedSubjectOf: Lazy, np: Phrase | null = firstNounPhrase(items, 0, items.length)): string | undefined {
  if (np === null) return undefined;
  if (np.to - np.from === 1 && isPronoun(items[np.from])) return carriedSubjectOf() ?? phraseText(text, items, np);
  return phraseText(text, items, np);
}

interface Markers {
  konj1: number;
  konj2: number;
  hearsay: number;
  speech: number;
}

/** "der mit westlichen Investoren kooperiert", "gegen den sich die Proteste richten". */
function isRelativeClause(items: Item[], c: Clause): boolean {
  if (c.sep !== ',') return false;
  let k = c.from;
  if (PREPOSITIONS.has(items[k]?.norm ?? '')) k++;
  const pron = items[k];
  if (pron === undefined || pron.kind !== 'word' || !RELATIVE_PRONOUNS.has(pron.norm)) return false;
  const next = items[k + 1];
  return next !== undefined && !isNounLike(next) && !isAdjectiveLike(next);
}

/** "sprach von …", "berichteten von …": the complement after "von" is what the speaker said. */
const REPORTING_OF = new Set(['spricht', 'sprach', 'sprachen', 'gesprochen', 'berichtet', 'berichtete', 'berichteten', 'redet', 'redete']);

/** Subjunctive, hearsay and speech-verb items of a clause (item indexes, -1 when absent). */
function markers(items: Item[], c: Clause): Markers {
  const m: Markers = { konj1: -1, konj2: -1, hearsay: -1, speech: -1 };
  let modal = -1;
  let lastWord = -1;
  for (let i = c.from; i < c.to; i++) {
    const it = items[i]!;
    if (it.kind !== 'word') continue;
    lastWord = i;
    if (it.cap && i > 0) continue; // a noun, not a verb
    if ((it.flags & (KONJ1 | KONJ2 | HEARSAY | SPEECH)) === 0) continue;
    const prev = items[i - 1];
    const irrealis = prev !== undefined && IRREALIS_OPENERS.has(prev.norm);
    if (m.konj1 < 0 && (it.flags & KONJ1) !== 0 && !irrealis) m.konj1 = i;
    if (m.konj2 < 0 && (it.flags & KONJ2) !== 0 && !irrealis) m.konj2 = i;
    if (modal < 0 && (it.flags & HEARSAY) !== 0) modal = i;
    if (m.speech < 0 && (it.flags & SPEECH) !== 0 && !(it.norm === 'genannt' && prev?.norm === 'so')) m.speech = i;
  }
  if (modal >= 0 && lastWord > modal && PERFECT_AUX.has(items[lastWord]!.norm)) m.hearsay = modal;
  return m;
}

/** Speech frames in a unit. */
function findFrames(
  text: string,
  items: Item[],
  cls: Clause[],
  marks: Markers[],
  carried: Speech | undefined,
  resolve: (p: Phrase | null, selfFirst: boolean) => string | undefined,
): Frame[] {
  const frames: Frame[] = [];
  const hasMarker = (i: number) => marks[i]!.konj1 >= 0 || marks[i]!.konj2 >= 0 || marks[i]!.hearsay >= 0;
  const hasQuote = (c: Clause) => {
    for (let i = c.from; i < c.to; i++) if (items[i]!.kind === 'quote') return true;
    return false;
  };
  const markerOrQuoteBefore = (ci: number) => {
    for (let k = 0; k < ci; k++) if (hasMarker(k) || hasQuote(cls[k]!)) return true;
    return false;
  };
  const claimed = new Set<number>();

  for (let ci = 0; ci < cls.length; ci++) {
    const c = cls[ci]!;
    const first = items[c.from];
    if (first === undefined) continue;
    let verb = marks[ci]!.speech;
    const firstNorm = first.kind === 'word' ? first.norm : '';
    // ", so die staatliche Nachrichtenagentur Chabar" / ", so sagt der Politologe X,"
    const soFrame = ci > 0 && firstNorm === 'so' && (verb === c.from + 1 || isDeterminer(items[c.from + 1]) || isNounLike(items[c.from + 1]));
    // ", wie die russische Staatsagentur Tass berichtete"
    const wieFrame = firstNorm === 'wie' && verb >= 0 && lastWordIndex(items, c) === verb;
    if (verb < 0 && !soFrame) continue;

    if (wieFrame) {
      const np = nounPhrase(items, c.from + 1);
      const others = range(0, cls.length).filter((i) => i !== ci && !claimed.has(i));
      frames.push(frame(text, items, np, resolve, verb, new Set([ci]), others, false));
      others.forEach((i) => claimed.add(i));
      continue;
    }

    const quoteBefore = verb > c.from && items[verb - 1]!.kind === 'quote';
    const verbFirst = soFrame || verb === c.from || quoteBefore;
    const after = soFrame && verb !== c.from + 1 ? c.from + 1 : verb + 1;
    const isEs = items[after]?.norm === 'es';
    const inverted =
      (ci > 0 || quoteBefore) &&
      verbFirst &&
      (isEs || isDeterminer(items[after]) || isNounLike(items[after]) || isPronoun(items[after]) || isAdjectiveAt(items, after)) &&
      (quoteBefore || markerOrQuoteBefore(ci) || !isBareNounPhrase(items, 0, cls[ci - 1]!.to));
    if (inverted) {
      const cueIdx = verb >= 0 ? verb : c.from;
      let speaker: string | undefined;
      let npEnd = after + 1;
      if (isEs) {
        // "hieß es" is anonymous; "hieß es dort" points back to the source just named
        const back = items[after + 1];
        speaker = back !== undefined && BACK_REFERENCES.has(back.norm) ? (carried?.speaker ?? 'anonymous') : 'anonymous';
      } else {
        const np = nounPhrase(items, after) ?? (isPronoun(items[after]) ? { from: after, to: after + 1 } : null);
        speaker = resolve(np, true);
        if (np !== null) npEnd = np.to;
      }
      const frameClauses = new Set([ci]);
      for (let k = ci + 1; k < cls.length && cls[k]!.from < npEnd; k++) frameClauses.add(k); // appositions
      // claims: back to the start (or the last colon before), and forward over subjunctive clauses
      let from = ci === 0 ? 0 : ci - 1;
      while (from > 0 && cls[from]!.sep !== ':' && !claimed.has(from - 1)) from--;
      const claims = range(from, ci).filter((i) => !claimed.has(i));

      for (let k = ci + 1; k < cls.length; k++) {
        if (frameClauses.has(k)) continue;
        if (!hasMarker(k)) break;
        claims.push(k);
      }
      claims.forEach((i) => claimed.add(i));
      frameClauses.forEach((i) => claimed.add(i));
      const quotes = quoteBefore ? [items[verb - 1]!.quote!] : [];
      frames.push({ speaker, cue: text.slice(items[cueIdx]!.start, items[cueIdx]!.end), frameClauses, claims, verb: cueIdx, naming: false, verbal: true, quotes });
      continue;
    }
    if (verb < 0) continue;

    // "X erklärte, …" / "X sagte: „…“": the following clauses are the claim
    const strong = STRONG_SPEECH_VERBS.has(items[verb]!.norm);
    const naming = NAMING_VERBS.has(items[verb]!.norm) || items[verb]!.norm.startsWith('rief') || items[verb]!.norm.startsWith('forder');
    const next = cls[ci + 1];
    let claims: number[] = [];
    if (next !== undefined && (next.sep === ',' || next.sep === ':') && qualifies(items, next, hasMarker(ci + 1), strong || hasQuote(c), next.sep)) {
      claims = [];
      for (let k = ci + 1; k < cls.length && !claimed.has(k); k++) {
        // stop before an inverted frame of its own (", sagte X")
        if (marks[k]!.speech === cls[k]!.from && k > ci + 1) break;
        claims.push(k);
      }
    }
    if (claims.length === 0 && !naming) continue;
    claims.forEach((i) => claimed.add(i));
    claimed.add(ci);
    const f = frame(text, items, subjectOf(items, cls, ci, verb), resolve, verb, new Set([ci]), claims, naming);
    // "Zwar hieß es, …": nobody in particular
    if (items[verb + 1]?.norm === 'es' && (items[verb]!.norm === 'hiess' || items[verb]!.norm === 'heisst')) f.speaker = 'anonymous';
    frames.push(f);
  }
  return frames;
}

function frame(
  text: string,
  items: Item[],
  np: Phrase | null,
  resolve: (p: Phrase | null, selfFirst: boolean) => string | undefined,
  verb: number,
  frameClauses: Set<number>,
  claims: number[],
  naming: boolean,
): Frame {
  const speaker = resolve(np, true);
  return { speaker, cue: text.slice(items[verb]!.start, items[verb]!.end), frameClauses, claims, verb, naming, verbal: true, quotes: [] };
}

/** Does clause `c` read as the content of a speech verb before it? */
function qualifies(items: Item[], c: Clause, marker: boolean, strong: boolean, sep: string): boolean {
  if (marker) return true;
  const first = items[c.from];
  if (first === undefined) return false;
  if (first.kind === 'quote') return sep === ':' || strong;
  if (COMPLEMENTISERS.has(first.norm)) return true;
  if (!strong) return false;
  if (NON_COMPLEMENT_OPENERS.has(first.norm)) return false;
  // "von denen zwei …" is a relative clause; "im Ausland ausgebildete Terrorbanden gefährdeten …" is not
  const second = items[c.from + 1];
  if (PREPOSITIONS.has(first.norm) && second !== undefined && (NON_COMPLEMENT_OPENERS.has(second.norm) || isDeterminer(second) && !isNounLike(items[c.from + 2]) && !isAdjectiveLike(items[c.from + 2]))) return false;
  // a bare noun phrase after the comma is an apposition ("Dies erklärte der Präsident …, Kassym-Jomart Tokajew, am Freitag")
  return !isBareNounPhrase(items, c.from, c.to);
}

const isAdjectiveLike = (it: Item | undefined): boolean =>
  it !== undefined && it.kind === 'word' && !it.cap && (it.flags & ADJECTIVE_ENDING) !== 0 && (it.flags & (DETERMINER | FUNCTION_WORD)) === 0;

/** The subject of a speech verb that is not inverted. */
function subjectOf(items: Item[], cls: Clause[], ci: number, verb: number): Phrase | null {
  // "Der armenische Regierungschef Nikol Paschinjan, derzeitiger Vorsitzende …, kündigte … an"
  if (ci > 0 && isBareNounPhrase(items, 0, cls[ci - 1]!.to)) {
    const np = nounPhrase(items, 0);
    return np !== null && np.to >= cls[ci - 1]!.to - 1 ? { from: 0, to: cls[ci - 1]!.to } : (np ?? { from: 0, to: cls[ci - 1]!.to });
  }
  const c = cls[ci]!;
  const before = firstNounPhrase(items, c.from, verb);
  if (before !== null) return before;
  // V2 inversion: "dann berichteten Augenzeugen", "nannte er"
  if (isPronoun(items[verb + 1])) return { from: verb + 1, to: verb + 2 };
  const after = nounPhrase(items, verb + 1);
  if (after !== null && after.to <= c.to) return after;
  // "Von russischer Seite wurde betont": the agent of a passive
  if (items[c.from]?.norm === 'von') {
    const np = nounPhrase(items, c.from + 1);
    if (np !== null) return np;
  }
  return ci > 0 ? firstNounPhrase(items, 0, cls[ci - 1]!.to) : null;
}

/** "laut X", "nach Angaben X", "nach Polizeiangaben", "X zufolge", "seinen Worten nach". */
function findAttribution(
  text: string,
  items: Item[],
  resolve: (p: Phrase | null, selfFirst: boolean) => string | undefined,
): Speech | null {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'word' || (it.flags & ATTRIBUTION) === 0) continue;
    const cue = text.slice(it.start, it.end);
    if (ATTRIBUTION_PREPOSITIONS.has(it.norm)) {
      const np = nounPhrase(items, i + 1);
      if (np === null) continue;
      const one = items[np.from]!;
      const tail = np.to - np.from === 1 ? REPORT_NOUN_TAILS.find((t) => one.norm.endsWith(t) && one.norm.length > t.length + 2) : undefined;
      if (tail !== undefined) return { speaker: text.slice(one.start, one.end - tail.length).replace(/-$/, ''), cue };
      return { speaker: resolve(np, false), cue };
    }
    if (ATTRIBUTION_POSTPOSITIONS.has(it.norm)) {
      return { speaker: sourceBefore(text, items, i, resolve), cue };
    }
    if (it.norm === 'nach') {
      // "seinen Worten nach" (postposition)
      const prev = items[i - 1];
      if (prev !== undefined && prev.kind === 'word' && REPORT_NOUNS.has(prev.norm)) {
        return { speaker: sourceBefore(text, items, i, resolve), cue: text.slice(prev.start, it.end) };
      }
      // "nach (staatlichen) Angaben (der Behörden)", "nach Polizeiangaben"
      let k = i + 1;
      while (k < items.length && k - i <= 3 && items[k]!.kind === 'word' && !items[k]!.cap) k++;
      const noun = items[k];
      if (noun === undefined || noun.kind !== 'word') continue;
      const tail = REPORT_NOUN_TAILS.find((t) => noun.norm.endsWith(t) && noun.norm.length > t.length + 2);
      if (tail !== undefined) {
        const src = text.slice(noun.start, noun.end - tail.length);
        return { speaker: src.replace(/-$/, ''), cue: text.slice(it.start, noun.end) };
      }
      if (!REPORT_NOUNS.has(noun.norm)) continue;
      const gen = items[k + 1];
      const np = gen !== undefined && gen.kind === 'word' && (isDeterminer(gen) || isNounLike(gen)) ? nounPhrase(items, k + 1) : null;
      if (np !== null) return { speaker: resolve(np, false), cue: text.slice(it.start, noun.end) };
      const speaker = k > i + 1 ? text.slice(items[i + 1]!.start, noun.end) : 'anonymous';
      return { speaker, cue: text.slice(it.start, noun.end) };
    }
  }
  return null;
}

/** The source before a postposition: "Berichten des Senders Radio Swoboda zufolge", "Unbestätigten Meldungen zufolge". */
function sourceBefore(
  text: string,
  items: Item[],
  post: number,
  resolve: (p: Phrase | null, selfFirst: boolean) => string | undefined,
): string {
  // the noun phrase that ends right before the postposition, starting at the unit or clause start
  let from = post - 1;
  while (from > 0 && !isSeparator(items[from - 1]) && items[from - 1]!.kind !== 'punct') from--;
  for (let s = from; s < post; s++) {
    const np = nounPhrase(items, s);
    if (np === null || np.to !== post) continue;
    if (isPronoun(items[np.from])) return resolve({ from: np.from, to: np.from + 1 }, false) ?? 'anonymous';
    // drop the report noun: "Berichten des Senders X" -> "des Senders X"; "Unbestätigten Meldungen" -> anonymous
    for (let k = np.from; k < post; k++) {
      const w = items[k]!;
      if (w.kind !== 'word' || !(REPORT_NOUNS.has(w.norm) || ANONYMOUS_SOURCES.has(w.norm))) continue;
      return k + 1 < post ? phraseText(text, items, { from: k + 1, to: post }) : 'anonymous';
    }
    if (isPronoun(items[np.from])) return resolve({ from: np.from, to: np.from + 1 }, false) ?? 'anonymous';
    return phraseText(text, items, np);
  }
  return 'anonymous';
}

// ---------------------------------------------------------------------------------------------
// quotations: quoted, distanced or name

function classifyQuote(text: string, tokens: Token[], flags: Uint16Array | undefined, quotes: QuoteSpan[], q: number, speech: Speech | undefined): VoiceSpan {
  const qs = quotes[q]!;
  const marks = `${qs.open}…${qs.closed ? text[qs.end - 1] : ''}`;
  // the words (non-punctuation tokens) inside the marks: tokens [lo, hi)
  const lo = firstTokenFrom(tokens, qs.innerStart);
  let hi = lo;
  let words = 0;
  let finite = false;
  for (; hi < tokens.length && tokens[hi]!.start < qs.innerEnd; hi++) {
    const w = tokens[hi]!;
    if (w.kind === 'punct') continue;
    words++;
    const f = flags !== undefined ? flags[hi]! : formFlags(w.norm);
    if (!finite && (f & (FINITE | KONJ1)) !== 0 && !isCapital(text, w.start)) finite = true;
  }
  const inner = text.slice(qs.innerStart, qs.innerEnd).trim();
  const utterance = /[.!?…]$/.test(inner) || /[.!?]\s/.test(inner);

  if (!utterance && !finite && words > 0 && words <= 8) {
    const introducer = nameIntroducer(text, tokens, qs.start);
    if (introducer !== null) return { start: qs.start, end: qs.end, voice: 'name', cue: introducer };
    let first = lo;
    while (tokens[first]!.kind === 'punct') first++;
    if (words >= 2 && INSTITUTION_HEADS.has(tokens[first]!.norm)) return { start: qs.start, end: qs.end, voice: 'name', cue: marks };
    for (let i = first; i < hi; i++) {
      const w = tokens[i]!;
      if (w.kind !== 'punct' && FOREIGN_FUNCTION_WORDS.has(w.norm)) return { start: qs.start, end: qs.end, voice: 'name', cue: marks };
    }
  }
  const clause = words > 4 || utterance || finite || precededByColon(text, qs.start);
  if (clause || speech !== undefined) return span(qs.start, qs.end, 'quoted', speech === undefined ? { speaker: undefined, cue: marks } : { speaker: speech.speaker, cue: marks });
  return { start: qs.start, end: qs.end, voice: 'distanced', cue: marks };
}

/** Index of the first token starting at or after `start` (binary search). */
function firstTokenFrom(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The common noun right before a quotation that makes it a name ("dem Portal „Vlast“"), or null. */
function nameIntroducer(text: string, tokens: Token[], pos: number): string | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const prev = tokens[lo - 1];
  if (prev === undefined || prev.kind !== 'word' || !isCapital(text, prev.start)) return null;
  const n = prev.norm;
  // does the norm end in one of the forms? test its suffixes of every form length
  for (let len = Math.min(n.length, NAME_INTRODUCER_MAX); len >= NAME_INTRODUCER_MIN; len--) {
    if (NAME_INTRODUCER_FORMS.has(len === n.length ? n : n.slice(n.length - len))) return text.slice(prev.start, prev.end);
  }
  return null;
}

/** Every name-introducing noun with its case endings ("Portal", "Portals", "Portale" …), built once. */
const NAME_INTRODUCER_FORMS: ReadonlySet<string> = new Set([...NAME_INTRODUCERS].flatMap((noun) => ['', 's', 'es', 'n', 'en', 'e'].map((e) => noun + e)));
const NAME_INTRODUCER_MIN = Math.min(...[...NAME_INTRODUCER_FORMS].map((f) => f.length));
const NAME_INTRODUCER_MAX = Math.max(...[...NAME_INTRODUCER_FORMS].map((f) => f.length));

function precededByColon(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x3a;
}

/** JavaScript's \s (WhiteSpace and LineTerminator) for one UTF-16 code unit. */
function isWhiteSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isCapital = (text: string, i: number): boolean => {
  const c = text[i]!;
  return c !== c.toLowerCase();
};

// ---------------------------------------------------------------------------------------------
// distancing words: "sogenannten Friedenstruppen", "so genannten …", "angeblich", "selbst ernannte"

function distancingWords(
  text: string, tokens: Token[], flags: Uint16Array | undefined, from: number, to: number, quoteAtStart: Map<number, number>, out: VoiceSpan[],
): void {
  for (let i = from; i < to; i++) {
    if (flags !== undefined && (flags[i]! & MAY_DISTANCE) === 0) continue;
    const it = tokens[i]!;
    if (it.kind !== 'word' || !mayDistance(it.norm)) continue;
    let cueEnd = -1;
    if (DISTANCING_PREFIXES.some((p) => it.norm.startsWith(p))) cueEnd = i + 1;
    else if (it.norm === 'sog' && tokens[i + 1]?.norm === '.') cueEnd = i + 2;
    else {
      const next = tokens[i + 1];
      if (next !== undefined && DISTANCING_TWO_WORD.some(([a, b]) => it.norm === a && next.norm.startsWith(b))) cueEnd = i + 2;
    }
    if (cueEnd < 0) continue;
    // extend to the head noun: lower-case modifiers and numbers, then capitalised words or a quotation
    let end = -1;
    for (let k = cueEnd; k < to && k - cueEnd < 6; k++) {
      const x = tokens[k]!;
      const quoteEnd = x.kind === 'punct' ? quoteAtStart.get(x.start) : undefined;
      if (quoteEnd !== undefined) {
        end = quoteEnd;
        break;
      }
      if (x.kind === 'punct') break;
      if (x.kind === 'word' && isUpper(text, x.start) && !FUNCTION_WORDS.has(x.norm)) {
        let h = k;
        while (tokens[h + 1]?.kind === 'word' && isUpper(text, tokens[h + 1]!.start)) h++;
        end = tokens[h]!.end;
        break;
      }
    }
    // an adverb ("angeblich enthauptet"): the word and the next one
    if (end < 0) end = cueEnd < to && tokens[cueEnd]!.kind === 'word' ? tokens[cueEnd]!.end : tokens[cueEnd - 1]!.end;
    out.push({ start: it.start, end, voice: 'distanced', cue: text.slice(it.start, tokens[cueEnd - 1]!.end) });
    i = cueEnd - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// helpers

function span(start: number, end: number, voice: VoiceSpan['voice'], speech: Speech): VoiceSpan {
  const s: VoiceSpan = { start, end, voice };
  if (speech.speaker !== undefined && speech.speaker !== '') s.speaker = speech.speaker;
  if (speech.cue !== '') s.cue = speech.cue;
  return s;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** Split sorted clause indexes into runs of consecutive ones. */
function runs(indexes: number[]): number[][] {
  const sorted = [...indexes].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

function findNorm(items: Item[], from: number, to: number, norm: string): number {
  for (let i = from; i < to; i++) if (items[i]!.kind === 'word' && items[i]!.norm === norm) return i;
  return -1;
}

function lastWordIndex(items: Item[], c: Clause): number {
  for (let i = c.to - 1; i >= c.from; i--) if (items[i]!.kind === 'word') return i;
  return -1;
}

/** Sort outer before inner and drop any span that partly overlaps one kept before it. */
function nest(spans: VoiceSpan[]): VoiceSpan[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const out: VoiceSpan[] = [];
  const open: VoiceSpan[] = [];
  for (const s of sorted) {
    while (open.length > 0 && open[open.length - 1]!.end <= s.start) open.pop();
    const parent = open[open.length - 1];
    if (parent !== undefined && s.end > parent.end) continue; // partial overlap
    if (parent !== undefined && parent.start === s.start && parent.end === s.end && parent.voice === s.voice) continue; // duplicate
    out.push(s);
    open.push(s);
  }
  return out;
}

// for equal ranges: reported outside quoted outside distanced outside name
function rank(s: VoiceSpan): number {
  return s.voice === 'reported' ? 0 : s.voice === 'quoted' ? 1 : s.voice === 'distanced' ? 2 : 3;
}
