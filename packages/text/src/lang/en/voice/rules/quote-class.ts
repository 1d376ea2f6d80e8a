// Rule 8, every quotation classified once the units are read:
//   after "so-called" ("the so-called "peaceful protests"")      → distanced
//   framed by a speaker (rules 1-7)                           → quoted, with the speaker
//   after a name noun ("the newspaper "Pravda"", "the film …") → name (transparent)
//   a title in capitals ("Winter on Fire")                    → name
//   one to three words, no sentence inside ("the "peacekeepers"") → distanced (a scare quote)
//   anything longer                                            → quoted, speaker unknown
// Apostrophes never reach here: "Russia's", "'90s", "rock 'n' roll" are no quotations (voice/quotes.ts).
import type { Token, VoiceSpan } from '../../../../types.js';
import { span } from '../../../../voice/helpers.js';
import type { QuoteSpan, Speech } from '../../../../voice/types.js';
import { DISTANCING_WORDS, NAME_INTRODUCERS } from '../lexicon.js';

export function classifyQuote(text: string, tokens: Token[], q: QuoteSpan, speech: Speech | undefined): VoiceSpan {
  const cue = text[q.start]! + '…' + (q.closed ? text[q.end - 1]! : '');
  const before = q.token > 0 ? tokens[q.token - 1]!.norm : '';
  // "the so-called "peaceful protests"": the outlet distances the words, whoever said them
  if (DISTANCING_WORDS.has(before)) return { start: q.start, end: q.end, voice: 'distanced', cue };
  if (speech !== undefined) return span(q.start, q.end, 'quoted', { speaker: speech.speaker, cue: speech.cue });
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (NAME_INTRODUCERS.has(before) || isTitle(words)) return { start: q.start, end: q.end, voice: 'name', cue };
  // a short sentence ("Even the doors.") is a quotation, not a scare quote
  const sentence = /^\p{Lu}/u.test(inner) && /[.!?,]$/.test(inner);
  if (words.length >= 1 && words.length <= 3 && !sentence && !/[.!?;:]/.test(inner.replace(/[.!?,]+$/, ''))) return { start: q.start, end: q.end, voice: 'distanced', cue };
  return { start: q.start, end: q.end, voice: 'quoted', cue };
}

/** Two or more words, the first and every word longer than three letters capitalised ("Winter on Fire", "Game of Thrones"). */
function isTitle(words: string[]): boolean {
  if (words.length < 2 || words.length > 8) return false;
  const cap = (w: string) => /^\p{Lu}/u.test(w);
  return cap(words[0]!) && words.every((w) => w.length <= 3 || cap(w));
}
