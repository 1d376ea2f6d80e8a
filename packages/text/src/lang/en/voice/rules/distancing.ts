// Rule 9, distancing words: "so-called", "self-styled", "self-proclaimed", "purported", and
// "alleged"/"allegedly"/"supposed" before a noun phrase, distance the word and the phrase it modifies
// (inside quotations too: a speaker can distance as well).
//   a so-called colour revolution   three alleged organisers of the riots   the allegedly rigged vote
//   Alleged members of the banned group …   The so-called 'experts' …   the so-called Islamic State
// Must not touch:
//   Prosecutors alleged that …  (a speech verb: rule 1)   She was supposed to arrive.   It is so called because …
import type { Token, VoiceSpan } from '../../../../types.js';
import { CAP, WORD } from '../../../../voice/cues.js';
import { quoteEndAt } from '../../../../voice/helpers.js';
import type { QuoteSpan } from '../../../../voice/types.js';
import { ALLEGED, BE_FORMS, COMPLEMENTISERS, DETERMINERS, DISTANCING_WORDS, FINITE, NON_SUBJECT, PREPOSITIONS } from '../lexicon.js';

export function distancingWords(text: string, tokens: Token[], flags: Int32Array, quotes: QuoteSpan[], out: VoiceSpan[]): void {
  const stop = (w: string) => DETERMINERS.has(w) || PREPOSITIONS.has(w) || FINITE.has(w) || BE_FORMS.has(w) || NON_SUBJECT.has(w) || COMPLEMENTISERS.has(w);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const w = t.norm;
    if (!DISTANCING_WORDS.has(w) && !(ALLEGED.has(w) && beforeNoun(tokens, i))) continue;
    let end = -1;
    let k = i + 1;
    for (let words = 0; k < tokens.length && words < 4; k++, words++) {
      const x = tokens[k]!;
      const qe = x.kind === 'punct' ? quoteEndAt(quotes, x.start) : undefined;
      if (qe !== undefined) {
        end = qe;
        break;
      }
      if (x.kind !== 'word' && !(x.norm === '-' && end >= 0)) break;
      if (x.kind === 'word' && stop(x.norm)) break;
      const cap = (flags[k]! & (WORD | CAP)) === (WORD | CAP);
      // a verb after the head ("so-called peaceful protesters attacked …")
      if (words > 0 && !cap && /(ed|ing)$/.test(x.norm) && x.norm.length > 4) break;
      end = x.end;
      // a plural head ends the phrase before a lower-case word
      if (!cap && /[^su]s$/.test(x.norm) && x.norm.length > 3 && (flags[k + 1]! & CAP) === 0) {
        k++;
        break;
      }
    }
    if (end < 0) continue;
    out.push({ start: t.start, end, voice: 'distanced', cue: text.slice(t.start, t.end) });
    while (k < tokens.length && tokens[k]!.start < end) k++;
    i = k - 1;
  }
}

/**
 * "alleged" as an adjective: after a determiner, a number, a preposition, a comma or at the start of
 * a sentence, and before a word that is not "that", a determiner or a preposition.
 */
function beforeNoun(tokens: Token[], i: number): boolean {
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  const next = tokens[i + 1];
  if (next === undefined || (next.kind !== 'word' && next.kind !== 'punct')) return false;
  if (next.kind === 'word' && (COMPLEMENTISERS.has(next.norm) || DETERMINERS.has(next.norm) || PREPOSITIONS.has(next.norm) || BE_FORMS.has(next.norm))) return false;
  if (prev === undefined || prev.kind === 'punct') return true;
  return DETERMINERS.has(prev.norm) || PREPOSITIONS.has(prev.norm) || /^\d/.test(prev.norm) || prev.norm === 'and' || prev.norm === 'or';
}
