import { firstNounPhrase, isAdjectiveAt, isBareNounPhrase, isDeterminer, isNounLike, isPronoun, nounPhrase, nounPhraseEnd, phraseText } from './speakers.js';
import type { Phrase } from './speakers.js';
import { sentenceTokens } from './sentences.js';
import { flagsOf, tokenMarks } from './tokenize.js';
import type { BoilerplateSpan, Span, Token, VoiceSpan } from './types.js';
import {
  ANONYMOUS_SOURCES,
  ATTRIBUTION_POSTPOSITIONS,
  ATTRIBUTION_PREPOSITIONS,
  BACK_REFERENCES,
  DISTANCING_PREFIXES,
  DISTANCING_TWO_WORD,
  FUNCTION_WORDS,
  INSTITUTION_HEADS,
  KONJUNKTIV_II_CONTINUING,
  NAME_INTRODUCERS,
  POSSESSIVES,
  REPORT_NOUN_TAILS,
  REPORT_NOUNS,
} from './voice-lexicon.js';
import {
  ADJECTIVE_ENDING, ANALYSE, ATTRIBUTION, COMPLEMENTISER, CUE, DETERMINER, FINITE, FOREIGN_FUNCTION_WORD, FUNCTION_WORD, HEARSAY, KONJ1, KONJ2, MAY_DISTANCE, mayDistance,
  NAMING, NON_COMPLEMENT_OPENER, PREPOSITION, RELATIVE_PRONOUN, REPORTING, SPEECH, SPEECH_NOUN, startsWithAny, STRONG_SPEECH,
} from './voice-cues.js';
import { findQuotes, isWhiteSpace } from './voice-quotes.js';
import type { QuoteSpan } from './voice-quotes.js';
import { newsRules } from './voice/news.js';
import {
  buildUnits, CAP, Clauses, fillItems, isLabellingVerb, Items, isUpper, Marked, PUNCT, QUOTE, SEP, topLevel, U_ANALYSE, U_CLAIM, U_CUE, U_MAY_YIELD, U_MAY_YIELD_CARRIED, U_QUOTE, Units, WORD,
} from './voice-units.js';

/**
 * A document as `analyze` builds it. `tokens` and `sentences` are best the arrays `tokenize` and
 * `sentences` returned last (voice detection then reads their per-token flags and sentence starts
 * instead of recomputing them); any other arrays give the same spans, more slowly. Do not edit
 * those arrays' tokens or spans in place between the calls: pass copies.
 */
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
  /** clause indexes [frameFrom, frameTo) of the frame itself */
  frameFrom: number;
  frameTo: number;
  /** clause indexes of the attributed claim, ascending */
  claims: number[];
  /** item index of the speech verb, for naming verbs ("nannte … einen „…“") */
  verb: number;
  naming: boolean;
  /** items [from, to) of the label a naming verb gives without quotation marks ("nennt sie Terroristen"), or undefined */
  label?: readonly [number, number];
  /** quotations inside the frame clause itself („…,“ sagt der Politologe) */
  quotes: readonly number[];
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
  const tokens = input.tokens;

  const flags = flagsOf(text, tokens);
  const marked = MARKED;
  const list = tokenMarks(tokens);
  if (list !== undefined) marked.use(list);
  else marked.scan(flags, tokens.length);
  const quotes = findQuotes(text, paragraphs, tokens, flags, marked);
  const top = topLevel(quotes);
  const firsts = input.sentences.length > 0 ? sentenceTokens(sentences, tokens) : undefined;
  const units = UNITS;
  buildUnits(tokens, sentences, paragraphs, quotes, top, flags, marked, firsts, units);
  const out: VoiceSpan[] = []; // reported spans, sorted unit by unit
  const a = SCRATCH;
  a.start(text, tokens, flags, quotes, top, units, out);
  try {
    // Most sentences hold no cue at all: they are authorial, and only their subject may be needed
    // later (for a pronoun in the next sentence), so it is computed on demand (`subject`).
    // A cue unit whose only cues are distancing words (and no quotation) is authorial as well: the
    // clause analysis finds nothing in it (`U_ANALYSE`).
    let previous: Speech | undefined;
    const ub = units.bits;
    for (let u = 0; u < units.n; u++) {
      const bits = ub[u]!;
      const sameParagraph = u > 0 && units.paragraph[u - 1] === units.paragraph[u];
      const carried = sameParagraph ? previous : undefined;
      // without a speaker carried from before, a unit with a quotation needs a cue word, and one
      // without a quotation a word that makes a claim or frame by itself (`U_CLAIM`)
      // and a unit that cannot yield anything (U_MAY_YIELD, U_MAY_YIELD_CARRIED) is skipped too
      const may = carried !== undefined ? U_MAY_YIELD_CARRIED : U_MAY_YIELD;
      if (!((bits & U_ANALYSE) !== 0 && (bits & may) !== 0 && (carried !== undefined || (bits & ((bits & U_QUOTE) !== 0 ? U_CUE : U_CLAIM)) !== 0))) {
        previous = undefined;
        continue;
      }
      const before = out.length;
      previous = a.analyse(u, carried);
      if (out.length - before > 1) insertionSort(out, before);
    }
    // quotations are sorted by start, outer before inner
    const quoted: VoiceSpan[] = [];
    for (let q = 0; q < quotes.length; q++) quoted.push(classifyQuote(text, tokens, flags, quotes, q, a.quoteSpeech[q]));
    const distanced: VoiceSpan[] = [];
    distancingWords(text, tokens, flags, marked, units, quotes, distanced);
    return newsRules({ text, tokens, flags, sentences: input.sentences, paragraphs }, nest(out, quoted, distanced));
  } finally {
    a.finish();
  }
}

// ---------------------------------------------------------------------------------------------
// reported speech, per unit

/** The units of the document under analysis, reused. */
const UNITS = new Units();

/** Not computed yet (a unit's subject may be `undefined`). */
const PENDING = Symbol('pending');

const COLON = 0x3a;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

/**
 * The clause analysis of a document's units, on token indexes: the unit being analysed is held in
 * `v` (items) and `cls` (clauses) and per-clause typed arrays, all reused from unit to unit and
 * from document to document, so a unit costs no allocation unless it yields spans or frames.
 */
class Analysis {
  text = '';
  tokens: Token[] = [];
  flags: Int32Array = new Int32Array(0);
  quotes: QuoteSpan[] = [];
  top: number[] = [];
  units = UNITS;
  out: VoiceSpan[] = [];
  /** quote index -> the speech that frames it (quoted), or undefined (no frame found) */
  quoteSpeech: (Speech | undefined)[] = [];
  /** unit index -> its subject phrase text (for a pronoun in the next unit), computed on demand */
  subjects = new Map<number, string | undefined>();

  /** the unit under analysis */
  readonly v = new Items();
  readonly cls = new Clauses();
  /** a unit whose subject is asked for later (never the one under analysis) */
  readonly other = new Items();
  /** per clause: 1 when a frame has taken it (as frame or claim) */
  claimed = new Uint8Array(32);

  u = -1;
  carried: Speech | undefined;
  unitSpeech: Speech | undefined;
  private subjectPhraseValue: Phrase | null | typeof PENDING = PENDING;

