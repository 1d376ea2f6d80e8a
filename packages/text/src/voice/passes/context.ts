// What the news rules (issue 23; one rule per file in this folder) read and change: the document,
// per-token flags, and the voice spans detectVoice found. Created per call: no state is kept
// between documents.
import { ADJECTIVE_ENDING, CAP, DETERMINER, FUNCTION_WORD, KONJ1, KONJ2, MAY_DISTANCE, NEWS_CUE, PREPOSITION, PRONOUN, PUNCT, SEP, SPEECH, WORD } from '../cues.js';
import { firstStartingAt } from '../helpers.js';
import { KONJUNKTIV_I, KONJUNKTIV_II, KONJUNKTIV_II_CONTINUING } from '../lexicon.js';
import type { Span, Token, VoiceSpan } from '../../types.js';
import { CUE_AFTER_COMMA, CUE_COLON, CUE_SICH, CUE_VERB, CUE_WIE, cueBits } from './words.js';

export interface RuleDoc {
  text: string;
  tokens: Token[];
  /** per-token flags (voice-cues.ts) */
  flags: Int32Array;
  sentences: Span[];
  paragraphs: Span[];
  /** the first token of each sentence, when known (sentences.ts sentenceTokens) */
  firsts?: Int32Array | undefined;
  /** the tokens whose flags have a MARK_BITS bit, ascending (detectVoice's `Marked`) */
  marks: MarkedTokens;
}

/** Token indexes [0, n) of `at`. */
export interface MarkedTokens {
  n: number;
  at: Int32Array;
}

/** Sentence and paragraph bounds as token ranges [from, to), with what their tokens hold. */
export interface Stretch extends Span {
  from: number;
  to: number;
  /** the flags of its marked tokens or-ed (MARK_BITS forms: cue, attribution, quotation-mark and news words; no SEP) */
  bits: number;
  /** the cue bits of its words (words.ts CUE_*) */
  cues: number;
}

/** The buffer RuleContext keeps its per-token cue bits in, reused from document to document (VoiceScratch holds one). */
export class NewsScratch {
  private buf = new Uint16Array(1024);
  private ends = new Int32Array(64);

  /** A buffer for at least `n` running maxima of span ends. */
  maxEnds(n: number): Int32Array {
    if (this.ends.length < n) this.ends = new Int32Array(Math.max(n, this.ends.length * 2));
    return this.ends;
  }

  /** Sentence records reused from document to document (their fields are set anew for each). */
  private readonly pool: Stretch[] = [];
  private readonly list: Stretch[] = [];

  /** `n` sentence records with bits and cues 0 (the caller sets the rest). */
  stretches(n: number): Stretch[] {
    const out = this.list;
    for (let i = 0; i < n; i++) {
      let x = this.pool[i];
      if (x === undefined) this.pool.push((x = { start: 0, end: 0, from: 0, to: 0, bits: 0, cues: 0 }));
      else x.bits = x.cues = 0;
      out[i] = x;
    }
    out.length = n;
    return out;
  }

  /** A zeroed buffer for `tokens` tokens (and one more, read after the last token). */
  cues(tokens: number): Uint16Array {
    if (this.buf.length < tokens + 1) this.buf = new Uint16Array(Math.max(tokens + 1, this.buf.length * 2));
    else this.buf.fill(0, 0, tokens + 1);
    return this.buf;
  }
}

export class RuleContext {
  readonly sentences: Stretch[];
  /** the cue bits of all sentences or-ed: a pass whose bit is absent has nothing to do */
  readonly cues: number;
  private paragraphList: Stretch[] | null = null;
  /** the colon tokens (clause separators) inside sentences, ascending */
  readonly colons: number[] = [];
  /** per-token cue bits (words.ts CUE_*); 0 after the last token */
  readonly cue: Uint16Array;
  /** spans[i].end's running maximum (for overlap queries), rebuilt after a change */
  private maxEnd: Int32Array;
  /** is `maxEnd` up to date with `spans`? */
  private maxEndValid = false;
  constructor(
    readonly doc: RuleDoc,
    public spans: VoiceSpan[],
    private readonly scratch: NewsScratch = new NewsScratch(),
  ) {
    this.cue = scratch.cues(doc.tokens.length);
    this.maxEnd = scratch.maxEnds(spans.length);
    this.sentences = this.stretches(doc.sentences, doc.marks);
    let cues = 0;
    for (const s of this.sentences) cues |= s.cues;
    this.cues = cues;
  }

