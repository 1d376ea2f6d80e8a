import type { VoiceSpan } from '../types.js';
import { ADJECTIVE_ENDING, CAP, DETERMINER, FUNCTION_WORD, WORD } from './cues.js';
import type { Items } from './items.js';
import type { QuoteSpan, Speech } from './types.js';

// Small helpers the rules share: clause separators, spans, item look-ups, pronoun agreement.

export const COLON = 0x3a;
export const COMMA = 0x2c;
export const SEMICOLON = 0x3b;

export function span(start: number, end: number, voice: VoiceSpan['voice'], speech: Speech): VoiceSpan {
  const s: VoiceSpan = { start, end, voice };
  if (speech.speaker !== undefined && speech.speaker !== '') s.speaker = speech.speaker;
  if (speech.cue !== '') s.cue = speech.cue;
  return s;
}

/** The index of the first of `list` (sorted by start) that starts at or after `pos` (binary search). */
export function firstStartingAt(list: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the quotation that starts at `pos`, or undefined (starts are distinct). */
export function quoteEndAt(quotes: QuoteSpan[], pos: number): number | undefined {
  const q = quotes[firstStartingAt(quotes, pos)];
  return q !== undefined && q.start === pos ? q.end : undefined;
}

export const isAdjectiveLike = (v: Items, i: number): boolean => (v.bits(i) & (WORD | CAP | ADJECTIVE_ENDING | DETERMINER | FUNCTION_WORD)) === (WORD | ADJECTIVE_ENDING);

/** The first word `norm` in items [from, to); the form's flags hold `bits` (a cheap test first). */
export function findWord(v: Items, from: number, to: number, norm: string, bits: number): number {
  const mask = WORD | bits;
  for (let i = from; i < to; i++) if ((v.kind[i]! & mask) === mask && v.norm(i) === norm) return i;
  return -1;
}

export function lastWordIndex(v: Items, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if ((v.kind[i]! & WORD) !== 0) return i;
  return -1;
}

/** The first word of a phrase, lower case (its determiner, if any). */
export function firstWord(phrase: string): string {
  const sp = phrase.indexOf(' ');
  return (sp < 0 ? phrase : phrase.slice(0, sp)).toLowerCase();
}

/**
 * Can a personal or possessive pronoun stand for a noun phrase opening with `first` (lower case)?
 * Gender and number by the article: "er"/"sein…"/"ihm" not for "die …" / "eine …" (feminine or
 * plural), "er" not for "das …"; "sie"/"ihr…"/"ihnen" not for "der …", "das …", "ein …". A phrase
 * without an article (a name, a plural) agrees with any.
 */
export function agrees(pronoun: string, first: string): boolean {
  if (pronoun === 'er' || pronoun === 'ihm' || pronoun.startsWith('sein')) {
    return first !== 'die' && first !== 'eine' && (pronoun !== 'er' || first !== 'das');
  }
  if (pronoun === 'sie' || pronoun === 'ihnen' || pronoun.startsWith('ihr')) return first !== 'der' && first !== 'das' && first !== 'ein';
  return true;
}
