import {
  ATTRIBUTION_POSTPOSITIONS,
  ATTRIBUTION_PREPOSITIONS,
  COMPLEMENTISERS,
  DETERMINERS,
  DISTANCING_PREFIXES,
  FINITE_VERBS,
  FUNCTION_WORDS,
  HEARSAY_MODALS,
  IRREALIS_OPENERS,
  KONJUNKTIV_I,
  KONJUNKTIV_II,
  NAMING_VERBS,
  NON_COMPLEMENT_OPENERS,
  PERFECT_AUX,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  REPORT_NOUN_TAILS,
  REPORT_NOUNS,
  REPORTING_OF,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  STRONG_SPEECH_VERBS,
} from './lexicon.js';
import { SENTENCE_FINAL_ABBREVIATIONS } from '../abbreviations.js';
import { cueBits } from './passes/words.js';
import type { TokenKind } from '../types.js';

// Per-form voice flags: computed once per distinct surface form by the tokenizer (tokenize.ts keeps
// them in its intern table), so voice detection tests a token with one array read.

/**
 * The form holds a quotation mark or an apostrophe („ “ ” " » « ‚ ‹ › ', as folded: ‘ ’ become '):
 * its punctuation tokens may be quotation marks. Lets voice detection find the marks from the
 * flags alone, without visiting every token.
 */
export const MAY_QUOTE = 1;
/** On KONJUNKTIV_I, KONJUNKTIV_II, HEARSAY_MODALS, SPEECH_VERBS, SPEECH_NOUNS. */
export const KONJ1 = 2;
export const KONJ2 = 4;
export const HEARSAY = 8;
export const SPEECH = 16;
export const SPEECH_NOUN = 32;
/** An attribution preposition or postposition ("laut", "zufolge") or "nach". */
export const ATTRIBUTION = 64;
/** May be a distancing word (`mayDistance`: so, sog, sog., selbst, sogenannt…, angeblich…). */
export const MAY_DISTANCE = 128;
/** An abbreviation that ends a sentence with its dot ("usw.", "etc."): SENTENCE_FINAL_ABBREVIATIONS. */
export const SENTENCE_FINAL = 256;
/**
 * A cue that may start reported speech or attribution (every cue except the distancing words): a
 * unit without a quotation, without such a word and without a clause opening with "so" ("…, so die
 * Agentur") gets no clause analysis (its only voice spans are distancing words).
 */
export const ANALYSE = 512;
/** The form may signal speech, attribution or distancing (`isCue`): a mask, either bit says so. */
export const CUE = ANALYSE | MAY_DISTANCE;
/** Word classes read by the speaker phrases (speakers.ts): FUNCTION_WORDS, DETERMINERS, PRONOUNS, PREPOSITIONS, FINITE_VERBS. */
export const FUNCTION_WORD = 1024;
export const DETERMINER = 2048;
export const PRONOUN = 4096;
export const PREPOSITION = 8192;
export const FINITE = 16384;
/** Ends like an adjective: -e, -en, -er, -es, -em. */
export const ADJECTIVE_ENDING = 32768;
// Bits 16–21 are the token bits below. Word classes the clause analysis tests on a few words
// (bits 22–30), so that it reads a bit instead of looking the norm up in a Set:
/** STRONG_SPEECH_VERBS */
export const STRONG_SPEECH = 1 << 22;
/** NAMING_VERBS and forms of "rufen" (rief …) and "fordern" (forder…) */
export const NAMING = 1 << 23;
/** REPORTING_OF: "sprach von", "berichtete von" */
export const REPORTING = 1 << 24;
/** COMPLEMENTISERS: "dass", "ob" */
export const COMPLEMENTISER = 1 << 25;
/** NON_COMPLEMENT_OPENERS */
export const NON_COMPLEMENT_OPENER = 1 << 26;
/** RELATIVE_PRONOUNS */
export const RELATIVE_PRONOUN = 1 << 27;
/** IRREALIS_OPENERS: "als", "ob" (before a Konjunktiv: "als ob sie … wäre") */
export const IRREALIS_OPENER = 1 << 28;
/** PERFECT_AUX: "haben", "sein" */
export const PERFECT_AUXILIARY = 1 << 29;
/**
 * A word of the news passes' lists (passes/words.ts CUE_TABLE: particle verbs and nouns of saying,
 * opinion nouns, "sich", "wie", "demnach"): RuleContext looks up the cue bits of these tokens only.
 * (Bit 30 held FOREIGN_FUNCTION_WORD until 2026-12-07; quote-class.ts now reads that Set on the few
 * words of a short quotation.)
 */
