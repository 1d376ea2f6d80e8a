// The English rules' view of a document and of its unit under analysis: the unit's items (its
// tokens, each top-level quotation as one item: voice/items.ts, shared with German), the spans
// found so far, the speaker of each quotation and the last named person (for "he said").
import type { Token, VoiceSpan } from '../../../types.js';
import { CAP, PUNCT, SEP, WORD } from '../../../voice/cues.js';
import { span } from '../../../voice/helpers.js';
import { Items, QUOTE } from '../../../voice/items.js';
import type { QuoteSpan, Speech } from '../../../voice/types.js';
import { CUE_BITS, PRONOUNS } from './lexicon.js';

/** What the English rules find in one document; created per call (no state kept between documents). */
export class EnglishDoc {
  readonly reported: VoiceSpan[] = [];
  readonly distanced: VoiceSpan[] = [];
  /** quote index -> the speech it is framed as (quoted), or undefined */
  readonly quoteSpeech: (Speech | undefined)[];
  /** the last person or group named as a speaker or as a sentence's subject: what "he", "she", "they" stand for */
  lastNamed: string | undefined;
  /** the speech of the unit before, and its paragraph (a quotation alone continues it) */
  previous: Speech | undefined;
  previousParagraph = -1;
  /** the quotation that closed the unit before (only punctuation after it), or -1 */
  endQuote = -1;
  /**
   * Units without speech since the last named speaker, newest last (at most 8): their subjects are
   * read only when a pronoun needs one ("President Tokayev addressed parliament. "…," he said.").
   */
  readonly pending: number[] = [];
  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly quotes: QuoteSpan[],
    /** the subject of unit `n` when it names a person or group, else undefined */
    private readonly personSubject: (n: number) => string | undefined,
  ) {
    this.quoteSpeech = new Array<Speech | undefined>(quotes.length).fill(undefined);
  }

  /** A unit without speech: its subject may be what a later pronoun stands for. */
  addPending(n: number): void {
    if (this.pending.length === 8) this.pending.shift();
    this.pending.push(n);
  }

  /** A speaker was named: earlier subjects no longer count. */
  named(speaker: string): void {
    this.lastNamed = speaker;
    this.pending.length = 0;
  }

  /** What "he", "she", "they", "it" stand for: the newest person subject since the last named speaker, else that speaker. */
  pronounReferent(): string | undefined {
    while (this.pending.length > 0) {
      const s = this.personSubject(this.pending.pop()!);
      if (s !== undefined) {
        this.named(s);
        break;
      }
    }
    return this.lastNamed;
  }
}

/** One unit (a sentence, or several a quotation runs over) with item helpers; rules record on it. */
export class Unit {
  /** the unit's speech (its first frame's), carried to a quotation in the next unit */
  speech: Speech | undefined;
  /** items [from, to) already taken as a claim or frame: later rules leave them alone */
  readonly taken: [number, number][] = [];
  /** the cue bits of the unit's words (lexicon.ts C_*): a rule whose cue is absent is skipped */
  readonly cues: number;
  constructor(
    readonly doc: EnglishDoc,
    readonly v: Items,
    readonly paragraph: number,
  ) {
    let cues = 0;
    for (let i = 0; i < v.n; i++) if ((v.kind[i]! & WORD) !== 0) cues |= CUE_BITS.get(v.norm(i)) ?? 0;
    this.cues = cues;
  }

  get n(): number {
    return this.v.n;
  }

  norm(i: number): string {
    return this.v.norm(i);
  }

  isWord(i: number): boolean {
    return (this.v.bits(i) & WORD) !== 0;
  }

  isCap(i: number): boolean {
    return (this.v.bits(i) & (WORD | CAP)) === (WORD | CAP);
  }

  isQuote(i: number): boolean {
    return (this.v.bits(i) & QUOTE) !== 0;
  }

  isPunct(i: number): boolean {
    return (this.v.bits(i) & PUNCT) !== 0;
  }

  /** A clause separator: , ; : and dashes. */
  isSep(i: number): boolean {
    return (this.v.bits(i) & SEP) !== 0;
  }

  is(i: number, norm: string): boolean {
    return this.isWord(i) || this.isPunct(i) ? this.v.norm(i) === norm : false;
  }

  /** Is item `i` inside a stretch a rule has taken? */
  isTaken(i: number): boolean {
    return this.taken.some(([f, t]) => i >= f && i < t);
  }

  /** Text of items [from, to), trimmed of separators at either end. */
  text(from: number, to: number): string {
    while (from < to && this.isSep(from)) from++;
    while (to > from && (this.isSep(to - 1) || this.is(to - 1, '.'))) to--;
    return from >= to ? '' : this.doc.text.slice(this.v.startOf(from), this.v.endOf(to - 1));
  }

  /** A speaker phrase's text; a pronoun ("he", "they") stands for the last named person or group. */
  speaker(from: number, to: number): string | undefined {
    if (from >= to) return undefined;
    if (to - from === 1 && PRONOUNS.has(this.norm(from))) return this.doc.pronounReferent() ?? this.text(from, to);
    const s = this.text(from, to);
    if (s !== '') this.doc.named(s);
    return s === '' ? undefined : s;
  }

  /**
   * Record items [from, to) as the claim of `speech`: a reported span (trimmed of punctuation), and
   * its quotations as the speaker's; a claim that is only quotations is voiced by them alone.
   */
  emit(from: number, to: number, speech: Speech): void {
    this.taken.push([from, to]);
    this.speech ??= speech;
    while (from < to && this.isPunct(from)) from++;
    while (to > from && this.isPunct(to - 1)) to--;
    if (from >= to) return;
    let onlyQuotes = true;
    for (let i = from; i < to; i++) {
      if (this.isQuote(i)) this.doc.quoteSpeech[this.v.ref[i]!] ??= speech;
      else onlyQuotes = false;
    }
    if (!onlyQuotes) this.doc.reported.push(span(this.v.startOf(from), this.v.endOf(to - 1), 'reported', speech));
  }
}