  start(text: string, tokens: Token[], flags: Int32Array, quotes: QuoteSpan[], top: number[], units: Units, out: VoiceSpan[]): void {
    this.text = text;
    this.tokens = tokens;
    this.flags = flags;
    this.quotes = quotes;
    this.top = top;
    this.units = units;
    this.out = out;
    // reused: entries past quotes.length are never read
    const qs = this.quoteSpeech;
    for (let q = 0; q < quotes.length; q++) qs[q] = undefined;
    // asked for rarely (a pronoun subject or speaker): a map, not an array per document; clear() allocates a new table, so only when used
    if (this.subjects.size > 0) this.subjects.clear();
  }

  /** Drop the references to the document. */
  finish(): void {
    this.text = '';
    this.tokens = [];
    this.v.tokens = [];
    this.v.quotes = [];
    this.other.tokens = [];
    this.other.quotes = [];
    for (let q = 0; q < this.quotes.length; q++) this.quoteSpeech[q] = undefined;
    this.quotes = [];
    this.top = [];
    this.out = [];
    if (this.subjects.size > 0) this.subjects.clear();
    this.carried = undefined;
    this.unitSpeech = undefined;
  }

  // -------------------------------------------------------------------------------------------
  // subjects

  /** The first noun phrase of the unit under analysis (its subject candidate), computed once. */
  subjectPhrase(): Phrase | null {
    if (this.subjectPhraseValue === PENDING) this.subjectPhraseValue = firstNounPhrase(this.v, 0, this.v.n);
    return this.subjectPhraseValue;
  }

  /** The subject carried from the unit before `u` in the same paragraph. */
  carriedSubject(u: number): string | undefined {
    return u > 0 && this.units.paragraph[u - 1] === this.units.paragraph[u] ? this.subject(u - 1) : undefined;
  }

  /** Unit `u`'s first noun phrase; a pronoun stands for the subject carried from before. */
  subject(u: number): string | undefined {
    if (this.subjects.has(u)) return this.subjects.get(u);
    const w = this.other;
    const units = this.units;
    fillItems(w, this.text, this.tokens, this.quotes, this.top, units.from[u]!, units.to[u]!, units.quote[u]!, this.flags, null);
    const np = firstNounPhrase(w, 0, w.n);
    let value: string | undefined;
    if (np === null) value = undefined;
    else if (np.to - np.from === 1 && isPronoun(w, np.from)) {
      const own = phraseText(this.text, w, np); // before `w` is reused for the unit before
      value = this.carriedSubject(u) ?? own;
    } else value = phraseText(this.text, w, np);
    this.subjects.set(u, value);
    return value;
  }

  /**
   * The speaker a phrase names; a pronoun is resolved to the unit's subject (with `selfFirst`) or
   * the speaker carried from before. The unit's subject counts only when it is outside the claim:
   * not in items [claimFrom, claimTo) and not in a clause with a subjunctive or hearsay marker
   * ("Die Terroristen seien aktiv, sagte er" is not the terrorists speaking).
   */
  resolve(p: Phrase | null, selfFirst: boolean, claimFrom = -1, claimTo = -1): string | undefined {
    if (p === null) return undefined;
    const v = this.v;
    const phrase = phraseText(this.text, v, p);
    if (!(p.to - p.from === 1 && isPronoun(v, p.from))) return phrase;
    const pronoun = v.norm(p.from);
    const sp = selfFirst ? this.subjectPhrase() : null;
    if (sp !== null && sp.from < p.from && !isPronoun(v, sp.from) && !(sp.from >= claimFrom && sp.from < claimTo) &&
      !this.hasMarker(this.cls.of(sp.from)) && agrees(pronoun, v.norm(sp.from))) return phraseText(this.text, v, sp);
    const carried = this.carried;
    if (carried?.verbal === true && carried.speaker !== undefined && carried.speaker !== 'anonymous' && agrees(pronoun, firstWord(carried.speaker))) return carried.speaker;
    const before = this.carriedSubject(this.u);
    return before !== undefined && agrees(pronoun, firstWord(before)) ? before : phrase;
  }

  // -------------------------------------------------------------------------------------------
  // one unit

  /** Analyse unit `u`; returns the speech it carries to the next unit. */
  analyse(u: number, carried: Speech | undefined): Speech | undefined {
    this.u = u;
    this.carried = carried;
    this.unitSpeech = undefined;
    this.subjectPhraseValue = PENDING;
    const { text, v, cls, quoteSpeech, out } = this;
    const units = this.units;
    fillItems(v, text, this.tokens, this.quotes, this.top, units.from[u]!, units.to[u]!, units.quote[u]!, this.flags, cls);
    if (this.claimed.length < cls.n) this.claimed = new Uint8Array(Math.max(cls.n, this.claimed.length * 2));
    if (!this.mayYield(carried !== undefined)) return undefined;

    const frames = this.findFrames();

    // 1. speech frames: "X sagte, …", "…, sagte X", "…, so X", "wie X meldete"
    let framedAny = false;
    for (let fi = 0; fi < frames.length; fi++) {
      const f = frames[fi]!;
      if (f.claims.length > 0) {
        this.emit(f.claims, f);
        framedAny = true;
      }
      for (let k = 0; k < f.quotes.length; k++) {
        quoteSpeech[f.quotes[k]!] = f;
        this.unitSpeech = f;
        framedAny = true;
      }
      if (f.label !== undefined) {
        out.push(span(v.startOf(f.label[0]), v.endOf(f.label[1] - 1), 'reported', f));
        this.unitSpeech = f;
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
          this.unitSpeech = f;
        }
      }
    }
    if (framedAny) return this.unitSpeech;

    // 2. attribution phrases: "laut X", "nach Angaben X", "X zufolge" attribute the whole unit
    const attribution = this.findAttribution();
    if (attribution !== null) {
      this.emit(unframed(frames, cls.n, 0, -1, null), attribution);
      return this.unitSpeech;
    }
    // "Auch das Mobilfunknetz … war demnach tot": the source just named
    if (carried !== undefined && (v.all & CUE) !== 0 && findWord(v, 0, v.n, 'demnach', ANALYSE) >= 0) {
      this.emit(unframed(frames, cls.n, 0, -1, null), { ...carried, cue: 'demnach' });
      return this.unitSpeech;
    }

