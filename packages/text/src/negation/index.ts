import type { Doc } from '../types.js';
import { bestreiten } from './bestreiten.js';
import { falschZu } from './falsch-zu.js';
import { kein } from './kein.js';
import { keineRede } from './keine-rede.js';
import { nicht } from './nicht.js';
import { ohne } from './ohne.js';
import type { NegationRule, NegationScope, ScopeLimit, Sentence } from './types.js';
import { wederNoch } from './weder-noch.js';
import { ENGLISH_NEGATION_LIMITS, ENGLISH_NEGATION_RULES } from './en/index.js';
import { ergaenzung } from './ergaenzung.js';
import { gegen } from './gegen.js';
import { kontrafaktisch } from './kontrafaktisch.js';
import { stellungnahme } from './stellungnahme.js';
import { zuKeinemZeitpunkt } from './zu-keinem-zeitpunkt.js';
import { scope, sentenceWords } from './words.js';
import { zurueckweisen } from './zurueckweisen.js';
import { zuNichtFaehig } from './zu-nicht-faehig.js';

export type { NegationRule, NegationScope, ScopeLimit } from './types.js';
export { ENGLISH_NEGATION_LIMITS, ENGLISH_NEGATION_RULES };

/** Every German negation and rejection rule, one per file (see each file's examples). */
export const NEGATION_RULES: readonly NegationRule[] = [kein, nicht, wederNoch, ohne, falschZu, bestreiten, zurueckweisen, keineRede, zuNichtFaehig, zuKeinemZeitpunkt];

/**
 * What the German rules' scopes leave out, one limit per file: the complement of a negated head
 * noun ("keine Gewalt gegen [Demonstranten]"), the target of a negated verb ("nicht gegen
 * [Demonstranten] vorgehen"), a counterfactual "Ohne X hätte …", "äußerte sich nicht zu …".
 * The drops come before the cuts: a cut range no longer starts at its cue.
 */
export const NEGATION_LIMITS: readonly ScopeLimit[] = [kontrafaktisch, stellungnahme, ergaenzung, gegen];

/** Every language's limits: each names the rules (by id, which differ by language) it limits. */
const ALL_LIMITS: readonly ScopeLimit[] = [...NEGATION_LIMITS, ...ENGLISH_NEGATION_LIMITS];

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
export function negationScopes(
  doc: Doc,
  rules: readonly NegationRule[] = NEGATION_RULES,
  sentences?: ReadonlySet<number>,
  limits: readonly ScopeLimit[] = ALL_LIMITS,
): NegationScope[] {
  const out: NegationScope[] = [];
  for (const s of sentenceWords(doc, sentences)) for (const r of rules) for (const sc of r.find(s)) out.push(...limited(s, sc, limits));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A rule's scope with the limits for its rule applied: itself, shorter, split in two, or gone. */
function limited(s: Sentence, sc: NegationScope, limits: readonly ScopeLimit[]): NegationScope[] {
  const own = limits.filter((l) => l.rules.includes(sc.rule));
  if (own.length === 0) return [sc];
  const w = s.words;
  const from = w.findIndex((x) => x.start >= sc.start);
  let to = from;
  while (to < w.length && w[to]!.end <= sc.end) to++;
  let ranges: Array<readonly [number, number]> = [[from, to]];
  for (const l of own) ranges = ranges.flatMap(([a, b]) => l.limit(s, a, b, sc));
  return ranges.flatMap(([a, b]) => scope(w, a, b, sc.cue, sc.rule));
}

/** The first scope that contains all of [start, end), if any (scopes sorted by start). */
export function negationAt(scopes: readonly NegationScope[], start: number, end: number): NegationScope | undefined {
  for (const sc of scopes) {
    if (sc.start > start) break;
    if (sc.end >= end) return sc;
  }
  return undefined;
}
