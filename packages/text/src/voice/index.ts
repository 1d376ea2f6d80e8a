import type { Token, VoiceSpan } from '../types.js';
import { Analysis } from './analysis.js';
import { ANALYSE, ATTRIBUTION, formFlags, kindBits, MAY_DISTANCE, NAMING, REPORTING, SPEECH_NOUN, WORD } from './cues.js';
import { findWord } from './helpers.js';
import { QUOTE } from './items.js';
import { Marked } from './marked.js';
import { insertionSort, nest } from './nest.js';
import { NewsScratch, newsPasses } from './passes/index.js';
import { findQuotes, QuoteScratch } from './quotes.js';
import { UNIT_RULES } from './rules/index.js';
import { colonSpeakerPhrase } from './rules/colon-speaker.js';
import { distancingWords } from './rules/distancing.js';
import { classifyQuote } from './rules/quote-class.js';
import { findFrames } from './rules/speech-frames.js';
import type { Speech, VoiceInput } from './types.js';
import { buildUnits, isLabellingVerb, topLevel, U_ANALYSE, U_CLAIM, U_CUE, U_MAY_YIELD, U_MAY_YIELD_CARRIED, U_QUOTE, Units } from './units.js';

export type { VoiceInput } from './types.js';

// Voice detection, the driver: quotations (quotes.ts), units of sentences (units.ts), then per unit
// the rules in rules/ in the order of UNIT_RULES (rules/index.ts), then every quotation classified
// (rules/quote-class.ts) and the distancing words (rules/distancing.ts), merged by nest.ts.

/**
 * The buffers and memos of voice detection, reused from document to document: create one per
 * worker (an `Analyzer` holds one) and pass it to `detectVoice`. What `detectVoice` returns never
 * depends on the documents it saw before.
 */
export class VoiceScratch {
  readonly units = new Units();
  readonly marked = new Marked();
  readonly analysis = new Analysis();
  readonly quotes = new QuoteScratch();
  readonly news = new NewsScratch();
  /** `formFlags` by norm, for token arrays given without their flags (bounded: cleared when full) */
  readonly normFlags = new Map<string, number>();
}

/**
 * Voice spans of a document: quotations (quoted), indirect speech and attributed claims (reported),
 * scare quotes and distancing words (distanced), quoted proper names (name). Sorted by start, outer
 * before inner, well nested. Text outside every span is authorial. Never throws on any text.
 * Without `scratch`, a new one is made for the call.
 */
export function detectVoice(input: VoiceInput, scratch: VoiceScratch = new VoiceScratch()): VoiceSpan[] {
  const { text } = input;
  if (text.length === 0 || input.tokens.length === 0) return [];
  const paragraphs = input.paragraphs.length > 0 ? input.paragraphs : [{ start: 0, end: text.length }];
  const sentences = input.sentences.length > 0 ? input.sentences : paragraphs;
  const tokens = input.tokens;

  const flags = input.flags ?? flagsOf(text, tokens, scratch.normFlags);
  const marked = scratch.marked;
  if (input.flags !== undefined && input.marks !== undefined) marked.use(input.marks);
  else marked.scan(flags, tokens.length);
  const quotes = findQuotes(text, paragraphs, tokens, flags, marked, scratch.quotes);
  const top = topLevel(quotes);
  const firsts = input.sentences.length > 0 ? input.sentenceFirsts : undefined;
  const units = scratch.units;
  buildUnits(tokens, sentences, paragraphs, quotes, top, flags, marked, firsts, units);
  const out: VoiceSpan[] = []; // reported spans, sorted unit by unit
  const a = scratch.analysis;
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
      previous = analyseUnit(a, u, carried);
      if (out.length - before > 1) insertionSort(out, before);
    }
    // quotations are sorted by start, outer before inner
    const quoted: VoiceSpan[] = [];
    for (let q = 0; q < quotes.length; q++) quoted.push(classifyQuote(text, tokens, flags, quotes, q, a.quoteSpeech[q]));
    const distanced: VoiceSpan[] = [];
    distancingWords(text, tokens, flags, marked, units, quotes, distanced);
    // then the document-level passes for news (passes/index.ts, issue 23)
    return newsPasses({ text, tokens, flags, sentences: input.sentences, paragraphs, firsts, marks: marked }, nest(out, quoted, distanced), scratch.news);
  } finally {
    a.finish();
  }
}

