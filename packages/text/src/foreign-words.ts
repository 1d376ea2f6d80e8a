/**
 * Words of another language inside an article: a Russian quotation or a French paragraph in a
 * German article. They are not words of the article's language, so they must not become that
 * language's distinctive words or lexicon suggestions ("la", "de", "это" as a Swiss paper's most
 * German words).
 *
 * Examples (a German article, language "de"):
 * - «Это провокация», schrieb Kalaschnikow. → "Это", "провокация": another script (Cyrillic).
 * - Le Quai d'Orsay a appelé à la retenue et au dialogue. → every word: the sentence's stop words
 *   are French ("le", "a", "à", "la", "et", "au"), none German-only.
 * - Macron sprach von einer «révolution de couleur». → nothing: German stop words lead the sentence.
 * - Die Band spielte «Yesterday». → nothing: one foreign word is no passage.
 *
 * Rules:
 * 1. Another script: a word with a letter but no letter in the article language's script (Latin for
 *    de, en, fr…; Cyrillic for ru, uk, kk…; Greek, Arabic, Hebrew, Han/kana, Hangul) is marked
 *    OTHER_SCRIPT. Unknown language codes: no script rule.
 * 2. Same script, another language: in a sentence of at least MIN_SENTENCE_WORDS words, the words
 *    that are stop words only of language X (not of the article's language: "des" is German and
 *    French, so it counts for neither) are counted against those only of the article's language;
 *    when X has at least MIN_FOREIGN_STOPWORDS of them, they are at least FOREIGN_SHARE of the
 *    sentence's words and the article's own are at most half as many, every word of the sentence
 *    is marked OTHER_LANGUAGE. The same test on a whole paragraph marks each of its sentences
 *    that holds other-language stop words and no more of its own (a French paragraph's first
 *    sentence may hold only two French stop words; "Die Lage blieb angespannt." after an English
 *    quotation in the same paragraph stays German). An elided word counts by
 *    its second part (d'un → un). Languages compared: those with a `stopword` list below
 *    (en, de, fr, es, it, pt, nl, pl); an article language without a list gets no such rule.
 * The script rule is certain (no German lexicon term is Cyrillic); the stop-word rule is a
 * judgement on a sentence, so callers keep OTHER_LANGUAGE words in word counts and leave them out
 * of term statistics only (see packages/aggregate/README.md, "Word tokens").
 */
import { deu, eng, fra, ita, nld, pol, por, spa } from 'stopword';
import type { FormIds } from './form-memo.js';
import { foldKey } from './normalize.js';
import type { Doc } from './types.js';

export const OTHER_SCRIPT = 1;
export const OTHER_LANGUAGE = 2;
export const MIN_SENTENCE_WORDS = 4;
export const MIN_FOREIGN_STOPWORDS = 3;
export const FOREIGN_SHARE = 0.25;

const STOPWORD_LISTS: Record<string, readonly string[]> = { en: eng, de: deu, fr: fra, es: spa, it: ita, pt: por, nl: nld, pl: pol };
const LISTED = Object.keys(STOPWORD_LISTS);

/** folded stop word → one bit per language of LISTED whose list has it (a constant table) */
const STOP_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  LISTED.forEach((code, i) => {
    for (const w of STOPWORD_LISTS[code]!) {
      const k = foldKey(w);
      bits.set(k, (bits.get(k) ?? 0) | (1 << i));
    }
  });
  return bits;
})();

const SCRIPT_OF: Record<string, string> = {
  ru: 'Cyrillic', uk: 'Cyrillic', be: 'Cyrillic', bg: 'Cyrillic', mk: 'Cyrillic', sr: 'Cyrillic', kk: 'Cyrillic', ky: 'Cyrillic', mn: 'Cyrillic', tg: 'Cyrillic',
  el: 'Greek', ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', he: 'Hebrew', yi: 'Hebrew', zh: 'Han', ja: 'Han', ko: 'Hangul', ka: 'Georgian', hy: 'Armenian', th: 'Thai', hi: 'Devanagari',
};
/** two- and three-letter codes written in the Latin script (the common case: every listed stop-word language) */
const LATIN = new Set(['de', 'en', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'bs', 'hu', 'ro', 'tr', 'sv', 'da', 'no', 'nb', 'nn', 'fi', 'et', 'lv', 'lt', 'ga', 'ca', 'eu', 'gl', 'is', 'sq', 'mt', 'lb', 'rm', 'cy', 'af', 'id', 'ms', 'vi', 'sw', 'uz', 'az', 'tk']);

/** a letter outside the language's script(s); undefined when the language's script is not known */
function otherScriptLetter(language: string): RegExp | undefined {
  const script = LATIN.has(language) ? 'Latin' : SCRIPT_OF[language];
  if (!script) return undefined;
  // Japanese mixes Han with kana: both are its own
  const own = language === 'ja' ? '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}' : `\\p{Script=${script}}`;
  return new RegExp(`[\\p{L}--[${own}]]`, 'v');
}

export interface ForeignWords {
  /** per token of `doc.tokens`: 0, OTHER_SCRIPT or OTHER_LANGUAGE (word tokens only) */
  kinds: Uint8Array;
  /** word tokens marked OTHER_SCRIPT */
  otherScript: number;
  /** word tokens marked OTHER_LANGUAGE */
  otherLanguage: number;
}

/**
 * The words of `doc` that are not in `language` (ISO 639-1, the article's), by the rules above;
 * undefined when there are none (most articles), so callers pay one test per word. `forms`: the
 * tokens' form ids and their analyzer's memo (the map step), so that each distinct word's stop-word
 * lists and script are looked up once per analyzer, not once per token.
 */
