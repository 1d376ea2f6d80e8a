import type { Doc } from '../types.js';
import { bestreiten } from './bestreiten.js';
import { falschZu } from './falsch-zu.js';
import { kein } from './kein.js';
import { keineRede } from './keine-rede.js';
import { nicht } from './nicht.js';
import { ohne } from './ohne.js';
import type { NegationRule, NegationScope } from './types.js';
import { wederNoch } from './weder-noch.js';
import { ENGLISH_NEGATION_RULES } from './en/index.js';
import { sentenceWords } from './words.js';
import { zurueckweisen } from './zurueckweisen.js';
import { zuNichtFaehig } from './zu-nicht-faehig.js';

export type { NegationRule, NegationScope } from './types.js';
export { ENGLISH_NEGATION_RULES };

/** Every German negation and rejection rule, one per file (see each file's examples). */
export const NEGATION_RULES: readonly NegationRule[] = [kein, nicht, wederNoch, ohne, falschZu, bestreiten, zurueckweisen, keineRede, zuNichtFaehig];

/** The negation rules of each language by ISO 639-1 code: German in this folder, English in en/. */
const RULES_BY_LANGUAGE: ReadonlyMap<string, readonly NegationRule[]> = new Map([
  ['de', NEGATION_RULES],
  ['en', ENGLISH_NEGATION_RULES],
]);

/**
 * The negation rules for a language code ("de", "en"): never another language's rules, and none
 * (an empty list) for a language without rules of its own, so that its hits are never `negated`.
 */
export function negationRulesFor(code: string): readonly NegationRule[] {
  return RULES_BY_LANGUAGE.get(code.trim().toLowerCase()) ?? [];
}

/**
 * The negation and rejection scopes of a document, sorted by start, by `rules` (German by default;
 * `negationRulesFor(code)` for another language): stretches whose words
 * are denied ("kein [Terrorist]", "bestreitet, dass [russische Soldaten beteiligt waren]").
 * Precision over recall: the rules leave out what they cannot place (a fronted "Terroristen seien
 * sie nicht"), and set phrases that affirm ("nicht nur … sondern auch", "keine Frage, dass").
 * `sentences` (indices into doc.sentences) limits the search to those sentences: a scope never
 * leaves its sentence, so a caller that only asks about some words (the lexicon's hits) asks only
 * about their sentences and gets the same answers.
 */
export function negationScopes(doc: Doc, rules: readonly NegationRule[] = NEGATION_RULES, sentences?: ReadonlySet<number>): NegationScope[] {
  const out: NegationScope[] = [];
  for (const s of sentenceWords(doc, sentences)) for (const r of rules) out.push(...r.find(s));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The first scope that contains all of [start, end), if any (scopes sorted by start). */
export function negationAt(scopes: readonly NegationScope[], start: number, end: number): NegationScope | undefined {
  for (const sc of scopes) {
    if (sc.start > start) break;
    if (sc.end >= end) return sc;
  }
  return undefined;
}
