// Rule 8, quotation classification: every quotation is quoted (a clause, an utterance, or framed
// by a speaker), distanced (a scare quote), or a name. Examples (rules/quote-class.test.ts):
//
// Handles:
//   Sie gehören zu der „Friedenstruppe“, …  eine »Antiterroroperation« verkündet  (no clause, no speaker: distanced)
//   Kommentatoren bezeichnen den Aufstand in Kasachstan als „Smuta“.  (framed by a speaker: quoted, even one word)
//   laut dem Portal „Vlast“, Die Zeitung „Bild“ berichtete …  (after a name-introducing noun: name)
//   des russischen Investigativmediums »The Insider«  (a foreign function word: name)
//   die von Russland geführte „Organisation des Vertrags über kollektive Sicherheit“  (an institution: name, transparent)
// Must not touch:
//   Die Verantwortlichen für die „Smuta“ im Nachbarland …  (no speaker: distanced, not quoted)
import { FINITE, isUpper, KONJ1 } from '../cues.js';
import { span } from '../helpers.js';
import { FOREIGN_FUNCTION_WORDS, INSTITUTION_HEADS, NAME_INTRODUCERS } from '../lexicon.js';
import { isWhiteSpace } from '../quotes.js';
import type { Token, VoiceSpan } from '../../types.js';
import type { QuoteSpan, Speech } from '../types.js';

/** Quotation `q` as a span: quoted (with the speech that frames it, if any), distanced or name. */
export function classifyQuote(text: string, tokens: Token[], flags: Int32Array, quotes: QuoteSpan[], q: number, speech: Speech | undefined): VoiceSpan {
  const qs = quotes[q]!;
  const marks = markCue(qs.open, qs.closed ? text.charCodeAt(qs.end - 1) : -1);
  // the words (non-punctuation tokens) inside the marks: tokens [lo, hi). Past eight words the
  // quotation is a clause whatever else holds, so counting stops there.
  const lo = qs.token + 1; // the first token after the opening mark
  let hi = lo;
  let words = 0;
  let finite = false;
  for (; hi < tokens.length && tokens[hi]!.start < qs.innerEnd; hi++) {
    const w = tokens[hi]!;
    if (w.kind === 'punct') continue;
    if (++words > 8) break;
    const f = flags[hi]!;
    if (!finite && (f & (FINITE | KONJ1)) !== 0 && !isUpper(text, w.start)) finite = true;
  }
  // sentence punctuation matters only for a short stretch without a finite verb
  const utterance = !finite && words <= 8 && isUtterance(text, qs.innerStart, qs.innerEnd);

  if (!utterance && !finite && words > 0 && words <= 8) {
    const introducer = nameIntroducer(text, tokens[qs.token - 1]);
    if (introducer !== null) return { start: qs.start, end: qs.end, voice: 'name', cue: introducer };
    let first = lo;
    while (tokens[first]!.kind === 'punct') first++;
    if (words >= 2 && INSTITUTION_HEADS.has(tokens[first]!.norm)) return { start: qs.start, end: qs.end, voice: 'name', cue: marks };
    for (let i = first; i < hi; i++) {
      if (FOREIGN_FUNCTION_WORDS.has(tokens[i]!.norm)) return { start: qs.start, end: qs.end, voice: 'name', cue: marks };
    }
  }
  const clause = words > 4 || utterance || finite || precededByColon(text, qs.start);
  if (clause || speech !== undefined) return span(qs.start, qs.end, 'quoted', speech === undefined ? { speaker: undefined, cue: marks } : { speaker: speech.speaker, cue: marks });
  return { start: qs.start, end: qs.end, voice: 'distanced', cue: marks };
}

/** The common noun right before a quotation that makes it a name ("dem Portal „Vlast“"), or null. */
export function nameIntroducer(text: string, prev: Token | undefined): string | null {
  if (prev === undefined || prev.kind !== 'word' || !isUpper(text, prev.start)) return null;
  const n = prev.norm;
  // does the norm end in one of the forms? only forms sharing its last letters can
  if (n.length < NAME_INTRODUCER_KEY) return null;
  const candidates = NAME_INTRODUCERS_BY_END.get(endKey(n));
  if (candidates === undefined) return null;
  for (let k = 0; k < candidates.length; k++) if (n.endsWith(candidates[k]!)) return text.slice(prev.start, prev.end);
  return null;
}

/** Every name-introducing noun with its case endings ("Portal", "Portals", "Portale" …), built once. */
const NAME_INTRODUCER_FORMS: readonly string[] = [...NAME_INTRODUCERS].flatMap((noun) => ['', 's', 'es', 'n', 'en', 'e'].map((e) => noun + e));
/** The forms grouped by their last NAME_INTRODUCER_KEY letters (as a number: no substring per look-up). */
const NAME_INTRODUCER_KEY = Math.min(3, ...NAME_INTRODUCER_FORMS.map((f) => f.length));
const NAME_INTRODUCERS_BY_END = new Map<number, string[]>();
function endKey(s: string): number {
  let key = 0;
  for (let i = s.length - NAME_INTRODUCER_KEY; i < s.length; i++) key = key * 0x10000 + s.charCodeAt(i);
  return key;
}
for (const form of NAME_INTRODUCER_FORMS) {
  const key = endKey(form);
  const list = NAME_INTRODUCERS_BY_END.get(key);
  if (list === undefined) NAME_INTRODUCERS_BY_END.set(key, [form]);
  else list.push(form);
}

function precededByColon(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x3a;
}

/** The quotation's marks as its cue ("„…“", "»…«", "„…" when unclosed); `close` -1 when unclosed. */
function markCue(open: number, close: number): string {
  return MARK_CUES.get(open * 0x20000 + (close + 1)) ?? cueText(open, close);
}

function cueText(open: number, close: number): string {
  return `${String.fromCharCode(open)}…${close >= 0 ? String.fromCharCode(close) : ''}`;
}

/** The cue strings of every pair of quotation marks (built once: one string per pair, not per quotation). */
const MARK_CODES = [0x201e, 0x201c, 0x201d, 0x22, 0xbb, 0xab, 0x201a, 0x2018, 0x2019, 0x203a, 0x2039, 0x27];
const MARK_CUES: ReadonlyMap<number, string> = new Map(
  MARK_CODES.flatMap((open) => [-1, ...MARK_CODES].map((close): [number, string] => [open * 0x20000 + (close + 1), cueText(open, close)])),
);

/** Sentence punctuation inside a quotation: at its (trimmed) end, or . ! ? before white space. */
function isUtterance(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e === start) return false;
  const last = text.charCodeAt(e - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026) return true;
  for (let i = start; i < e - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && isWhiteSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}
