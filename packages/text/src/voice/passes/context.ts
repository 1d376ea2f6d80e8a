// What the news rules (issue 23; one rule per file in this folder) read and change: the document,
// per-token flags, and the voice spans detectVoice found. Created per call: no state is kept
// between documents.
import { CAP, DETERMINER, FUNCTION_WORD, KONJ1, KONJ2, PREPOSITION, PRONOUN, PUNCT, SEP, SPEECH, WORD } from '../cues.js';
import { KONJUNKTIV_II_CONTINUING } from '../lexicon.js';
import type { Span, Token, VoiceSpan } from '../../types.js';

export interface RuleDoc {
  text: string;
  tokens: Token[];
  /** per-token flags (voice-cues.ts) */
  flags: Int32Array;
  sentences: Span[];
  paragraphs: Span[];
}

/** Sentence and paragraph bounds as token ranges [from, to). */
export interface Stretch extends Span {
  from: number;
  to: number;
}

export class RuleContext {
  readonly sentences: Stretch[];
  readonly paragraphs: Stretch[];
  constructor(
    readonly doc: RuleDoc,
    public spans: VoiceSpan[],
  ) {
    this.sentences = doc.sentences.map((s) => this.stretch(s));
    this.paragraphs = doc.paragraphs.map((p) => this.stretch(p));
  }

  /** The tokens of [start, end) as a token range. */
  stretch(s: Span): Stretch {
    return { start: s.start, end: s.end, from: this.tokenAt(s.start), to: this.tokenAt(s.end) };
  }

  /** The first token starting at or after `pos`. */
  tokenAt(pos: number): number {
    const t = this.doc.tokens;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  norm(i: number): string {
    return this.doc.tokens[i]?.norm ?? '';
  }

  bits(i: number): number {
    return i >= 0 && i < this.doc.tokens.length ? this.doc.flags[i]! : 0;
  }

  isWord(i: number): boolean {
    return (this.bits(i) & WORD) !== 0;
  }

  isComma(i: number): boolean {
    return this.norm(i) === ',';
  }

  /** Text of tokens [from, to). */
  slice(from: number, to: number): string {
    const t = this.doc.tokens;
    return from >= to ? '' : this.doc.text.slice(t[from]!.start, t[to - 1]!.end);
  }

  /** [from, to) without trailing punctuation that ends a sentence or clause (. ! ? : , ;). */
  trimEnd(from: number, to: number): number {
    while (to > from && (this.bits(to - 1) & PUNCT) !== 0 && /^[.!?:,;]$/.test(this.norm(to - 1))) to--;
    return to;
  }

  /** Speech spans (quoted or reported) overlapping [start, end). */
  speechIn(start: number, end: number): VoiceSpan[] {
    return this.spans.filter((s) => (s.voice === 'quoted' || s.voice === 'reported') && s.start < end && s.end > start);
  }

  /** Any span of `voice` overlapping [start, end). */
  overlaps(start: number, end: number, voice?: VoiceSpan['voice']): boolean {
    return this.spans.some((s) => (voice === undefined || s.voice === voice) && s.start < end && s.end > start);
  }

  /** Add a span over tokens [from, to), replacing reported spans inside it; spans that partly overlap it stop it from being added. */
  add(from: number, to: number, voice: 'reported' | 'quoted', speaker: string | undefined, cue: string): VoiceSpan | undefined {
    to = this.trimEnd(from, to);
    if (from >= to) return undefined;
    const t = this.doc.tokens;
    const start = t[from]!.start;
    const end = t[to - 1]!.end;
    const inside = (s: VoiceSpan) => s.start >= start && s.end <= end;
    if (this.spans.some((s) => s.start < end && s.end > start && !inside(s) && !(s.start <= start && s.end >= end && s.voice === 'name'))) return undefined;
    this.spans = this.spans.filter((s) => !(inside(s) && (s.voice === 'reported' || (voice === 'quoted' && s.voice === 'quoted' && s.speaker === undefined))));
    const span: VoiceSpan = { start, end, voice, cue, ...(speaker !== undefined && speaker !== '' ? { speaker } : {}) };
    this.spans.push(span);
    this.spans.sort(compareSpans);
    return span;
  }

  remove(span: VoiceSpan): void {
    this.spans = this.spans.filter((s) => s !== span);
  }

  /** The sentence holding token `i`. */
  sentenceOf(i: number): Stretch | undefined {
    return this.sentences.find((s) => s.from <= i && i < s.to);
  }

  /** Has [from, to) a finite Konjunktiv (I, or a II that carries reported speech on)? */
  hasSubjunctive(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const b = this.bits(i);
      if ((b & KONJ1) !== 0 || ((b & KONJ2) !== 0 && KONJUNKTIV_II_CONTINUING.has(this.norm(i)))) return true;
      if (isReflexiveSubjunctive(this, i)) return true;
    }
    return false;
  }