  /**
   * The sentences as token ranges, with what their marked tokens hold (the tokenizer's list: cue,
   * attribution, quotation-mark and NEWS_CUE forms; no other token is read): their flags or-ed, the
   * cue bits of the NEWS_CUE words, a comma before "so", "wie" or a verb of saying (a parenthetical
   * frame may follow); and the sentences with a colon, found in the text.
   */
  private stretches(list: Span[], marks: MarkedTokens): Stretch[] {
    const { text, tokens, flags, firsts } = this.doc;
    const out = this.scratch.stretches(list.length);
    let t = 0;
    for (let n = 0; n < list.length; n++) {
      const s = list[n]!;
      let from: number;
      let to: number;
      if (firsts !== undefined) {
        from = firsts[n]!;
        to = n + 1 < list.length ? firsts[n + 1]! : tokens.length;
      } else {
        while (t < tokens.length && tokens[t]!.start < s.start) t++;
        from = t;
        while (t < tokens.length && tokens[t]!.start < s.end) t++;
        to = t;
      }
      const x = out[n]!;
      x.start = s.start;
      x.end = s.end;
      x.from = from;
      x.to = to;
    }
    if (out.length === 0) return out;
    let n = 0;
    for (let i = 0; i < marks.n; i++) {
      const m = marks.at[i]!;
      while (n < out.length && out[n]!.to <= m) n++;
      const inside = n < out.length && out[n]!.from <= m;
      const f = flags[m]!;
      // ", so der Sprecher", ", sagte er": the comma's sentence (the one before, when the comma ends it)
      if ((f & (SPEECH | MAY_DISTANCE)) !== 0 && this.isComma(m - 1)) {
        const at = inside && out[n]!.from <= m - 1 ? n : stretchIndex(out, m - 1);
        if (at >= 0) out[at]!.cues |= CUE_AFTER_COMMA;
      }
      if (!inside) continue;
      const s = out[n]!;
      s.bits |= f;
      if ((f & (NEWS_CUE | WORD)) !== (NEWS_CUE | WORD)) continue;
      const b = cueBits(tokens[m]!.norm);
      this.cue[m] = b;
      s.cues |= b;
      if ((b & (CUE_WIE | CUE_VERB)) !== 0 && m - 1 >= s.from && this.isComma(m - 1)) s.cues |= CUE_AFTER_COMMA;
    }
    // colons: the token holding each ":" of the text (a colon inside a word or number is no separator)
    for (let pos = text.indexOf(':'); pos >= 0; pos = text.indexOf(':', pos + 1)) {
      const k = firstStartingAt(tokens, pos + 1) - 1;
      if (k < 0 || tokens[k]!.end <= pos || (flags[k]! & (SEP | WORD)) !== SEP || tokens[k]!.norm !== ':') continue;
      const at = stretchIndex(out, k);
      if (at < 0) continue;
      out[at]!.cues |= CUE_COLON;
      this.colons.push(k);
    }
    return out;
  }

  /** Paragraphs as token ranges (only the block-quotation pass needs them: found on demand; bits and cues are not filled in). */
  get paragraphs(): Stretch[] {
    this.paragraphList ??= this.doc.paragraphs.map((p) => ({ start: p.start, end: p.end, from: this.tokenAt(p.start), to: this.tokenAt(p.end), bits: 0, cues: 0 }));
    return this.paragraphList;
  }

  /** The index of the paragraph (of `doc.paragraphs`) whose offsets hold token `i`'s start, or -1. */
  paragraphOfToken(i: number): number {
    const ps = this.doc.paragraphs;
    const p = firstStartingAt(ps, this.doc.tokens[i]!.start + 1) - 1;
    return p >= 0 && ps[p]!.end > this.doc.tokens[i]!.start ? p : -1;
  }

  /** The index of the paragraph holding token `i`, or -1. */
  paragraphIndex(i: number): number {
    return stretchIndex(this.paragraphs, i);
  }

  /** The index of the first span starting at or after `pos`. */
  spanAt(pos: number): number {
    return firstStartingAt(this.spans, pos);
  }

  /** The first token starting at or after `pos`. */
  tokenAt(pos: number): number {
    return firstStartingAt(this.doc.tokens, pos);
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
    return (this.bits(i) & SEP) !== 0 && this.doc.tokens[i]!.norm === ',';
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
    return this.overlapping(start, end, true);
  }

  /** Spans overlapping [start, end), by start (spans are sorted by start; a running maximum of their ends bounds the walk back). */
  overlapping(start: number, end: number, speechOnly = false): VoiceSpan[] {
    const spans = this.spans;
    if (!this.maxEndValid) {
      if (this.maxEnd.length < spans.length) this.maxEnd = this.scratch.maxEnds(spans.length);
      this.maxEndValid = true;
      let m = 0;
      for (let i = 0; i < spans.length; i++) this.maxEnd[i] = m = Math.max(m, spans[i]!.end);
    }
    const lo = this.spanAt(end);
    let first = lo;
    while (first > 0 && this.maxEnd[first - 1]! > start) first--;
    const out: VoiceSpan[] = [];
    for (let i = first; i < lo; i++) {
      const s = spans[i]!;
      if (s.end > start && (!speechOnly || s.voice === 'quoted' || s.voice === 'reported')) out.push(s);
    }
    return out;
  }

