import type { Doc } from '../types.js';
import type { NegationScope, Sentence, Word } from './types.js';

/**
 * The sentences of a document as word lists for the negation rules; with `only`, just the
 * sentences whose index it holds (the others are not built).
 */
export function sentenceWords(doc: Doc, only?: ReadonlySet<number>): Sentence[] {
  const out: Sentence[] = [];
  let t = 0;
  const tokens = doc.tokens;
  for (const [index, s] of doc.sentences.entries()) {
    if (only !== undefined && !only.has(index)) continue;
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const words: Word[] = [];
    for (let k = t; k < tokens.length && tokens[k]!.start < s.end; k++) {
      const tok = tokens[k]!;
      const c = doc.text[tok.start] ?? '';
      words.push({ norm: tok.norm, start: tok.start, end: tok.end, cap: c !== c.toLowerCase(), punct: tok.kind === 'punct' });
    }
    const last = [...words].reverse().find((w) => w.punct && !QUOTES.has(w.norm));
    out.push({ words, question: last?.norm === '?' });
  }
  return out;
}

const QUOTES = new Set(['"', "'", '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹']);

/** Punctuation that ends a clause (quotation marks do not). */
export function isClauseBreak(w: Word): boolean {
  return w.punct && !QUOTES.has(w.norm);
}

/** Conjunctions that open a new clause or an affirmed contrast: the scope of "nicht" ends before them. */
const CLAUSE_WORDS = new Set(['und', 'oder', 'sondern', 'aber', 'doch', 'denn', 'weil', 'dass', 'ob', 'obwohl', 'wenn', 'sowie', 'jedoch', 'während']);

/** Index of the first word after `from` that ends the clause (punctuation or, with `conjunctions`, a clause word), or words.length. */
export function clauseEnd(words: readonly Word[], from: number, conjunctions = true): number {
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (isClauseBreak(w)) return i;
    if (conjunctions && CLAUSE_WORDS.has(w.norm)) return i;
  }
  return words.length;
}

/** Prepositions and genitive articles that attach a phrase to a noun ("Hinweise auf eine Einmischung", "der Vorwurf des Terrors"). */
const ATTACH = new Set(['auf', 'für', 'von', 'vom', 'über', 'gegen', 'zu', 'zur', 'zum', 'mit', 'aus', 'an', 'am', 'um', 'des', 'der', 'eines', 'einer']);
const DETERMINERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'jede', 'jeder', 'jeden', 'jedem', 'jedes']);

/**
 * The end (exclusive word index) of the noun phrase from `from`: lower-case words up to the first
 * capitalised run (the head: "terroristische Banden", "Jazzpianist Juri Ivanov"), then up to two
 * attached phrases ("Beweise für eine ausländische Einmischung"; `attachments` sets how many). Never crosses punctuation or a
 * clause word; `from` itself when no head follows within five words.
 */
export function nounPhraseEnd(words: readonly Word[], from: number, attachments = 2): number {
  const limit = clauseEnd(words, from);
  const head = (i: number): number => {
    let k = i;
    while (k < limit && k - i < 5 && !words[k]!.cap) k++;
    if (k >= limit || k - i >= 5) return -1;
    while (k < limit && (words[k]!.cap || /^\d/.test(words[k]!.norm))) k++;
    return k;
  };
  let end = head(from);
  if (end < 0) return from;
  for (let n = 0; n < attachments && end < limit && ATTACH.has(words[end]!.norm); n++) {
    let k = end + 1;
    if (k < limit && DETERMINERS.has(words[k]!.norm)) k++;
    const e = head(k);
    if (e < 0) break;
    end = e;
  }
  return end;
}

/** A scope over words [from, to) of a sentence, or nothing when it is empty. */
export function scope(words: readonly Word[], from: number, to: number, cue: string, rule: string): NegationScope[] {
  if (to <= from) return [];
  return [{ start: words[from]!.start, end: words[to - 1]!.end, cue, rule }];
}

/** Index of the next word (not punctuation) after i, or -1. */
export function nextWord(words: readonly Word[], i: number): number {
  for (let k = i + 1; k < words.length; k++) if (!words[k]!.punct) return k;
  return -1;
}

/** The norm of word i, or '' outside the sentence. */
export const normAt = (words: readonly Word[], i: number): string => words[i]?.norm ?? '';

/**
 * Head nouns whose complement is what they are about, so a negation of the head reaches it:
 * evidence ("keine Hinweise auf eine Einmischung", "ohne Beweise für eine Verschwörung"), reports
 * and accusations, links, plans and orders, dangers. Compounds count by their last part
 * ("Augenzeugenberichte", "Schießbefehl"). Other heads keep their complement out ("keine Gewalt
 * gegen Demonstranten", "keine Zahl der getöteten Demonstranten").
 */
const CONTENT_NOUN =
  /(hinweis|beweis|beleg|anzeichen|indiz|indizi|spur|nachweis|bericht|meldung|gerücht|vorwurf|vorwürf|behauptung|verdacht|verbindung|kontakt|plan|pläne|absicht|befehl|anordnung|gefahr|risiko|risike|rede|zeichen)(e|en|es|s|n|er)?$/u;

/** Whether a (case-folded) noun is a head whose complement a negation reaches (see CONTENT_NOUN). */
export const isContentNoun = (norm: string): boolean => CONTENT_NOUN.test(norm);

/** Prepositions that attach an origin or an agent to a noun: "keine Einmischung aus dem Ausland" denies the origin too. */
export const ORIGIN = new Set(['von', 'vom', 'aus']);

/** Whether word `at` is a preposition or genitive article that attaches a phrase to a noun (see nounPhraseEnd). */
export const attaches = (words: readonly Word[], at: number): boolean => ATTACH.has(normAt(words, at));