export function foreignWords(doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'paragraphs'>, language: string, forms?: FormIds): ForeignWords | undefined {
  const tokens = doc.tokens;
  let kinds: Uint8Array | undefined;
  let otherScript = 0;
  let otherLanguage = 0;
  const other = otherScriptLetter(language);
  if (other && forms !== undefined) {
    // per form: 1 when the word has a letter of another script and none of its own
    const memo = forms.memo.table(`other-script ${language}`);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const f = forms.form[i]!;
      const known = memo.get(f, t.norm) ?? memo.set(f, t.norm, other.test(t.norm) && !ownLetter(t.norm, other) ? 1 : 0);
      if (known === 0) continue;
      kinds ??= new Uint8Array(tokens.length);
      kinds[i] = OTHER_SCRIPT;
      otherScript++;
    }
  } else if (other && other.test(doc.text)) {
    // one scan of the text finds whether any letter is in another script at all
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !other.test(t.norm) || ownLetter(t.norm, other)) continue;
      kinds ??= new Uint8Array(tokens.length);
      kinds[i] = OTHER_SCRIPT;
      otherScript++;
    }
  }
  const own = LISTED.indexOf(language);
  if (own >= 0) {
    const ownBit = 1 << own;
    const bits = stopBits(tokens, forms);
    const foreign = new Int32Array(LISTED.length);
    const paragraphs = doc.paragraphs.filter((p) => passes(stopCounts(bits, tokenRange(tokens, p), ownBit, foreign)));
    let p = 0;
    for (const s of doc.sentences) {
      const [first, end] = tokenRange(tokens, s);
      const counts = stopCounts(bits, [first, end], ownBit, foreign);
      while (p < paragraphs.length && paragraphs[p]!.end <= s.start) p++;
      const inForeignParagraph = p < paragraphs.length && paragraphs[p]!.start <= s.start;
      // in a paragraph of another language, a sentence with its stop words is marked unless its own lead
      if (!passes(counts) && !(inForeignParagraph && counts.most > 0 && counts.ownOnly <= counts.most)) continue;
      for (let i = first; i < end; i++) {
        if (tokens[i]!.kind !== 'word' || kinds?.[i]) continue;
        kinds ??= new Uint8Array(tokens.length);
        kinds[i] = OTHER_LANGUAGE;
        otherLanguage++;
      }
    }
  }
  return kinds ? { kinds, otherScript, otherLanguage } : undefined;
}

/** Bits of a word's stop-word lists; a word not on any list has NO_LIST, a token that is no word NOT_A_WORD. */
const NO_LIST = 0;
const NOT_A_WORD = -1;

/** The lists of a word (its norm): STOP_BITS, an elided article or pronoun by its second part (d'un, qu'il, l'on). */
function listsOf(norm: string): number {
  const apostrophe = norm.indexOf("'");
  return STOP_BITS.get(norm) ?? (apostrophe > 0 ? STOP_BITS.get(norm.slice(apostrophe + 1)) : undefined) ?? NO_LIST;
}

/** Per token: its stop-word lists (`listsOf`), or NOT_A_WORD; with `forms`, each form looked up once. */
function stopBits(tokens: Doc['tokens'], forms: FormIds | undefined): Int32Array {
  const out = new Int32Array(tokens.length);
  const memo = forms?.memo.table('foreign-stopword-lists');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') out[i] = NOT_A_WORD;
    else if (memo === undefined) out[i] = listsOf(t.norm);
    else {
      const f = forms!.form[i]!;
      out[i] = memo.get(f, t.norm) ?? memo.set(f, t.norm, listsOf(t.norm));
    }
  }
  return out;
}

/** whether a word has a letter of the article's own script (a word with any such letter is kept) */
function ownLetter(word: string, other: RegExp): boolean {
  for (const ch of word) if (/\p{L}/u.test(ch) && !other.test(ch)) return true;
  return false;
}

/** The tokens [first, end) that start inside `span` (a binary search: spans come in text order). */
function tokenRange(tokens: Doc['tokens'], span: { start: number; end: number }): [number, number] {
  const at = (pos: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [at(span.start), at(span.end)];
}

interface StopCounts {
  words: number;
  /** stop words of the article's language only */
  ownOnly: number;
  /** stop words of one other language only (the other language with the most) */
  most: number;
}

/** The counts of the tokens [from, to) by their lists (`stopBits`); `foreign`: scratch, one slot per listed language. */
function stopCounts(bits: Int32Array, [from, to]: [number, number], ownBit: number, foreign: Int32Array): StopCounts {
  let words = 0;
  let ownOnly = 0;
  foreign.fill(0);
  for (let i = from; i < to; i++) {
    const b = bits[i]!;
    if (b === NOT_A_WORD) continue;
    words++;
    if (b === NO_LIST) continue;
    if (b & ownBit) {
      // a stop word of both languages counts for neither
      if (b === ownBit) ownOnly++;
      continue;
    }
    for (let k = 0; k < LISTED.length; k++) if (b & (1 << k)) foreign[k]!++;
  }
  let most = 0;
  for (let k = 0; k < foreign.length; k++) if (foreign[k]! > most) most = foreign[k]!;
  return { words, ownOnly, most };
}

/** The stop-word rule (2): mostly stop words of one other language. */
const passes = ({ words, ownOnly, most }: StopCounts): boolean =>
  words >= MIN_SENTENCE_WORDS && most >= MIN_FOREIGN_STOPWORDS && most >= FOREIGN_SHARE * words && ownOnly * 2 <= most;
