// English voice detection, the driver. Shared with German (src/voice/): finding quotations
// (quotes.ts, whose marks cover “…”, ‘…’, "…" and short '…'), grouping sentences into units
// (units.ts), a unit's items (items.ts), merging the spans (nest.ts). English: the rules in rules/
// (rules/index.ts), the speaker phrases (phrases.ts) and the word lists (lexicon.ts). No German
// rule runs here, and the German driver never runs these.
import type { Token, VoiceSpan } from '../../../types.js';
import { kindBits, MAY_QUOTE } from '../../../voice/cues.js';
import type { VoiceScratch } from '../../../voice/index.js';
import { fillItems, Items } from '../../../voice/items.js';
import { insertionSort, nest } from '../../../voice/nest.js';
import { findQuotes } from '../../../voice/quotes.js';
import type { VoiceInput } from '../../../voice/types.js';
import { buildUnits, topLevel } from '../../../voice/units.js';
import { findFrames } from './frames.js';
import { isPersonPhrase, leadingSubject } from './phrases.js';
import { addSingleQuotes } from './single-quotes.js';
import { AFTER_FRAMES, BEFORE_FRAMES, FRAME_RULES } from './rules/index.js';
import { distancingWords } from './rules/distancing.js';
import { classifyQuote } from './rules/quote-class.js';
import { EnglishDoc, Unit } from './unit.js';

/**
 * Voice spans of an English document, in the form German voice detection gives them (sorted by
 * start, outer before inner, well nested; text outside every span is authorial). `scratch` lends
 * its reusable buffers (units, quotations); nothing in it changes what is returned.
 */
export function detectEnglishVoice(input: VoiceInput, scratch: VoiceScratch): VoiceSpan[] {
  const { text, tokens } = input;
  if (text.length === 0 || tokens.length === 0) return [];
  const paragraphs = input.paragraphs.length > 0 ? input.paragraphs : [{ start: 0, end: text.length }];
  const sentences = input.sentences.length > 0 ? input.sentences : paragraphs;
  const flags = input.flags ?? flagsOf(text, tokens);
  const marked = scratch.marked;
  marked.scan(flags, tokens.length);
  const quotes = addSingleQuotes(text, tokens, paragraphs, findQuotes(text, paragraphs, tokens, flags, marked, scratch.quotes), marked);
  const top = topLevel(quotes);
  const units = scratch.units;
  buildUnits(tokens, sentences, paragraphs, quotes, top, flags, marked, input.sentences.length > 0 ? input.sentenceFirsts : undefined, units);
  const items = new Items();
  const other = new Items();
  const personSubject = (n: number): string | undefined => {
    fillItems(other, text, tokens, quotes, top, units.from[n]!, units.to[n]!, units.quote[n]!, flags, null);
    const u = new Unit(doc, other, units.paragraph[n]!);
    const s = leadingSubject(u);
    return s !== null && isPersonPhrase(u, s) ? u.text(s.from, s.to) : undefined;
  };
  const doc = new EnglishDoc(text, tokens, quotes, personSubject);
  for (let n = 0; n < units.n; n++) {
    fillItems(items, text, tokens, quotes, top, units.from[n]!, units.to[n]!, units.quote[n]!, flags, null);
    const u = new Unit(doc, items, units.paragraph[n]!);
    analyseUnit(u);
    if (u.speech === undefined) doc.addPending(n);
    doc.previous = u.speech;
    doc.previousParagraph = u.paragraph;
    let last = u.n - 1;
    while (last >= 0 && u.isPunct(last)) last--;
    doc.endQuote = last >= 0 && u.isQuote(last) ? u.v.ref[last]! : -1;
  }
  const quoted = quotes.map((q, i) => classifyQuote(text, tokens, q, doc.quoteSpeech[i]));
  distancingWords(text, tokens, flags, quotes, doc.distanced);
  insertionSort(doc.reported, 0);
  insertionSort(doc.distanced, 0);
  return nest(doc.reported, quoted, doc.distanced);
}

/** The rules on one unit (rules/index.ts); a unit without a framed speaker takes that of its first quotation. */
function analyseUnit(u: Unit): void {
  for (const rule of BEFORE_FRAMES) rule(u);
  const frames = findFrames(u);
  for (const f of frames) for (const rule of FRAME_RULES) if (rule(u, f)) break;
  for (const rule of AFTER_FRAMES) rule(u);
  if (u.speech === undefined) {
    for (let i = 0; i < u.n; i++) {
      const s = u.isQuote(i) ? u.doc.quoteSpeech[u.v.ref[i]!] : undefined;
      if (s !== undefined) {
        u.speech = s;
        break;
      }
    }
  }
}

const QUOTE_OR_APOSTROPHE = /["'\u2018\u2019\u201c\u201d]/;

/** Per-token flags for tokens given without them: the token kind bits and MAY_QUOTE (as lang/en formFlags). */
function flagsOf(text: string, tokens: Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out[i] = kindBits(text, t.start, t.kind, t.norm) | (t.kind === 'punct' && QUOTE_OR_APOSTROPHE.test(t.norm) ? MAY_QUOTE : 0);
  }
  return out;
}