  /**
   * The speaker phrase of a clause whose speech verb is token `verb`, in [from, to): the words before
   * the verb when they make a noun phrase ("Ein Sprecher der Feuerwehr gab an"), else the noun
   * phrase right after it ("Am Montag sagte der Minister", ", so der Sprecher").
   */
  subject(from: number, verb: number, to: number): string | undefined {
    // skip a leading conjunction or separator
    while (from < verb && ((this.bits(from) & SEP) !== 0 || this.norm(from) === 'und' || this.norm(from) === 'aber')) from++;
    if (from < verb && this.startsNounPhrase(from)) {
      let end = verb;
      while (end > from && (this.bits(end - 1) & PUNCT) !== 0) end--;
      const np = this.phraseEnd(from, end);
      // the whole stretch before the verb ("Ein Sprecher der Feuerwehr gab an"), or a noun phrase
      // followed by a lower-case finite verb ("Der Ermittler hat die Vermutung …")
      if (np === end || (np > from && np < verb && (this.bits(np) & (WORD | CAP)) === WORD && (this.bits(np) & FUNCTION_WORD) === 0)) return this.slice(from, np);
    }
    let k = verb + 1;
    while (k < to && this.isWord(k) && (this.bits(k) & (CAP | DETERMINER | PRONOUN)) === 0) k++; // "sagte dabei der Minister"
    if (k < to && this.startsNounPhrase(k)) {
      const end = this.phraseEnd(k, to);
      if (end > k) return this.slice(k, end);
    }
    return undefined;
  }

  private startsNounPhrase(i: number): boolean {
    const b = this.bits(i);
    if ((b & WORD) === 0) return false;
    if ((b & (DETERMINER | PRONOUN)) !== 0) return true;
    return (b & CAP) !== 0 && (b & (FUNCTION_WORD | PREPOSITION)) === 0;
  }

  /**
   * The end of the noun phrase starting at `i` (before `to`): determiner, adjectives, capitalised
   * words, a genitive ("des Ministeriums") and an apposition in commas ("…, Ned Price,").
   */
  phraseEnd(i: number, to: number): number {
    const b = this.bits(i);
    if ((b & PRONOUN) !== 0 && (b & DETERMINER) === 0) return i + 1;
    let k = i;
    if ((b & DETERMINER) !== 0) k++;
    let noun = false;
    while (k < to && this.isWord(k) && (this.bits(k) & (FUNCTION_WORD | PREPOSITION | SPEECH)) === 0 && (noun ? (this.bits(k) & CAP) !== 0 : true)) {
      if ((this.bits(k) & CAP) !== 0) noun = true;
      else if (!/(e|en|er|es|em)$/.test(this.norm(k))) break;
      k++;
    }
    if (!noun) return i;
    // a genitive attribute: "der Sprecher des Ministeriums"
    if (k < to && /^(des|der)$/.test(this.norm(k)) && (this.bits(k + 1) & (CAP | WORD)) !== 0) {
      const g = this.phraseEnd(k, to);
      if (g > k + 1) k = g;
    }
    return k;
  }
}

/**
 * "normalisiere sich", "belaufe sich": a lower-case form in -e before "sich" is a Konjunktiv I verb
 * (not after "ich"; not in -te, the past: "äußerte sich").
 */
function isReflexiveSubjunctive(c: RuleContext, i: number): boolean {
  const n = c.norm(i);
  return n.length > 4 && n.endsWith('e') && !n.endsWith('te') && (c.bits(i) & (WORD | CAP)) === WORD && c.norm(i + 1) === 'sich' && c.norm(i - 1) !== 'ich';
}

export const compareSpans = (a: VoiceSpan, b: VoiceSpan): number => a.start - b.start || b.end - a.end || rank(a) - rank(b);
function rank(s: VoiceSpan): number {
  return s.voice === 'reported' ? 0 : s.voice === 'quoted' ? 1 : s.voice === 'distanced' ? 2 : 3;
}