/**
 * The per-token flags of a token array over `text` given without them: computed from each token's
 * norm, kind and first letter, the same bits the analyzer's tokenizer stores (`tokenBits`).
 */
function flagsOf(text: string, tokens: Token[], memo: Map<string, number>): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let f = memo.get(t.norm);
    if (f === undefined) {
      if (memo.size >= 100_000) memo.clear();
      f = formFlags(t.norm);
      memo.set(t.norm, f);
    }
    out[i] = f | kindBits(text, t.start, t.kind, t.norm);
  }
  return out;
}

/**
 * Analyse unit `u`: the rules in order until one says the unit is done; returns the speech it
 * carries to the next unit (that of its first framed quotation, else the unit's).
 */
function analyseUnit(a: Analysis, u: number, carried: Speech | undefined): Speech | undefined {
  a.begin(u, carried);
  if (!mayYield(a, carried !== undefined)) return undefined;
  a.frames = findFrames(a);
  for (let r = 0; r < UNIT_RULES.length; r++) if (UNIT_RULES[r]!(a)) return a.unitSpeech;
  // the speaker of the first framed quotation, else of the unit's frames
  const { v, quoteSpeech } = a;
  for (let i = 0; i < v.n; i++) {
    if ((v.kind[i]! & QUOTE) === 0) continue;
    const s = quoteSpeech[v.ref[i]!];
    if (s !== undefined) return s;
  }
  return a.unitSpeech;
}

/**
 * Can the unit yield anything (a span, a quotation's speaker, a speech carried to the next unit)?
 * A cheap test on its clauses, so that units that cannot skip the frame search. Only through: an
 * attribution word (attribution); a Konjunktiv I or hearsay clause, or a continuing Konjunktiv II or
 * "demnach" after a carried speaker (subjunctive, demnach); a frame (speech frames): a speech verb or a
 * clause opening with "so", whose claim is another clause or a quotation, or "sprach von …"; with a
 * quotation, a colon speaker, a speech noun or a carried speaker (continuation).
 * A new rule must say yes here (and in units.ts `mayYield`) for the units it can act on.
 */
function mayYield(a: Analysis, carried: boolean): boolean {
  const { v, cls } = a;
  const quote = (v.all & QUOTE) !== 0;
  if (quote && carried) return true;
  if ((v.all & (ATTRIBUTION | REPORTING)) !== 0) return true;
  if (quote && colonSpeakerPhrase(a) !== null) return true;
  if (quote && (v.all & SPEECH_NOUN) !== 0) return true;
  for (let c = 0; c < cls.n; c++) {
    if (cls.konj1[c]! >= 0 || cls.hearsay[c]! >= 0 || (carried && cls.konj2[c]! >= 0)) return true;
    // a speech noun and a Konjunktiv clause in commas (rules/claim-noun.ts)
    if (c > 0 && (v.all & SPEECH_NOUN) !== 0 && cls.konj2[c]! >= 0) return true;
    if ((quote || cls.n > 1) && cls.speech[c]! >= 0) return true;
    if (cls.speech[c]! >= 0 && (v.kind[cls.speech[c]!]! & NAMING) !== 0 && isLabellingVerb(v.norm(cls.speech[c]!))) return true;
    if (c > 0 && (v.bits(cls.from[c]!) & (WORD | MAY_DISTANCE)) === (WORD | MAY_DISTANCE)) return true;
  }
  return carried && findWord(v, 0, v.n, 'demnach', ANALYSE) >= 0;
}
