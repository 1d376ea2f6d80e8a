export type { Hit, HitKind, Section } from './types.js';
export {
  lexiconSchema,
  termSchema,
  termObjectSchema,
  frameSchema,
  referentSchema,
  claimSchema,
  speakerGroupSchema,
  matchModeSchema,
  normalTerm,
  languageCodeSchema,
} from './schema.js';
export type { Lexicon, LexiconInput, Term, TermInput, TermObject, NormalTerm, LanguageTerm, MatchMode, Frame, Referent, Claim, SpeakerGroup } from './schema.js';
export { parseLexicon, loadLexicon, loadCompiledLexicon, formatPath, locateProblems } from './parse.js';
export { languageGaps } from './language-gaps.js';
export { lexiconLanguages, lexiconTerms, termSections, termFields } from './entries.js';
export type { TermRef, TermSection } from './entries.js';
export type { ParseResult } from './parse.js';
export { checkLexicon, checkExamples, lexiconExamples, matchText } from './check.js';
export type { LexiconExample } from './check.js';
export { compileLexicon, canonicalJson } from './compile.js';
export type { CompiledLexicon } from './compile.js';
export { match, MatchMemo, speakerGroup, voiceAt, sentenceAt } from './match.js';
export { lexiconJsonSchema } from './json-schema.js';
export { TermAuditor } from './audit.js';
export type { TermAudit, FormAudit } from './audit.js';
export { Vocabulary, type NearWord } from './near-words.js';
