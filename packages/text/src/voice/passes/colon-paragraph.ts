// A speaker, a colon at the end of the paragraph, and the quotation in the next paragraph (review
// of 2026-12-07, F1c; the most common German layout for a block quotation). The quotation keeps
// the speaker. Examples (colon-paragraph.test.ts):
//   "Der Abgeordnete Leonid Kalaschnikow schrieb auf Telegram:" ¶ «Это не протесты …»
//        → quoted, "Der Abgeordnete Leonid Kalaschnikow"
//   "Am Freitagmorgen wandte sich Tokajew erneut an die Nation. Wir dokumentieren einen Auszug:" ¶ «Ich habe …»
//        → quoted, "Tokajew" (a documenting sentence: the person of the sentence before)
//   "Die Außenministerin äußerte sich am Abend auf X:" ¶ „Wir verurteilen …“  → "Die Außenministerin"
//   "Der Sprecher sagte:" ¶ Die Lage ist unter Kontrolle. (no marks: the paragraph is quoted)
//   "Dazu heißt es in der Mitteilung der Polizei:" ¶ „…“ → "der Polizei"; "Aus dem Kanzleramt hieß es:" → "dem Kanzleramt";
//   "In einer Erklärung hieß es:" (a document, no issuer named) → the subject of the sentence before
// Look-alikes: "Das Programm des Abends:" ¶ „Die Räuber“ von Schiller … (no verb of saying or
// documenting before the colon); a colon inside a paragraph (block-quotes.ts); a quotation that
// has a speaker of its own ("…“, sagte X) keeps it.
import { CAP, DETERMINER, FUNCTION_WORD, MAY_QUOTE, PREPOSITION, PRONOUN, SPEECH, WORD } from '../cues.js';
import type { RuleContext, Stretch } from './context.js';
import { speechSubject } from './speech-subject.js';
import { isSpeakerPhrase } from '../../speaker-phrase.js';

/** Verbs of making a statement public besides the verbs of saying ("äußerte sich", "wandte sich … an"). */
const STATEMENT_VERBS = /^(äussert|äusserte|äusserten|schrieb|schreibt|postete|postet|twitterte|twittert|erklärte|wandte|wendet|meldete|teilte|kommentierte|sagte|so)$/;
/** Words of a documenting sentence ("Wir dokumentieren einen Auszug:", "im Wortlaut:"). */
const DOCUMENTING = /^(auszug|auszüge|auszügen|wortlaut|dokumentieren|dokumentiert|zitieren|zitiert|wiedergeben|wieder)$/;
/** Subjects that are not the speaker of what follows ("Wir dokumentieren", "Es hieß"). */
const NOT_SPEAKERS = new Set(['wir', 'es', 'man', 'sich', 'hier']);

/** The colons in `colons` that end their paragraph: the next paragraph holds the quotation. */
export function colonParagraphs(c: RuleContext, colons: readonly number[], verbAt: (c: RuleContext, from: number, colon: number) => number): void {
  for (const k of colons) {
    const pn = c.paragraphIndex(k);
    if (pn < 0 || pn + 1 >= c.paragraphs.length || c.paragraphs[pn]!.to !== k + 1) continue;
    const s = c.sentenceOf(k);
    if (s === undefined) continue;
    const speaker = speakerBefore(c, s, k, verbAt);
    if (speaker === undefined) continue;
    const next = c.paragraphs[pn + 1]!;
    if (next.from >= next.to) continue;
    const t = c.doc.tokens;
    if ((c.bits(next.from) & MAY_QUOTE) !== 0) {
      // a quotation filling the next paragraph (no frame of its own after it) with no speaker yet
      const end = t[c.trimEnd(next.from, next.to) - 1]!.end;
      for (const x of c.speechIn(t[next.from]!.start, t[next.to - 1]!.end)) {
        if (x.voice === 'quoted' && x.start === t[next.from]!.start && x.end >= end - 1 && (x.speaker === undefined || x.speaker === 'anonymous')) x.speaker = speaker;
      }
    } else if (c.speechIn(t[next.from]!.start, t[next.to - 1]!.end).length === 0) {
      c.add(next.from, next.to, 'quoted', speaker, ':');
    }
  }
}

/** Who speaks after the colon at `k` in sentence `s`: the subject of its verb of saying, or for a documenting sentence the person of the sentence before. */
function speakerBefore(c: RuleContext, s: Stretch, k: number, verbAt: (c: RuleContext, from: number, colon: number) => number): string | undefined {
  let verb = verbAt(c, s.from, k);
  if (verb < 0) for (let i = s.from; i < k && verb < 0; i++) if (STATEMENT_VERBS.test(c.norm(i)) && (c.bits(i) & WORD) !== 0) verb = i;
  if (verb >= 0) {
    // "Dazu heißt es in der Mitteilung der Polizei:" → "der Polizei"
    const source = c.norm(verb + 1) === 'es' ? (sourceIn(c, verb + 2, k) ?? sourceIn(c, s.from, verb)) : undefined;
    if (source !== undefined) return source;
    const who = speechSubject(c, s.from, verb, k);
    if (who !== undefined && !NOT_SPEAKERS.has(who.toLowerCase()) && isSpeakerPhrase(who)) return who;
  }
  let documenting = false;
  for (let i = s.from; i < k; i++) if (DOCUMENTING.test(c.norm(i))) documenting = true;
  if (!documenting && verb < 0) return undefined;
  // the sentence before in the paragraph: "Am Freitagmorgen wandte sich Tokajew … an die Nation."
  const n = c.sentenceIndex(s.from);
  const before = n > 0 ? c.sentences[n - 1]! : undefined;
  if (before === undefined || c.paragraphIndex(before.from) !== c.paragraphIndex(s.from)) return undefined;
  const v = finiteVerb(c, before);
  return v < 0 ? undefined : speechSubject(c, before.from, v, before.to);
}

/** Documents that do not speak themselves: the genitive after them does ("in der Mitteilung der Polizei"). */
const DOCUMENT = /^(erklärung|mitteilung|pressemitteilung|stellungnahme|schreiben|brief|bericht|text|papier)$/;

/** The source named in "es in der Mitteilung der Polizei" / "es aus dem Ministerium" (tokens [from, to)), or undefined. */
function sourceIn(c: RuleContext, from: number, to: number): string | undefined {
  if (!/^(in|im|aus|auf|bei|beim|von|vom)$/.test(c.norm(from))) return undefined;
  let np = from + 1;
  let end = c.phraseEnd(np, to);
  if (end <= np) return undefined;
  // the document's genitive: "der Mitteilung der Polizei"
  for (let i = np; i < end; i++) {
    if (!DOCUMENT.test(c.norm(i))) continue;
    if (i + 1 < end && (c.bits(i + 1) & DETERMINER) !== 0) {
      np = i + 1;
      end = c.phraseEnd(np, to);
      return end > np ? c.slice(np, end) : undefined;
    }
    return undefined; // "in einer Erklärung": who issued it is not named here
  }
  return c.slice(np, end);
}

/** The finite verb of a main clause: the first lower-case word after the first constituent's capitalised word. */
function finiteVerb(c: RuleContext, s: Stretch): number {
  for (let i = s.from + 1; i < s.to; i++) {
    const b = c.bits(i);
    if ((b & SPEECH) !== 0) return i;
    if ((b & (WORD | CAP | DETERMINER | PREPOSITION | FUNCTION_WORD | PRONOUN)) === WORD && (c.bits(i - 1) & (WORD | CAP)) === (WORD | CAP)) return i;
  }
  return -1;
}