export const NEWS_CUE = 1 << 30;
// Bit 31 is reserved: flags are never negative, and sentences.ts passes -1 for "no flags".

// Token bits (16–21, between the norm's flag bits 0–15 and 22–30): what kind of token the form is. They depend on the
// surface form alone (a capital first letter, a clause separator), so the tokenizer stores them with
// the form's flags and voice detection reads a token's kind from one array.
/** First letter upper case (nouns, names, sentence starts). */
export const CAP = 1 << 16;
export const WORD = 1 << 17;
export const NUMBER = 1 << 18;
export const PUNCT = 1 << 19;
// 1 << 20 is QUOTE, an item that is a whole quotation (items.ts)
/** A clause separator: , ; : - – — */
export const SEP = 1 << 21;
/**
 * The forms voice detection visits one by one (the others it reads only inside units it analyses):
 * cue and attribution words, quotation marks, the words of the news passes.
 */
export const MARK_BITS = CUE | ATTRIBUTION | MAY_QUOTE | NEWS_CUE;
/** The marked forms the units are built from (buildUnits): all but the news passes' words. */
export const UNIT_MARK_BITS = CUE | ATTRIBUTION | MAY_QUOTE;
/** All token bits (a token's flags are `formFlags(norm)` plus these). */
export const TOKEN_KIND_BITS = CAP | WORD | NUMBER | PUNCT | SEP;

/**
 * The flags the tokenizer keeps per surface form: `formFlags(norm)` and the token bits (WORD and
 * CAP, PUNCT and SEP, or NUMBER).
 */
export function tokenBits(surface: string, kind: TokenKind, norm: string): number {
  return formFlags(norm) | kindBits(surface, 0, kind, norm);
}

/** The token bits of a token of `kind` starting at `start` in `text`. */
export function kindBits(text: string, start: number, kind: TokenKind, norm: string): number {
  if (kind === 'word') return isUpper(text, start) ? WORD | CAP : WORD;
  if (kind === 'punct') return isSeparatorNorm(norm) ? PUNCT | SEP : PUNCT;
  return NUMBER;
}

/** , ; : - – — (the clause separators) by char code. */
export function isSeparatorNorm(norm: string): boolean {
  if (norm.length !== 1) return false;
  const c = norm.charCodeAt(0);
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2d || c === 0x2013 || c === 0x2014;
}

/** An upper-case letter at `i` (read by char code for ASCII and Latin-1). */
export function isUpper(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x61 && code <= 0x7a) return false; // a-z
  if (code >= 0x41 && code <= 0x5a) return true; // A-Z
  if (code < 0x80) return false;
  if (code <= 0xff) return code >= 0xc0 && code <= 0xde && code !== 0xd7; // Latin-1: À–Þ (Ä Ö Ü) but ×
  const c = text[i]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Words that can signal speech, attribution or a speaker: a unit without any is authorial. */
const CUES: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS, ...KONJUNKTIV_I, ...KONJUNKTIV_II, ...HEARSAY_MODALS, ...ATTRIBUTION_PREPOSITIONS,
  ...ATTRIBUTION_POSTPOSITIONS, ...SPEECH_NOUNS, ...REPORT_NOUNS, 'demnach',
]);

/** A cue word, or a compound ending in a report noun ("Polizeiangaben"). "nach" alone is too common to be a cue. */
export function isCue(norm: string): boolean {
  return CUES.has(norm) || mayDistance(norm) || reportTail(norm);
}

