// Rule: unmarked block quotations. After a speaker or source and a colon, sentences with no
// quotation marks are that speaker's words up to the end of the paragraph; a following paragraph
// continues them only when it starts with a dash. Interview and court-report labels ("Präs.:",
// "SPIEGEL:") at the start of consecutive paragraphs quote the paragraph with the label as speaker;
// in an interview the interviewer's questions stay the outlet's and the answers are the
// interviewee's (interview.ts).
//   "Putin sagte: Die Lage ist unter Kontrolle. Wir werden niemanden im Stich lassen."  quoted, Putin
//   "Die „Times“ schreibt: Die Regierung hat jede Glaubwürdigkeit verloren."              quoted
//   "Präs.: Sie waren also am Bahnhof?" / "Angekl.: Nein, ich war zu Hause."               quoted
// Look-alikes: "Die Bilanz des Tages: drei Tote." / "Eines ist klar: Die Regierung hat …" /
// "Der Plan sieht zwei Schritte vor: …" (no verb of saying before the colon); "Fazit: …" alone
// (a label only counts when a neighbouring paragraph has one too).
import { ATTRIBUTION, CAP, DETERMINER, FUNCTION_WORD, MAY_QUOTE, PREPOSITION, PUNCT, SEP, SPEECH, WORD } from '../cues.js';
import type { RuleContext } from './context.js';
import { speechSubject } from './speech-subject.js';
import { attributesNothing } from './no-attribution.js';
import { speechVerbAt } from './speech-complements.js';
import { CUE_COLON } from './words.js';
import { answerSpeaker, interviewLayout, questionSpeakers } from './interview.js';
import { colonParagraphs } from './colon-paragraph.js';

/** Verbs that introduce a block quotation besides the verbs of saying. */
const BLOCK_VERBS = new Set([
  'kommentiert', 'kommentierte', 'kommentierten', 'fragt', 'fragte', 'fragten', 'titelt', 'titelte', 'urteilt', 'urteilte',
  'resümiert', 'resümierte', 'heisst', 'hiess', 'notiert', 'notierte', 'postete', 'postet', 'schrieb', 'schreibt', 'rief', 'ruft',
]);

const isColon = (c: RuleContext, i: number) => (c.bits(i) & SEP) !== 0 && c.norm(i) === ':';
const isDash = (c: RuleContext, i: number) => /^[-–—]$/.test(c.norm(i));

/** The label of an interview paragraph ("Präs.", "SPIEGEL", "Lindner"): the colon's token index, or -1. */
function labelColon(c: RuleContext, from: number, to: number): number {
  // a label set in bold or italics ("**Frage:**", "__SZ:__"): the marks are skipped, and any word may be the label ("**taz:**")
  const start = skipEmphasis(c, from, to);
  const emphasised = start > from;
  for (let k = start; k < Math.min(to, start + 4); k++) {
    if (isColon(c, k)) return k > start ? k : -1;
    if (isEmphasis(c, k)) continue;
    const b = c.bits(k);
    if ((b & WORD) !== 0 ? !emphasised && ((b & CAP) === 0 || (b & (DETERMINER | FUNCTION_WORD | PREPOSITION)) !== 0) : c.norm(k) !== '.') return -1;
  }
  return -1;
}

const isEmphasis = (c: RuleContext, i: number) => (c.bits(i) & PUNCT) !== 0 && (c.norm(i) === '*' || c.norm(i) === '_');
function skipEmphasis(c: RuleContext, from: number, to: number): number {
  while (from < to && isEmphasis(c, from)) from++;
  return from;
}

/** The label's text ("Frage", "SZ") without emphasis marks, for the paragraph starting at token `from` with its label colon at `colon`. */
function labelText(c: RuleContext, from: number, colon: number): string {
  from = skipEmphasis(c, from, colon);
  let to = colon;
  while (to > from && isEmphasis(c, to - 1)) to--;
  return c.slice(from, to);
}

/** The verb of saying before the colon at `colon` in its sentence, or -1. */
function frameVerb(c: RuleContext, from: number, colon: number): number {
  for (let i = colon - 1; i >= from; i--) {
    if (attributesNothing(c, i)) return -1;
    if ((c.bits(i) & SPEECH) !== 0 || BLOCK_VERBS.has(c.norm(i)) || speechVerbAt(c, i, colon)) return i;
  }
  return -1;
}

/** The colon tokens of `c.colons` in [from, to). */
function colonsIn(c: RuleContext, from: number, to: number): readonly number[] {
  let out: number[] | undefined;
  for (const k of c.colons) if (k >= from && k < to) (out ??= []).push(k);
  return out ?? NONE;
}
const NONE: readonly number[] = [];