    // 3. subjunctive and hearsay without a frame in the unit
    let konj1 = -1; // item of the first Konjunktiv I
    let hearsay = -1; // item of the first hearsay construction
    let konj2 = -1; // item of the first continuing Konjunktiv II ("hätte", "wäre")
    for (let c = 0; c < cls.n; c++) {
      if (konj1 < 0 && this.cls.konj1[c]! >= 0) konj1 = this.cls.konj1[c]!;
      if (hearsay < 0 && this.cls.hearsay[c]! >= 0) hearsay = this.cls.hearsay[c]!;
      if (konj2 < 0 && this.cls.konj2[c]! >= 0 && KONJUNKTIV_II_CONTINUING.has(v.norm(this.cls.konj2[c]!))) konj2 = this.cls.konj2[c]!;
    }
    if (konj1 >= 0 || hearsay >= 0 || (konj2 >= 0 && carried !== undefined)) {
      // a colon frame: "Noch am Dienstag waren sich viele Experten einig: Die Lage … sei …"
      const last = lastSubjunctive(this, cls.n);
      let colon = -1;
      for (let c = 1; c <= last; c++) {
        if (cls.sep[c] === COLON) {
          colon = c;
          break;
        }
      }
      if (colon > 0) {
        const np = firstNounPhrase(v, cls.from[0]!, cls.to[colon - 1]!);
        const speech: Speech = { speaker: this.resolve(np, false), cue: ':' };
        this.emit(range(colon, cls.n), speech);
        return this.unitSpeech;
      }
      const cueIndex = konj1 >= 0 ? konj1 : hearsay >= 0 ? hearsay : konj2;
      const cue = text.slice(v.startOf(cueIndex), v.endOf(cueIndex));
      const speaker = konj1 >= 0 || konj2 >= 0 ? carried?.speaker : 'anonymous';
      // "…, etwa 2000 Menschen sollen … worden sein": a clause with its own subject is the claim;
      // "Kasachstan, ein führender …, müsse …": a verb opening its clause takes the clauses before it
      const ci = cls.of(cueIndex);
      const from = cueIndex === cls.from[ci]! ? 0 : ci;
      // a relative clause inside the subject is background, not the claim
      this.emit(unframed(frames, cls.n, from, ci, this), { speaker: speaker ?? 'anonymous', cue });
      return this.unitSpeech;
    }

    // 4. "Tokajews Einstufung der Unruhen als »…«", "seine anfängliche Einschätzung »…«"
    if ((v.all & SPEECH_NOUN) !== 0) this.speechNouns();
    if ((v.all & QUOTE) === 0) return this.unitSpeech;

