import PorterStemmerDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import { deu } from 'stopword';
import { foldKey } from '../../normalize.js';
import { MARK_BITS, tokenBits } from '../../voice/cues.js';
import type { Language } from '../types.js';
import { ABBREVIATIONS, MONTHS, ORDINAL_CUES, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations.js';

/** German stop words (`stopword`'s `deu`), folded. */
export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(deu.map(foldKey));

/** German: the language the text layer was built for; the voice rules (src/voice/) are German. */
export const german: Language = {
  code: 'de',
  name: 'German',
  abbreviations: ABBREVIATIONS,
  lowerCaseInitials: true,
  sentenceFinalAbbreviations: SENTENCE_FINAL_ABBREVIATIONS,
  months: MONTHS,
  ordinalDot: true,
  ordinalCues: ORDINAL_CUES,
  stopwords: GERMAN_STOPWORDS,
  stem: (norm) => PorterStemmerDe.stem(norm),
  lowerCaseSentences: false,
  quotes: [['„', '“'], ['»', '«'], ['‚', '‘'], ['›', '‹'], ['"', '"']],
  voice: true,
  formFlags: tokenBits,
  markBits: MARK_BITS,
};
