// Rule 9, distancing words: "sogenannt", "so genannt", "sog.", "angeblich", "vermeintlich",
// "selbst ernannt" distance the phrase they modify, or (a clause-initial sentence adverb) the rest of
// the clause. Examples (rules/distancing.test.ts):
//
// Handles:
//   Der Politologe … hält die sogenannten Friedenstruppen für überflüssig.  (and its subject carries to the next sentence)
//   von sogenannten bunten Revolutionen   der so genannten Friedenstruppen   Der angebliche Zeuge …
//   Die selbst ernannten Volksrepubliken …   Die sog. Friedenstruppe ist eingetroffen.   die sog. ausländischen Terroristen
//   Angeblich wurden Polizisten enthauptet.   Vermeintlich hatten ausländische Kämpfer die Proteste organisiert, doch …
//   Die Polizei griff ein, angeblich wurden dabei zwei Menschen getötet.   Die Polizei schoss, und angeblich starben Dutzende.
//   Polizisten wurden angeblich enthauptet.  (the word and the next)   Die angeblich friedlichen Demonstranten zogen ab.
// Must not touch:
//   Die Lage ist so ruhig wie lange nicht.   Es kam so, wie alle befürchtet hatten.  ("so" alone)
//   Demonstranten und angeblich bewaffnete Kämpfer zogen ab.  (after "und" before an adjective: only the phrase)
import type { Token, VoiceSpan } from '../../types.js';
import { ADJECTIVE_ENDING, FINITE, HEARSAY, isUpper, KONJ1, KONJ2, MAY_DISTANCE, mayDistance, SEP, startsWithAny } from '../cues.js';
import { quoteEndAt } from '../helpers.js';
import { CLAUSE_CONJUNCTIONS, DISTANCING_PREFIXES, DISTANCING_TWO_WORD, FUNCTION_WORDS } from '../lexicon.js';
import type { Marked } from '../marked.js';
import type { QuoteSpan } from '../types.js';
import type { Units } from '../units.js';

/**
 * Distancing words, in order: only the marked tokens that may be one (bit MAY_DISTANCE) are looked
 * at, and a phrase never runs past the end of its unit.
 */
export function distancingWords(
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