/** A compound ending in a report noun ("Polizeiangaben"). */
function reportTail(norm: string): boolean {
  return norm.length > 9 && endsWithAny(norm, REPORT_NOUN_TAILS);
}

/** Does `s` start with one of `prefixes`? (A loop, not `some` with a closure: called per token.) */
export function startsWithAny(s: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (s.startsWith(prefixes[i]!)) return true;
  return false;
}

/** Does `s` end with one of `suffixes`? */
export function endsWithAny(s: string, suffixes: readonly string[]): boolean {
  for (let i = 0; i < suffixes.length; i++) if (s.endsWith(suffixes[i]!)) return true;
  return false;
}

/** First test for a distancing word, on the first two letters (so-, se-, an-, ve-) before any prefix comparison. */
export function mayDistance(norm: string): boolean {
  const c = norm.charCodeAt(0);
  const c2 = norm.charCodeAt(1);
  if (!((c === 0x73 && (c2 === 0x6f || c2 === 0x65)) || (c === 0x61 && c2 === 0x6e) || (c === 0x76 && c2 === 0x65))) return false;
  return norm === 'so' || norm === 'sog' || norm === 'sog.' || norm === 'selbst' || startsWithAny(norm, DISTANCING_PREFIXES);
}

const QUOTE_OR_APOSTROPHE = /["'\u00ab\u00bb\u2018\u2019\u201a\u201c\u201d\u201e\u2039\u203a]/;

/** The flags of a matching key. */
export function formFlags(norm: string): number {
  // isCue(norm) is exactly ANALYSE | MAY_DISTANCE (the mask CUE)
  let f = 0;
  if (mayDistance(norm)) f |= MAY_DISTANCE;
  if (CUES.has(norm) || reportTail(norm)) f |= ANALYSE;
  if (QUOTE_OR_APOSTROPHE.test(norm)) f |= MAY_QUOTE;
  if (SENTENCE_FINAL_ABBREVIATIONS.has(norm)) f |= SENTENCE_FINAL;
  if (KONJUNKTIV_I.has(norm)) f |= KONJ1;
  if (KONJUNKTIV_II.has(norm)) f |= KONJ2;
  if (HEARSAY_MODALS.has(norm)) f |= HEARSAY;
  if (SPEECH_VERBS.has(norm)) f |= SPEECH;
  if (SPEECH_NOUNS.has(norm)) f |= SPEECH_NOUN;
  if (ATTRIBUTION_PREPOSITIONS.has(norm) || ATTRIBUTION_POSTPOSITIONS.has(norm) || norm === 'nach') f |= ATTRIBUTION;
  if (FUNCTION_WORDS.has(norm)) f |= FUNCTION_WORD;
  if (DETERMINERS.has(norm)) f |= DETERMINER;
  if (PRONOUNS.has(norm)) f |= PRONOUN;
  if (PREPOSITIONS.has(norm)) f |= PREPOSITION;
  if (FINITE_VERBS.has(norm)) f |= FINITE;
  if (/(e|en|er|es|em)$/.test(norm)) f |= ADJECTIVE_ENDING;
  if (STRONG_SPEECH_VERBS.has(norm)) f |= STRONG_SPEECH;
  if (NAMING_VERBS.has(norm) || norm.startsWith('rief') || norm.startsWith('forder')) f |= NAMING;
  if (REPORTING_OF.has(norm)) f |= REPORTING;
  if (COMPLEMENTISERS.has(norm)) f |= COMPLEMENTISER;
  if (NON_COMPLEMENT_OPENERS.has(norm)) f |= NON_COMPLEMENT_OPENER;
  if (RELATIVE_PRONOUNS.has(norm)) f |= RELATIVE_PRONOUN;
  if (IRREALIS_OPENERS.has(norm)) f |= IRREALIS_OPENER;
  if (PERFECT_AUX.has(norm)) f |= PERFECT_AUXILIARY;
  // the passes skip determiners, pronouns and prepositions (none is listed)
  if ((f & (DETERMINER | PRONOUN | PREPOSITION)) === 0 && cueBits(norm) !== 0) f |= NEWS_CUE;
  return f;
}
