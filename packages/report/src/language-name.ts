/** Language names for the page (no imports: the charts and the page text both use them). */

const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** "German" for "de"; the code itself when the name is unknown; "und" (not recorded) in words. */
export function languageName(code: string): string {
  if (code === 'und') return 'language not recorded';
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "German (de)" */
export const languageLabel = (code: string): string => (code === 'und' ? languageName(code) : `${languageName(code)} (${code})`);
