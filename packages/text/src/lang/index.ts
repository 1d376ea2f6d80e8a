import { german } from './de/index.js';
import { english } from './en/index.js';
import type { Language } from './types.js';

export type { Language } from './types.js';
export { german, english };

/** The languages the text layer reads, by ISO 639-1 code. */
export const LANGUAGES: readonly Language[] = [german, english];

/** The language for an ISO 639-1 code ("de", "en"); a clear error naming the known codes otherwise. */
export function languageFor(code: string): Language {
  const found = LANGUAGES.find((l) => l.code === code.trim().toLowerCase());
  if (found === undefined) {
    throw new Error(`unknown text language "${code}": expected one of ${LANGUAGES.map((l) => `"${l.code}"`).join(', ')} (ISO 639-1, e.g. "en")`);
  }
  return found;
}
