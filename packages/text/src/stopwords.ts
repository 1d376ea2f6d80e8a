import { german } from './lang/de/index.js';
import type { Language } from './lang/types.js';

/**
 * Whether a matching key is on `stopword`'s list for `language` (German by default; folded like
 * `Token.norm`). For distinctive-term statistics only: the German list contains "nicht", "kein",
 * "ohne", "sei", "seien", so never filter before voice or negation analysis.
 */
export function isStopword(norm: string, language: Language = german): boolean {
  return language.stopwords.has(norm);
}