    // "Ein Sprecher der Polizei: „…“", "Tokajew: „…“": a noun phrase and a colon name the speaker
    const colon = this.colonSpeaker();
    if (colon !== null) {
      const speech: Speech = { speaker: this.resolve(colon, false), cue: ':', verbal: true };
      const to = cls.to[1]!;
      for (let i = cls.from[1]!; i < to; i++) if ((v.kind[i]! & QUOTE) !== 0 && quoteSpeech[v.ref[i]!] === undefined) quoteSpeech[v.ref[i]!] = speech;
      return speech;
    }
    // 5. a unit that is only a quotation continues the speaker of the previous one
    let only = -1; // the one item that is not punctuation, or -1 (none) or -2 (several)
    for (let i = 0; i < v.n && only !== -2; i++) if ((v.kind[i]! & PUNCT) === 0) only = only === -1 ? i : -2;
    if (only >= 0 && (v.kind[only]! & QUOTE) !== 0 && carried !== undefined && quoteSpeech[v.ref[only]!] === undefined) {
      quoteSpeech[v.ref[only]!] = carried;
      return carried;
    }
    // 6. "Er machte «in- und ausländische Provokateure» … verantwortlich": a pronoun subject continuing a speaker
    if (carried?.verbal === true) {
      const sp = this.subjectPhrase();
      if (sp !== null && isPronoun(v, sp.from) && sp.from <= 1) {
        for (let i = 0; i < v.n; i++) {
          if ((v.kind[i]! & QUOTE) !== 0 && quoteSpeech[v.ref[i]!] === undefined) quoteSpeech[v.ref[i]!] = { ...carried, cue: carried.cue };
        }
      }
    }
    // the speaker of the first framed quotation, else of the unit's frames
    for (let i = 0; i < v.n; i++) {
      if ((v.kind[i]! & QUOTE) === 0) continue;
      const s = quoteSpeech[v.ref[i]!];
      if (s !== undefined) return s;
    }
    return this.unitSpeech;
  }

  /**
   * Can the unit yield anything (a span, a quotation's speaker, a speech carried to the next unit)?
   * A cheap test on its clauses, so that units that cannot skip the frame search. Only through: an
   * attribution word (step 2); a Konjunktiv I or hearsay clause, or a continuing Konjunktiv II or
   * "demnach" after a carried speaker (step 3); a frame (step 1): a speech verb or a clause opening
   * with "so", whose claim is another clause or a quotation, or "sprach von …"; with a quotation, a
   * speech noun (step 4) or a carried speaker (steps 5 and 6).
   */
  mayYield(carried: boolean): boolean {
    const { v, cls } = this;
    const quote = (v.all & QUOTE) !== 0;
    if (quote && carried) return true;
    if ((v.all & (ATTRIBUTION | REPORTING)) !== 0) return true;
    if (quote && this.colonSpeaker() !== null) return true;
    if (quote && (v.all & SPEECH_NOUN) !== 0) return true;
    for (let c = 0; c < cls.n; c++) {
      if (cls.konj1[c]! >= 0 || cls.hearsay[c]! >= 0 || (carried && cls.konj2[c]! >= 0)) return true;
      if ((quote || cls.n > 1) && cls.speech[c]! >= 0) return true;
      if (cls.speech[c]! >= 0 && (v.kind[cls.speech[c]!]! & NAMING) !== 0 && isLabellingVerb(v.norm(cls.speech[c]!))) return true;
      if (c > 0 && (v.bits(cls.from[c]!) & (WORD | MAY_DISTANCE)) === (WORD | MAY_DISTANCE)) return true;
    }
    return carried && findWord(v, 0, v.n, 'demnach', ANALYSE) >= 0;
  }

  /**
   * "Ein Sprecher der Polizei: „…“": the unit opens with a bare noun phrase (no verb) and a colon,
   * and the clause after the colon is a quotation. The phrase, unless its head is a speech noun or
   * a noun that introduces names ("Das Motto: „…“"), or null.
   */
  colonSpeaker(): Phrase | null {
    const { v, cls } = this;
    if (cls.n < 2 || cls.sep[1] !== COLON || cls.speech[0]! >= 0 || !this.onlyQuote(1)) return null;
    const to = cls.to[0]!;
    if (to > 8 || !isBareNounPhrase(v, 0, to)) return null;
    const np = nounPhrase(v, 0);
    if (np === null || np.to < to) return null;
    // the head: the last capitalised word before any genitive attribute
    let head = np.from;
    while (head + 1 < np.to && (isDeterminer(v, head) || isAdjectiveAt(v, head))) head++;
    const b = v.bits(head);
    if ((b & SPEECH_NOUN) !== 0 || (b & CAP) === 0) return null;
    if (nameIntroducer(this.text, this.tokens[v.ref[head]!]) !== null) return null;
    return np;
  }

  /** Step 4: a speech noun with its owner names the speaker of the quotations after it. */
  speechNouns(): void {
    const { text, v, quoteSpeech } = this;
    for (let i = 0; i < v.n; i++) {
      if ((v.kind[i]! & (WORD | CAP | SPEECH_NOUN)) !== (WORD | CAP | SPEECH_NOUN)) continue;
      let k = i - 1;
      while (k >= 0 && isAdjectiveLike(v, k)) k--;
      if ((v.bits(k) & WORD) === 0) continue;
      const owner = v.norm(k);
      let speaker: string | undefined;
      if (POSSESSIVES.has(owner)) {
        const sp = this.subjectPhrase();
        speaker = sp !== null && sp.from < k ? this.resolve(sp, false) : this.carriedSubject(this.u);
      } else if ((v.kind[k]! & CAP) !== 0 && owner.endsWith('s') && !FUNCTION_WORDS.has(owner)) speaker = text.slice(v.startOf(k), v.endOf(k) - 1);
      if (speaker === undefined) continue;
      for (let j = i + 1; j < v.n && (v.kind[j]! & SEP) === 0; j++) {
        if ((v.kind[j]! & QUOTE) !== 0 && quoteSpeech[v.ref[j]!] === undefined) quoteSpeech[v.ref[j]!] = { speaker, cue: text.slice(v.startOf(i), v.endOf(i)) };
      }
    }
  }

  /** The claim clauses (ascending) as reported spans, trimmed of separators; a claim that is only quotations voices them. */
  emit(claims: number[], speech: Speech): void {
    this.unitSpeech = speech;
    const { v, cls } = this;
    for (let r = 0; r < claims.length;) {
      let last = r;
      while (last + 1 < claims.length && claims[last + 1] === claims[last]! + 1) last++;
      let s = cls.from[claims[r]!]!;
      let e = cls.to[claims[last]!]!;
      r = last + 1;
      while (s < e && (v.kind[s]! & PUNCT) !== 0) s++;
      while (e > s && (v.kind[e - 1]! & PUNCT) !== 0) e--;
      if (s >= e) continue;
      let onlyQuotes = true;
      for (let i = s; i < e; i++) {
        if ((v.kind[i]! & QUOTE) !== 0) this.quoteSpeech[v.ref[i]!] = speech;
        else onlyQuotes = false;
      }
      // a claim that is only a quotation is voiced by the quotation itself
      if (!onlyQuotes) this.out.push(span(v.startOf(s), v.endOf(e - 1), 'reported', speech));
    }
  }

  hasMarker(c: number): boolean {
    return this.cls.konj1[c]! >= 0 || this.cls.konj2[c]! >= 0 || this.cls.hearsay[c]! >= 0;
  }

  /** Is clause `c` a quotation and nothing else (punctuation aside)? */
  onlyQuote(c: number): boolean {
    const to = this.cls.to[c]!;
    let quote = false;
    for (let i = this.cls.from[c]!; i < to; i++) {
      const k = this.v.kind[i]!;
      if ((k & QUOTE) !== 0) quote = true;
      else if ((k & PUNCT) === 0) return false;
    }
    return quote;
  }

  hasQuote(c: number): boolean {
    const to = this.cls.to[c]!;
    for (let i = this.cls.from[c]!; i < to; i++) if ((this.v.kind[i]! & QUOTE) !== 0) return true;
    return false;
  }

  /** Speech frames in the unit. */
  findFrames(): readonly Frame[] {
    const { text, v, cls, claimed } = this;
    // a frame needs a speech verb or a clause opening with "so"
    if ((v.all & (SPEECH | MAY_DISTANCE)) === 0) return NO_FRAMES;
    const frames: Frame[] = [];
    for (let c = 0; c < cls.n; c++) claimed[c] = 0; // (a loop: TypedArray fill costs more for a few entries)

    for (let ci = 0; ci < cls.n; ci++) {
      const first = cls.from[ci]!;
      if (first >= v.n) continue;
      let verb = this.cls.speech[ci]!;
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
        frames.push(this.frame(np, verb, ci, ci + 1, others, false));
        for (let k = 0; k < others.length; k++) claimed[others[k]!] = 1;
        continue;
      }

      const quoteBefore = verb > first && (v.kind[verb - 1]! & QUOTE) !== 0;
      const verbFirst = soFrame || verb === first || quoteBefore;
      const after = soFrame && verb !== first + 1 ? first + 1 : verb + 1;
      const isEs = v.norm(after) === 'es';
      const inverted =
        (ci > 0 || quoteBefore) &&
        verbFirst &&
        (isEs || isDeterminer(v, after) || isNounLike(v, after) || isPronoun(v, after) || isAdjectiveAt(v, after)) &&
        (quoteBefore || this.markerOrQuoteBefore(ci) || !isBareNounPhrase(v, 0, cls.to[ci - 1]!));
      if (inverted) {
        const cueIdx = verb >= 0 ? verb : first;
        // claims: back to the start (or the last colon before), and forward over subjunctive clauses
        let from = ci === 0 ? 0 : ci - 1;
        while (from > 0 && cls.sep[from] !== COLON && claimed[from - 1] === 0) from--;
        let speaker: string | undefined;
        let npEnd = after + 1;
        if (isEs) {
          // "hieß es" is anonymous; "hieß es dort" points back to the source just named
          speaker = BACK_REFERENCES.has(v.norm(after + 1)) ? (this.carried?.speaker ?? 'anonymous') : 'anonymous';
          // "erklärte es" (not "hieß es"): a neuter speaker just named ("Das Ministerium teilte mit, … . …, erklärte es.")
          const vn = verb >= 0 ? v.norm(verb) : '';
          if (speaker === 'anonymous' && verb >= 0 && vn !== 'hiess' && vn !== 'heisst') {
            const c = this.carried;
            const before = c?.verbal === true && c.speaker !== undefined ? c.speaker : this.carriedSubject(this.u);
            if (before !== undefined && firstWord(before) === 'das') speaker = before;
          }
        } else {
          const np = nounPhrase(v, after) ?? (isPronoun(v, after) ? { from: after, to: after + 1 } : null);
          // a pronoun ("sagte er") never stands for a noun phrase inside the claim before it
          speaker = this.resolve(np, true, cls.from[from]!, cls.from[ci]!);
          if (np !== null) npEnd = np.to;
        }
        let frameTo = ci + 1;
        while (frameTo < cls.n && cls.from[frameTo]! < npEnd) frameTo++; // appositions
        const claims: number[] = [];
        for (let i = from; i < ci; i++) if (claimed[i] === 0) claims.push(i);
        let fwd = frameTo;
        // an interrupted quotation continues after the frame: „…“, sagte Tokajew, „sobald …“
        if (fwd < cls.n && claimed[fwd] === 0 && this.onlyQuote(fwd)) claims.push(fwd++);
        for (let k = fwd; k < cls.n && this.hasMarker(k); k++) claims.push(k);
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
      if (next < cls.n && (cls.sep[next] === COMMA || cls.sep[next] === COLON) && this.qualifies(next, this.hasMarker(next), strong || this.hasQuote(ci))) {
        let subjunctive = false;
        for (let k = next; k < cls.n && claimed[k] === 0; k++) {
          // stop before an inverted frame of its own (", sagte X")
          if (this.cls.speech[k] === cls.from[k] && k > next) break;
          // after a subjunctive claim, an indicative main clause joined by "und", "aber" … is the outlet's
          if (subjunctive && this.authorialContinuation(k)) break;
          if (this.hasMarker(k)) subjunctive = true;
          claims.push(k);
        }
      }
      if (claims.length === 0 && !naming) continue;
      for (let k = 0; k < claims.length; k++) claimed[claims[k]!] = 1;
      claimed[ci] = 1;
      // "Das Regime nennt sie Terroristen", "bezeichnete die Demonstranten als Terroristen": the label is the speaker's word
      const label = claims.length === 0 && naming ? this.labelTerm(verb, ci) : null;
      if (label !== null) {
        const np = this.subjectOf(ci, verb);
        const f = this.frame(np !== null && np.from <= label[0] ? np : null, verb, ci, ci + 1, claims, naming);
        if (f.speaker === undefined || this.isPassive(ci)) f.speaker = 'anonymous';
        f.label = label;
        frames.push(f);
        continue;
      }
      if (claims.length === 0 && !this.namingSpeaks(verb, ci)) {
        // a naming frame with no quotation after its verb and no "sprach von …" takes its clause
        // from the claims but voices nothing: its speaker is never read, so it is not looked for
        frames.push({ speaker: undefined, cue: '', frameFrom: ci, frameTo: ci + 1, claims, verb, naming, verbal: true, quotes: NO_QUOTES });
        continue;
      }
      const f = this.frame(this.subjectOf(ci, verb), verb, ci, ci + 1, claims, naming);
      // "Zwar hieß es, …": nobody in particular
      if (v.norm(verb + 1) === 'es' && (verbNorm === 'hiess' || verbNorm === 'heisst')) f.speaker = 'anonymous';
      frames.push(f);
    }
    return frames;
  }

  /**
   * The label a labelling verb (nennen, bezeichnen … als, titulieren) gives in clause `ci` without
   * quotation marks, as items [from, to), or null: "bezeichnete die Demonstranten als Terroristen"
   * (after "als"), "nennt sie Terroristen" (after the object), "Was die Regierung eine
   * Antiterroroperation nennt" / "hat sie Terroristen genannt" (the noun phrase right before a
   * clause-final verb). None when a quotation follows the verb (that quotation is the label).
   */
  labelTerm(verb: number, ci: number): readonly [number, number] | null {
    const { v, cls } = this;
    if (!isLabellingVerb(v.norm(verb))) return null;
    const from = cls.from[ci]!;
    let to = cls.to[ci]!;
    while (to > verb + 1 && (v.kind[to - 1]! & PUNCT) !== 0) to--;
    for (let i = verb + 1; i < to; i++) if ((v.kind[i]! & QUOTE) !== 0) return null;
    const last = lastWordIndex(v, from, to);
    const als = findWord(v, from, to, 'als', 0);
    if (als >= 0 && als + 1 < to) {
      // "als X" after the verb (to the clause end) or before a clause-final verb
      if (als > verb) return nounPhraseOrRest(v, als + 1, to);
      if (last === verb) return nounPhraseOrRest(v, als + 1, verb);
      return null;
    }
    if (!/^(nenn|nann|genannt|titulier)/.test(v.norm(verb))) return null;
    // a passive without "als" ("So wird … des 16. Jahrhunderts genannt"): the label is not the noun phrase before the verb
    if (this.isPassive(ci)) return null;
    if (last === verb) {
      // the noun phrase ending right before the verb, after the subject
      const subject = firstNounPhrase(v, from, verb);
      for (let s = subject === null ? from : subject.to; s < verb; s++) {
        if ((v.kind[s]! & WORD) === 0 || isPronoun(v, s)) continue;
        if (nounPhraseEnd(v, s) === verb) return [s, verb];
      }
      return null;
    }
    // V2: "nennt sie Terroristen", "nannte die Proteste einen Putschversuch": skip the object
    let k = verb + 1;
    if (isPronoun(v, k)) k++;
    else {
      const obj = nounPhraseEnd(v, k);
      if (obj < 0) return null;
      k = obj;
    }
    if (k >= to || (v.kind[k]! & WORD) === 0) return null;
    return nounPhraseOrRest(v, k, to);
  }

  /** Is clause `c` passive ("werden … genannt", "wurden als … bezeichnet")? */
  isPassive(c: number): boolean {
    const { v, cls } = this;
    for (let i = cls.from[c]!; i < cls.to[c]!; i++) {
      if ((v.kind[i]! & WORD) === 0) continue;
      const n = v.norm(i);
      if (n === 'wird' || n === 'werden' || n === 'wurde' || n === 'wurden' || n === 'worden') return true;
    }
    return false;
  }

  /** Does the naming frame of `verb` in clause `ci` voice something (step 1): a quotation after the verb, or "sprach von …"? */
  namingSpeaks(verb: number, ci: number): boolean {
    const v = this.v;
    if ((v.all & QUOTE) !== 0) for (let i = verb + 1; i < v.n; i++) if ((v.kind[i]! & QUOTE) !== 0) return true;
    return (v.kind[verb]! & REPORTING) !== 0 && findWord(v, verb + 1, Math.min(this.cls.to[ci]!, verb + 5), 'von', PREPOSITION) >= 0;
  }

  markerOrQuoteBefore(ci: number): boolean {
    for (let k = 0; k < ci; k++) if (this.hasMarker(k) || this.hasQuote(k)) return true;
    return false;
  }

  frame(np: Phrase | null, verb: number, frameFrom: number, frameTo: number, claims: number[], naming: boolean): Frame {
    const speaker = this.resolve(np, true);
    const v = this.v;
    return { speaker, cue: this.text.slice(v.startOf(verb), v.endOf(verb)), frameFrom, frameTo, claims, verb, naming, verbal: true, quotes: NO_QUOTES };
  }

  /**
   * Is clause `c` a main clause joined by a coordinating conjunction (or after a semicolon), without a subjunctive or
   * hearsay marker ("…, und das ist's dann gewesen", "…, doch Beobachter widersprechen")? After
   * reported speech it is the outlet's voice again, never the complement of the speech verb.
   */
  authorialContinuation(c: number): boolean {
    const v = this.v;
    const first = this.cls.from[c]!;
    // "…; unabhängig überprüfen lässt sich das nicht": a clause after a semicolon is a main clause
    if (this.cls.sep[c] !== SEMICOLON && ((v.bits(first) & (WORD | CAP)) !== WORD || !CLAUSE_CONJUNCTIONS.has(v.norm(first)))) return false;
    return !this.hasMarker(c);
  }

  /** Does clause `c` read as the content of a speech verb before it? */
  qualifies(c: number, marker: boolean, strong: boolean): boolean {
    if (marker) return true;
    const { v, cls } = this;
    const first = cls.from[c]!;
    if (first >= v.n) return false;
    if (this.authorialContinuation(c)) return false;
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
  subjectOf(ci: number, verb: number): Phrase | null {
    const { v, cls } = this;
    // "Der armenische Regierungschef Nikol Paschinjan, derzeitiger Vorsitzende …, kündigte … an"
    if (ci > 0 && isBareNounPhrase(v, 0, cls.to[ci - 1]!)) {
      const np = nounPhrase(v, 0);
      const to = cls.to[ci - 1]!;
      return np !== null && np.to >= to - 1 ? { from: 0, to } : (np ?? { from: 0, to });
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
    return ci > 0 ? firstNounPhrase(v, 0, cls.to[ci - 1]!) : null;
  }

  /** "der mit westlichen Investoren kooperiert", "gegen den sich die Proteste richten". */
  isRelativeClause(c: number): boolean {
    const { v, cls } = this;
    if (cls.sep[c] !== COMMA) return false;
    let k = cls.from[c]!;
    if ((v.bits(k) & (WORD | PREPOSITION)) === (WORD | PREPOSITION)) k++;
    if ((v.bits(k) & (WORD | RELATIVE_PRONOUN)) !== (WORD | RELATIVE_PRONOUN)) return false;
    return k + 1 < v.n && !isNounLike(v, k + 1) && !isAdjectiveLike(v, k + 1);
  }

  /** "laut X", "nach Angaben X", "nach Polizeiangaben", "X zufolge", "seinen Worten nach". */
  findAttribution(): Speech | null {
    const { text, v } = this;
    if ((v.all & ATTRIBUTION) === 0) return null;
    for (let i = 0; i < v.n; i++) {
      if ((v.kind[i]! & (WORD | ATTRIBUTION)) !== (WORD | ATTRIBUTION)) continue;
      const norm = v.norm(i);
      if (ATTRIBUTION_PREPOSITIONS.has(norm)) {
        const np = nounPhrase(v, i + 1);
        if (np === null) continue;
        const cue = text.slice(v.startOf(i), v.endOf(i));
        // "laut eigenen Angaben": the clause's own subject
        if (REPORT_NOUNS.has(v.norm(np.to - 1)) && this.ownSource(np.from, np.to - 1)) return { speaker: this.subjectOutside(i, np.to), cue };
        const tail = np.to - np.from === 1 ? reportTail(v.norm(np.from)) : undefined;
        if (tail !== undefined) return { speaker: text.slice(v.startOf(np.from), v.endOf(np.from) - tail.length).replace(/-$/, ''), cue };
        return { speaker: this.resolve(np, false), cue };
      }
      if (ATTRIBUTION_POSTPOSITIONS.has(norm)) {
        return { speaker: this.sourceBefore(i), cue: text.slice(v.startOf(i), v.endOf(i)) };
      }
      if (norm === 'nach') {
        // "seinen Worten nach" (postposition)
        if ((v.bits(i - 1) & WORD) !== 0 && REPORT_NOUNS.has(v.norm(i - 1))) {
          return { speaker: this.sourceBefore(i), cue: text.slice(v.startOf(i - 1), v.endOf(i)) };
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
        if (this.ownSource(i + 1, k)) return { speaker: this.subjectOutside(i, k + 1), cue };
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
        if (np !== null) return { speaker: this.resolve(np, false), cue };
        const speaker = k > i + 1 ? text.slice(v.startOf(i + 1), v.endOf(k)) : 'anonymous';
        return { speaker, cue: text.slice(v.startOf(i), v.endOf(k)) };
      }
    }
    return null;
  }

  /** Do items [from, to) hold "eigen…" ("nach eigenen Angaben", "eigener Darstellung zufolge")? */
  ownSource(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if ((this.v.kind[k]! & WORD) !== 0 && this.v.norm(k).startsWith('eigen')) return true;
    return false;
  }

  /** The unit's subject outside items [lo, hi) (an attribution phrase), a pronoun resolved; else the subject carried from before, or anonymous. */
  subjectOutside(lo: number, hi: number): string {
    const v = this.v;
    const np = firstNounPhrase(v, 0, lo) ?? firstNounPhrase(v, hi, v.n);
    return this.resolve(np, false) ?? this.carriedSubject(this.u) ?? 'anonymous';
  }

  /** The source before a postposition: "Berichten des Senders Radio Swoboda zufolge", "Unbestätigten Meldungen zufolge". */
  sourceBefore(post: number): string {
    const { text, v } = this;
    // the noun phrase that ends right before the postposition, starting at the unit or clause start
    let from = post - 1;
    while (from > 0 && (v.kind[from - 1]! & PUNCT) === 0) from--;
    for (let s = from; s < post; s++) {
      const np = nounPhrase(v, s);
      if (np === null || np.to !== post) continue;
      // "Eigenen Angaben zufolge hat die Polizei …": the clause's own subject
      if (np.to - np.from >= 2 && this.ownSource(np.from, np.to - 1)) return this.subjectOutside(np.from, post + 1);
      if (isPronoun(v, np.from)) return this.resolve({ from: np.from, to: np.from + 1 }, false) ?? 'anonymous';
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
}

const MARKED = new Marked();
const SCRATCH = new Analysis();
const NO_FRAMES: readonly Frame[] = [];
const NO_QUOTES: readonly number[] = [];

/** The last clause holding a Konjunktiv I or II (a colon before it opens the claim), or -1. */
function lastSubjunctive(a: Analysis, n: number): number {
  for (let c = n - 1; c >= 0; c--) if (a.cls.konj1[c]! >= 0 || a.cls.konj2[c]! >= 0) return c;
  return -1;
}

/**
 * The clauses [from, n) that no frame holds, ascending; with `a`, only clause `keep` and those that
 * are not relative clauses (a relative clause inside the subject is background, not the claim).
 */
function unframed(frames: readonly Frame[], n: number, from: number, keep: number, a: Analysis | null): number[] {
  const out: number[] = [];
  for (let i = from; i < n; i++) {
    let framed = false;
    for (let k = 0; k < frames.length; k++) if (i >= frames[k]!.frameFrom && i < frames[k]!.frameTo) framed = true;
    if (framed) continue;
    if (a !== null && i !== keep && a.isRelativeClause(i)) continue;
    // "Die Lage sei ruhig, doch Beobachter widersprechen": the outlet's voice again
    if (a !== null && i > keep && a.authorialContinuation(i)) break;
    out.push(i);
  }
  return out;
}

/** A compound ending in a report noun ("Polizeiangaben" -> "angaben"), or undefined. */
function reportTail(norm: string): string | undefined {
  for (let k = 0; k < REPORT_NOUN_TAILS.length; k++) {
    const t = REPORT_NOUN_TAILS[k]!;
    if (norm.length > t.length + 2 && norm.endsWith(t)) return t;
  }
  return undefined;
}


const isAdjectiveLike = (v: Items, i: number): boolean => (v.bits(i) & (WORD | CAP | ADJECTIVE_ENDING | DETERMINER | FUNCTION_WORD)) === (WORD | ADJECTIVE_ENDING);

/** The first word `norm` in items [from, to); the form's flags hold `bits` (a cheap test first). */
function findWord(v: Items, from: number, to: number, norm: string, bits: number): number {
  const mask = WORD | bits;
  for (let i = from; i < to; i++) if ((v.kind[i]! & mask) === mask && v.norm(i) === norm) return i;
  return -1;
}

/** The first word of a phrase, lower case (its determiner, if any). */
function firstWord(phrase: string): string {
  const sp = phrase.indexOf(' ');
  return (sp < 0 ? phrase : phrase.slice(0, sp)).toLowerCase();
}

/**
 * Can a personal or possessive pronoun stand for a noun phrase opening with `first` (lower case)?
 * Gender and number by the article: "er"/"sein…"/"ihm" not for "die …" / "eine …" (feminine or
 * plural), "er" not for "das …"; "sie"/"ihr…"/"ihnen" not for "der …", "das …", "ein …". A phrase
 * without an article (a name, a plural) agrees with any.
 */
function agrees(pronoun: string, first: string): boolean {
  if (pronoun === 'er' || pronoun === 'ihm' || pronoun.startsWith('sein')) {
    return first !== 'die' && first !== 'eine' && (pronoun !== 'er' || first !== 'das');
  }
  if (pronoun === 'sie' || pronoun === 'ihnen' || pronoun.startsWith('ihr')) return first !== 'der' && first !== 'das' && first !== 'ein';
  return true;
}

/** Items [from, to) as a label: the noun phrase starting at `from` when it fills the range, else the whole range (non-empty, starting with a word). */
function nounPhraseOrRest(v: Items, from: number, to: number): readonly [number, number] | null {
  if (from >= to || (v.kind[from]! & WORD) === 0) return null;
  const np = nounPhraseEnd(v, from);
  return [from, np > from && np <= to ? np : to];
}

function lastWordIndex(v: Items, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if ((v.kind[i]! & WORD) !== 0) return i;
  return -1;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// quotations: quoted, distanced or name

function classifyQuote(text: string, tokens: Token[], flags: Int32Array, quotes: QuoteSpan[], q: number, speech: Speech | undefined): VoiceSpan {
  const qs = quotes[q]!;
  const marks = markCue(qs.open, qs.closed ? text.charCodeAt(qs.end - 1) : -1);
  // the words (non-punctuation tokens) inside the marks: tokens [lo, hi). Past eight words the
  // quotation is a clause whatever else holds, so counting stops there.
  const lo = qs.token + 1; // the first token after the opening mark
  let hi = lo;
  let words = 0;
  let finite = false;
  for (; hi < tokens.length && tokens[hi]!.start < qs.innerEnd; hi++) {
    const w = tokens[hi]!;
    if (w.kind === 'punct') continue;
    if (++words > 8) break;
    const f = flags[hi]!;
    if (!finite && (f & (FINITE | KONJ1)) !== 0 && !isCapital(text, w.start)) finite = true;
  }
  // sentence punctuation matters only for a short stretch without a finite verb
  const utterance = !finite && words <= 8 && isUtterance(text, qs.innerStart, qs.innerEnd);

  if (!utterance && !finite && words > 0 && words <= 8) {
    const introducer = nameIntroducer(text, tokens[qs.token - 1]);
    if (introducer !== null) return { start: qs.start, end: qs.end, voice: 'name', cue: introducer };
    let first = lo;
    while (tokens[first]!.kind === 'punct') first++;
    if (words >= 2 && INSTITUTION_HEADS.has(tokens[first]!.norm)) return { start: qs.start, end: qs.end, voice: 'name', cue: marks };
    for (let i = first; i < hi; i++) {
      if ((flags[i]! & FOREIGN_FUNCTION_WORD) !== 0) return { start: qs.start, end: qs.end, voice: 'name', cue: marks };
    }
  }
  const clause = words > 4 || utterance || finite || precededByColon(text, qs.start);
  if (clause || speech !== undefined) return span(qs.start, qs.end, 'quoted', speech === undefined ? { speaker: undefined, cue: marks } : { speaker: speech.speaker, cue: marks });
  return { start: qs.start, end: qs.end, voice: 'distanced', cue: marks };
}

/** The common noun right before a quotation that makes it a name ("dem Portal „Vlast“"), or null. */
function nameIntroducer(text: string, prev: Token | undefined): string | null {
  if (prev === undefined || prev.kind !== 'word' || !isCapital(text, prev.start)) return null;
  const n = prev.norm;
  // does the norm end in one of the forms? only forms sharing its last letters can
  if (n.length < NAME_INTRODUCER_KEY) return null;
  const candidates = NAME_INTRODUCERS_BY_END.get(endKey(n));
  if (candidates === undefined) return null;
  for (let k = 0; k < candidates.length; k++) if (n.endsWith(candidates[k]!)) return text.slice(prev.start, prev.end);
  return null;
}

/** Every name-introducing noun with its case endings ("Portal", "Portals", "Portale" …), built once. */
const NAME_INTRODUCER_FORMS: readonly string[] = [...NAME_INTRODUCERS].flatMap((noun) => ['', 's', 'es', 'n', 'en', 'e'].map((e) => noun + e));
/** The forms grouped by their last NAME_INTRODUCER_KEY letters (as a number: no substring per look-up). */
const NAME_INTRODUCER_KEY = Math.min(3, ...NAME_INTRODUCER_FORMS.map((f) => f.length));
const NAME_INTRODUCERS_BY_END = new Map<number, string[]>();
function endKey(s: string): number {
  let key = 0;
  for (let i = s.length - NAME_INTRODUCER_KEY; i < s.length; i++) key = key * 0x10000 + s.charCodeAt(i);
  return key;
}
for (const form of NAME_INTRODUCER_FORMS) {
  const key = endKey(form);
  const list = NAME_INTRODUCERS_BY_END.get(key);
  if (list === undefined) NAME_INTRODUCERS_BY_END.set(key, [form]);
  else list.push(form);
}

function precededByColon(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x3a;
}

/** The quotation's marks as its cue ("„…“", "»…«", "„…" when unclosed), one string per pair of marks. */
function markCue(open: number, close: number): string {
  const key = open * 0x20000 + (close + 1);
  let s = MARK_CUES.get(key);
  if (s === undefined) {
    s = `${String.fromCharCode(open)}…${close >= 0 ? String.fromCharCode(close) : ''}`;
    MARK_CUES.set(key, s);
  }
  return s;
}
const MARK_CUES = new Map<number, string>();

/** Sentence punctuation inside a quotation: at its (trimmed) end, or . ! ? before white space. */
function isUtterance(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e === start) return false;
  const last = text.charCodeAt(e - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026) return true;
  for (let i = start; i < e - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && isWhiteSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

const isCapital = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code <= 0xff) return code >= 0xc0 && code <= 0xde && code !== 0xd7; // Latin-1: À–Þ (Ä Ö Ü) but ×
  const c = text[i]!;
  return c !== c.toLowerCase();
};

// ---------------------------------------------------------------------------------------------
// distancing words: "sogenannten Friedenstruppen", "so genannten …", "angeblich", "selbst ernannte"

/**
 * Distancing words, in order: only the marked tokens that may be one (bit MAY_DISTANCE) are looked
 * at, and a phrase never runs past the end of its unit.
 */
function distancingWords(
  text: string, tokens: Token[], flags: Int32Array, marked: Marked, units: Units, quotes: QuoteSpan[], out: VoiceSpan[],
): void {
  let u = 0;
  let next = 0; // the first token not taken by a cue already found
  for (let mi = 0; mi < marked.n; mi++) {
    const i = marked.at[mi]!;
    if ((flags[i]! & MAY_DISTANCE) === 0 || i < next) continue;
    while (u < units.n && units.to[u]! <= i) u++;
    if (u === units.n || units.from[u]! > i) continue; // not in a unit
    const to = units.to[u]!;
    const it = tokens[i]!;
    if (it.kind !== 'word' || !mayDistance(it.norm)) continue;
    let cueEnd = -1;
    if (startsWithAny(it.norm, DISTANCING_PREFIXES)) cueEnd = i + 1;
    else if (it.norm === 'sog.') cueEnd = i + 1; // the abbreviation keeps its dot (abbreviations.ts)
    else if (it.norm === 'sog' && tokens[i + 1]?.norm === '.') cueEnd = i + 2;
    else if (i + 1 < tokens.length) {
      const next = tokens[i + 1]!.norm;
      for (let k = 0; k < DISTANCING_TWO_WORD.length; k++) {
        const pair = DISTANCING_TWO_WORD[k]!;
        if (it.norm === pair[0] && next.startsWith(pair[1])) cueEnd = i + 2;
      }
    }
    if (cueEnd < 0) continue;
    // extend to the head noun: lower-case modifiers and numbers, then capitalised words or a quotation
    let end = -1;
    for (let k = cueEnd; k < to && k - cueEnd < 6; k++) {
      const x = tokens[k]!;
      const quoteEnd = x.kind === 'punct' ? quoteEndAt(quotes, x.start) : undefined;
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
    // a sentence adverb opening its clause ("Angeblich wurden Polizisten enthauptet", "…, angeblich
    // seien …"): the rest of the clause, up to the next separator outside quotations
    const clauseEnd = cueEnd === i + 1 && cueEnd < to ? sentenceAdverbEnd(text, tokens, flags, quotes, units.from[u]!, i, to) : -1;
    if (clauseEnd >= 0) end = clauseEnd;
    // an adverb ("angeblich enthauptet"): the word and the next one
    if (end < 0) end = cueEnd < to && tokens[cueEnd]!.kind === 'word' ? tokens[cueEnd]!.end : tokens[cueEnd - 1]!.end;
    out.push({ start: it.start, end, voice: 'distanced', cue: text.slice(it.start, tokens[cueEnd - 1]!.end) });
    next = cueEnd;
  }
}

/** Uninflected distancing adverbs that can open a clause and then distance all of it. */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['angeblich', 'vermeintlich']);
/** Conjunctions after which a word opens a (main) clause: "und angeblich wurden …". */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'aber', 'oder', 'doch', 'denn', 'sondern']);

/**
 * Where the distanced span of a sentence adverb at token `i` ends, or -1 when the word is not one:
 * "angeblich"/"vermeintlich" uninflected, first in its unit or after a separator (or after a
 * conjunction, then only before a verb), followed by a lower-case word (in German main clauses the
 * finite verb: "Angeblich wurden …"). The span runs to the last word before the next separator
 * outside quotations or the end of the unit (`to`); `unitFrom` is the unit's first token.
 */
function sentenceAdverbEnd(text: string, tokens: Token[], flags: Int32Array, quotes: QuoteSpan[], unitFrom: number, i: number, to: number): number {
  if (!SENTENCE_ADVERBS.has(tokens[i]!.norm)) return -1;
  const next = tokens[i + 1]!;
  if (next.kind !== 'word' || isUpper(text, next.start)) return -1;
  if (i > unitFrom) {
    const prev = tokens[i - 1]!;
    const fp = flags[i - 1]!;
    const afterSeparator = prev.kind === 'punct' && (fp & SEP) !== 0;
    // after "und": only a verb ("und angeblich wurden …"), not an adjective ("und angeblich bewaffnete Kämpfer")
    const afterConjunction = prev.kind === 'word' && CLAUSE_CONJUNCTIONS.has(prev.norm) &&
      ((flags[i + 1]! & (FINITE | KONJ1 | KONJ2 | HEARSAY)) !== 0 || (flags[i + 1]! & ADJECTIVE_ENDING) === 0);
    if (!afterSeparator && !afterConjunction) return -1;
  }
  let end = -1;
  for (let k = i + 1; k < to; k++) {
    const x = tokens[k]!;
    if (x.kind !== 'punct') {
      end = x.end;
      continue;
    }
    const qe = quoteEndAt(quotes, x.start);
    if (qe !== undefined) {
      // a quotation inside the clause belongs to it
      end = qe;
      while (k + 1 < to && tokens[k + 1]!.start < qe) k++;
      continue;
    }
    if ((flags[k]! & SEP) !== 0) break;
  }
  return end;
}

// ---------------------------------------------------------------------------------------------
// helpers

function span(start: number, end: number, voice: VoiceSpan['voice'], speech: Speech): VoiceSpan {
  const s: VoiceSpan = { start, end, voice };
  if (speech.speaker !== undefined && speech.speaker !== '') s.speaker = speech.speaker;
  if (speech.cue !== '') s.cue = speech.cue;
  return s;
}

/** The end of the quotation that starts at `pos`, or undefined (binary search; starts are distinct). */
function quoteEndAt(quotes: QuoteSpan[], pos: number): number | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q !== undefined && q.start === pos ? q.end : undefined;
}

/**
 * Merge the three sorted lists (reported, quotations, distancing words; on a tie in that order, as
 * a stable sort of their concatenation would), outer before inner, and drop any span that partly
 * overlaps one kept before it.
 */
function nest(reported: VoiceSpan[], quoted: VoiceSpan[], distanced: VoiceSpan[]): VoiceSpan[] {
  const out: VoiceSpan[] = [];
  const open: VoiceSpan[] = [];
  let r = 0;
  let q = 0;
  let d = 0;
  for (;;) {
    let s = reported[r];
    let from = 0;
    const sq = quoted[q];
    if (sq !== undefined && (s === undefined || compareSpans(sq, s) < 0)) {
      s = sq;
      from = 1;
    }
    const sd = distanced[d];
    if (sd !== undefined && (s === undefined || compareSpans(sd, s) < 0)) {
      s = sd;
      from = 2;
    }
    if (s === undefined) break;
    if (from === 0) r++;
    else if (from === 1) q++;
    else d++;
    if (s.end <= s.start) continue;
    while (open.length > 0 && open[open.length - 1]!.end <= s.start) open.pop();
    const parent = open[open.length - 1];
    if (parent !== undefined && s.end > parent.end) continue; // partial overlap
    if (parent !== undefined && parent.start === s.start && parent.end === s.end && parent.voice === s.voice) continue; // duplicate
    out.push(s);
    open.push(s);
  }
  return out;
}

const compareSpans = (a: VoiceSpan, b: VoiceSpan): number => a.start - b.start || b.end - a.end || rank(a) - rank(b);

/** Stable sort of spans[from..] by `compareSpans`, in place: a unit's few spans. */
function insertionSort(spans: VoiceSpan[], from: number): void {
  for (let i = from + 1; i < spans.length; i++) {
    const s = spans[i]!;
    let k = i;
    while (k > from && compareSpans(spans[k - 1]!, s) > 0) {
      spans[k] = spans[k - 1]!;
      k--;
    }
    spans[k] = s;
  }
}

// for equal ranges: reported outside quoted outside distanced outside name
function rank(s: VoiceSpan): number {
  return s.voice === 'reported' ? 0 : s.voice === 'quoted' ? 1 : s.voice === 'distanced' ? 2 : 3;
}
