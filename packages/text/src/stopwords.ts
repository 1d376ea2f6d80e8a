import { deu } from 'stopword';
import { foldKey } from './normalize.js';

const STOPWORDS: ReadonlySet<string> = new Set(deu.map(foldKey));

/**
 * Whether a matching key is on `stopword`'s German list (folded like `Token.norm`).
 * For distinctive-term statistics only: the list contains "nicht", "kein", "ohne", "sei", "seien",
 * so never filter before voice or negation analysis.
 */
export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