  /** Add a span over tokens [from, to), replacing reported spans inside it; spans that partly overlap it stop it from being added. */
  add(from: number, to: number, voice: 'reported' | 'quoted', speaker: string | undefined, cue: string): VoiceSpan | undefined {
    to = this.trimEnd(from, to);
    if (from >= to) return undefined;
    const t = this.doc.tokens;
    const start = t[from]!.start;
    const end = t[to - 1]!.end;
    const inside = (s: VoiceSpan) => s.start >= start && s.end <= end;
    const around = this.overlapping(start, end);
    if (around.some((s) => !inside(s) && !(s.start <= start && s.end >= end && s.voice === 'name'))) return undefined;
    const replaced = around.filter((s) => inside(s) && (s.voice === 'reported' || (voice === 'quoted' && s.voice === 'quoted' && s.speaker === undefined)));
    if (replaced.length > 0) this.spans = this.spans.filter((s) => !replaced.includes(s));
    const span: VoiceSpan = { start, end, voice, cue, ...(speaker !== undefined && speaker !== '' ? { speaker } : {}) };
    // insert in order (by start, outer before inner, as compareSpans sorts)
    let at = this.spanAt(start);
    while (at < this.spans.length && compareSpans(this.spans[at]!, span) < 0) at++;
    this.spans.splice(at, 0, span);
    this.maxEndValid = false;
    return span;
  }

  remove(span: VoiceSpan): void {
    this.spans = this.spans.filter((s) => s !== span);
    this.maxEndValid = false;
  }

  /** The clause of token `i` in sentence `s`: the tokens between the separators (, ; : - – —) around it. */
  clause(s: Stretch, i: number): [number, number] {
    let from = i;
    while (from > s.from && (this.bits(from - 1) & SEP) === 0) from--;
    let to = i + 1;
    while (to < s.to && (this.bits(to) & SEP) === 0) to++;
    return [from, to];
  }

  /** The index of the sentence holding token `i`, or -1. */
  sentenceIndex(i: number): number {
    return stretchIndex(this.sentences, i);
  }

  /** The sentence holding token `i`. */
  sentenceOf(i: number): Stretch | undefined {
    return this.sentences[this.sentenceIndex(i)];
  }

  /** Has [from, to) a finite Konjunktiv (I, or a II that carries reported speech on)? */
  hasSubjunctive(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const b = this.bits(i);
      if ((b & KONJ1) !== 0 || ((b & KONJ2) !== 0 && KONJUNKTIV_II_CONTINUING.has(this.norm(i)))) return true;
      if ((this.cue[i + 1]! & CUE_SICH) !== 0 && isReflexiveSubjunctive(this, i)) return true;
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
      // (a single capitalised word must stand right before the verb: "Mehr braucht man nicht sagen" names no one)
      const phrase = np > from + 1 || (this.bits(from) & DETERMINER) !== 0;
      if (np === end || (phrase && np < verb && (this.bits(np) & (WORD | CAP)) === WORD && (this.bits(np) & FUNCTION_WORD) === 0)) return this.slice(from, np);
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
      else if ((this.bits(k) & ADJECTIVE_ENDING) === 0) break;
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


/** The index of the stretch of `list` (sorted, disjoint token ranges) that holds token `i`, or -1. */
function stretchIndex(list: readonly Stretch[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.to <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]!.from <= i ? lo : -1;
}

/** Lower case, without a copy for a word already in lower case (cues: "sagte", "Laut"). */
export const lower = (s: string): string => (s.charCodeAt(0) < 0x61 ? s.toLowerCase() : s);

export const compareSpans = (a: VoiceSpan, b: VoiceSpan): number => a.start - b.start || b.end - a.end || rank(a) - rank(b);
function rank(s: VoiceSpan): number {
  return s.voice === 'reported' ? 0 : s.voice === 'quoted' ? 1 : s.voice === 'distanced' ? 2 : 3;
}

/** A reported span with no frame of its own: its cue is a Konjunktiv, not a verb of saying or "laut". */
export function isBare(span: { cue?: string }): boolean {
  const cue = span.cue;
  if (cue === undefined) return false;
  if (cue === 'Konjunktiv') return true;
  const n = lower(cue);
  return KONJUNKTIV_I.has(n) || KONJUNKTIV_II.has(n);
}
