import type { Token, VoiceSpan } from '../types.js';
import { CAP, PREPOSITION, PUNCT, RELATIVE_PRONOUN, WORD } from './cues.js';
import { agrees, COMMA, firstWord, isAdjectiveLike, SEMICOLON, span } from './helpers.js';
import { Clauses, fillItems, Items, QUOTE } from './items.js';
import { CLAUSE_CONJUNCTIONS } from './lexicon.js';
import { firstNounPhrase, isNounLike, isPronoun, phraseText } from './speakers.js';
import type { Phrase } from './speakers.js';
import type { Frame, QuoteSpan, Speech } from './types.js';
import { Units } from './units.js';

/** Words in -e that end a clause without being a Konjunktiv I: the past "wurde", adverbs ("gerne", "heute"). */
const NOT_KONJUNKTIV_E = new Set(['wurde', 'gerne', 'alleine', 'heute', 'lange', 'gerade', 'bitte', 'ohne', 'beide', 'alle', 'viele', 'andere', 'habe', 'werde']);

/** Not computed yet (a unit's subject may be `undefined`). */
const PENDING = Symbol('pending');

/**
 * The clause analysis of a document's units, on token indexes: the unit being analysed is held in
 * `v` (items) and `cls` (clauses) and per-clause typed arrays, all reused from unit to unit and
 * from document to document, so a unit costs no allocation unless it yields spans or frames.
 * The rules (rules/*.ts) read the unit from here and record what they find: reported spans in
 * `out`, the speech framing each quotation in `quoteSpeech`, the unit's speech in `unitSpeech`.
 */
export class Analysis {
  text = '';
  tokens: Token[] = [];
  flags: Int32Array = new Int32Array(0);
  quotes: QuoteSpan[] = [];
  top: number[] = [];
  units = new Units();
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
  /** the speech frames of the unit under analysis (rules/speech-frames.ts `findFrames`) */
  frames: readonly Frame[] = [];
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
    this.frames = [];
  }

  /** Make unit `u` the one under analysis: its items and clauses, with the speech carried from before. */
  begin(u: number, carried: Speech | undefined): void {
    this.u = u;
    this.carried = carried;
    this.unitSpeech = undefined;
    this.subjectPhraseValue = PENDING;
    const { v, cls, units } = this;
    fillItems(v, this.text, this.tokens, this.quotes, this.top, units.from[u]!, units.to[u]!, units.quote[u]!, this.flags, cls);
    if (this.claimed.length < cls.n) this.claimed = new Uint8Array(Math.max(cls.n, this.claimed.length * 2));
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
  // claims and clauses

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

  /**
   * The clauses [from, cls.n) that no frame holds, ascending; with `background`, only clause `keep`
   * and those that are not relative clauses (a relative clause inside the subject is background,
   * not the claim), and none from an authorial continuation after `keep` on.
   */
  unframed(from: number, keep: number, background: boolean): number[] {
    const frames = this.frames;
    const n = this.cls.n;
    const out: number[] = [];
    for (let i = from; i < n; i++) {
      let framed = false;
      for (let k = 0; k < frames.length; k++) if (i >= frames[k]!.frameFrom && i < frames[k]!.frameTo) framed = true;
      if (framed) continue;
      // a relative clause in the indicative is background; one with a Konjunktiv of its own is part of the claim ("Jeder, der sich nicht ergebe, werde …")
      if (background && i !== keep && this.isRelativeClause(i) && !this.hasMarker(i) && !this.endsInWeakKonjunktiv(i)) continue;
      // "Die Lage sei ruhig, doch Beobachter widersprechen": the outlet's voice again
      if (background && i > keep && this.authorialContinuation(i)) break;
      out.push(i);
    }
    return out;
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

  /** "der mit westlichen Investoren kooperiert", "gegen den sich die Proteste richten". */
  /**
   * Does clause `c` (a verb-final clause, "der … erwogen wurde" is not) end in a weak Konjunktiv I: a lower-case form in -e that
   * is no past form in -te ("der sich nicht ergebe", "die dort lebe"; not "die dort lebt", "lebte")?
   */
  endsInWeakKonjunktiv(c: number): boolean {
    const { v, cls } = this;
    let k = cls.to[c]! - 1;
    while (k > cls.from[c]! && (v.bits(k) & WORD) === 0) k--;
    const w = v.norm(k);
    return (v.bits(k) & (WORD | CAP)) === WORD && w.length >= 4 && w.endsWith('e') && !w.endsWith('te') && !NOT_KONJUNKTIV_E.has(w) && v.norm(k - 1) !== 'ich';
  }

  isRelativeClause(c: number): boolean {
    const { v, cls } = this;
    if (cls.sep[c] !== COMMA) return false;
    let k = cls.from[c]!;
    if ((v.bits(k) & (WORD | PREPOSITION)) === (WORD | PREPOSITION)) k++;
    if ((v.bits(k) & (WORD | RELATIVE_PRONOUN)) !== (WORD | RELATIVE_PRONOUN)) return false;
    return k + 1 < v.n && !isNounLike(v, k + 1) && !isAdjectiveLike(v, k + 1);
  }
}