/**
 * Interview labels by paragraph index: the paragraphs with a colon among their first four tokens,
 * in their first sentence, and capitalised words before it (`labelColon`).
 */
function interviewLabels(c: RuleContext): ReadonlyMap<number, number> {
  let labels: Map<number, number> | undefined; // made for the first label only: most articles have none
  for (const k of c.colons) {
    const pn = c.paragraphOfToken(k);
    if (pn < 0 || labels?.has(pn) === true) continue;
    const para = c.doc.paragraphs[pn]!;
    const from = c.tokenAt(para.start);
    if (k - skipEmphasis(c, from, k) > 3 || ((c.sentenceOf(from)?.cues ?? 0) & CUE_COLON) === 0) continue;
    const label = labelColon(c, from, c.tokenAt(para.end));
    if (label >= 0) (labels ??= new Map()).set(pn, label);
  }
  return labels ?? NO_LABELS;
}
const NO_LABELS: ReadonlyMap<number, number> = new Map();

export function blockQuotes(c: RuleContext): void {
  if (c.colons.length === 0) return;
  // interview labels: only paragraphs with a colon near their start are looked at
  const labels = interviewLabels(c);
  const layout = labels.size > 1 ? interviewLayout(c, labels, labelText) : undefined;
  for (const [n, label] of labels) {
    if (labels.has(n - 1) || labels.has(n + 1)) {
      const p = c.paragraphs[n]!;
      const text = labelText(c, p.from, label);
      // the interviewer's questions are the outlet's own ("Frage:", "SZ:"): left to the other rules
      if (layout !== undefined && text === layout.interviewer) {
        questionSpeakers(c, label, p.to, text);
        continue;
      }
      c.add(skipEmphasis(c, label + 1, p.to), p.to, 'quoted', layout !== undefined ? answerSpeaker(layout, text) : text, ':');
    }
  }
  // a colon ending its paragraph: the quotation in the next one (colon-paragraph.ts)
  colonParagraphs(c, c.colons, frameVerb);
  // colons after a verb of saying
  let done = 0; // tokens before this are in a block already
  for (let n = 0; n < c.sentences.length; n++) {
    const s = c.sentences[n]!;
    if ((s.cues & CUE_COLON) === 0 || s.to <= done) continue;
    for (const k of colonsIn(c, Math.max(s.from + 1, done), s.to - 1)) {
      // a sentence follows the colon (a capital letter), not a list ("ihre Forderungen: völliger Wechsel …")
      if ((c.bits(k + 1) & MAY_QUOTE) !== 0 || (c.bits(k + 1) & (WORD | CAP)) !== (WORD | CAP)) continue;
      const verb = frameVerb(c, s.from, k);
      if (verb < 0) continue;
      const pn = c.paragraphIndex(k);
      const p = c.paragraphs[pn]!;
      const label = labels.get(pn);
      if (label !== undefined && label <= k) continue; // an interview paragraph
      // up to the paragraph end, or the next sentence with an attribution of its own (a verb of
      // saying, "laut", a quotation) or that opens a block of its own
      let end = p.to;
      for (let m = n + 1; m < c.sentences.length; m++) {
        const t = c.sentences[m]!;
        if (t.from >= p.to) break;
        if ((t.bits & (SPEECH | ATTRIBUTION | MAY_QUOTE)) !== 0) {
          end = t.from;
          break;
        }
        if ((t.cues & CUE_COLON) === 0) continue;
        let own = -1;
        for (const j of colonsIn(c, t.from, t.to)) if (own < 0 && frameVerb(c, t.from, j) >= 0) own = j;
        if (own >= 0) {
          end = t.from;
          break;
        }
      }
      const inside = c.speechIn(c.doc.tokens[k + 1]!.start, c.doc.tokens[end - 1]!.end);
      const found = inside.find((x) => x.speaker !== undefined && x.speaker !== 'anonymous')?.speaker;
      const speaker = found ?? speechSubject(c, s.from, verb, k);
      if (c.add(k + 1, end, 'quoted', speaker, ':') === undefined) continue;
      if (end === p.to) dashParagraphs(c, pn + 1, speaker);
      done = end;
      break;
    }
  }
}

/** Paragraphs after a block quotation that start with a dash continue it. */
function dashParagraphs(c: RuleContext, n: number, speaker: string | undefined): void {
  for (; n < c.paragraphs.length; n++) {
    const p = c.paragraphs[n]!;
    if (!isDash(c, p.from) || (c.bits(p.from) & PUNCT) === 0) return;
    c.add(p.from + 1, p.to, 'quoted', speaker, '–');
  }
}
