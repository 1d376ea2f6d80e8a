// German abbreviation data lives in lang/de/abbreviations.ts; re-exported here for the German voice
// rules (voice/cues.ts) and other readers of the old path.
export { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, MONTHS, ORDINAL_CUES } from './lang/de/abbreviations.js';
