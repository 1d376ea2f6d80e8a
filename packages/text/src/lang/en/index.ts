import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { eng } from 'stopword';
import { foldKey } from '../../normalize.js';
import type { TokenKind } from '../../types.js';
import { kindBits, MAY_QUOTE, SENTENCE_FINAL } from '../../voice/cues.js';
import type { Language } from '../types.js';
import { detectEnglishVoice } from './voice/index.js';
import { ABBREVIATIONS, MONTHS, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations.js';
import { clitic, cliticBefore, splitWord } from './clitics.js';
import { joinAt, punctRun } from './joins.js';

/** English stop words (`stopword`'s `eng`), folded. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(eng.map(foldKey));

const QUOTE_OR_APOSTROPHE = /["'\u2018\u2019\u201c\u201d]/;

/**
 * English form flags: the token kind bits, quotation marks and sentence-final abbreviations; none
 * of the German voice cue bits (the English voice rules, ./voice/, read words by their norm).
 */
function formFlags(surface: string, kind: TokenKind, norm: string): number {
  let f = kindBits(surface, 0, kind, norm);
  if (kind === 'punct' && QUOTE_OR_APOSTROPHE.test(norm)) f |= MAY_QUOTE; // a quotation mark, not the clitic "'s"
  if (SENTENCE_FINAL_ABBREVIATIONS.has(norm)) f |= SENTENCE_FINAL;
  return f;
}

/** English news: clitics split as in UD English, times as one token, English voice rules (./voice/). */
export const english: Language = {
  code: 'en',
  name: 'English',
  abbreviations: ABBREVIATIONS,
  lowerCaseInitials: false,
  sentenceFinalAbbreviations: SENTENCE_FINAL_ABBREVIATIONS,
  finalAbbreviationDot: true,
  months: MONTHS,
  ordinalDot: false,
  ordinalCues: new Set(),
  stopwords: ENGLISH_STOPWORDS,
  // natural's Porter stemmer: natural has no English Snowball (Porter2), and its Lancaster stemmer
  // merges what news keeps apart ("terrorists"/"terror", "russian"/"russia"; data.test.ts)
  stem: (norm) => PorterStemmer.stem(norm),
  clitic,
  cliticBefore,
  splitWord,
  joinAt,
  punctRun,
  lowerCaseSentences: true,
  quotes: [['“', '”'], ['‘', '’'], ['"', '"'], ["'", "'"]],
  voice: true,
  detectVoice: detectEnglishVoice,
  formFlags,
  markBits: 0,
};
