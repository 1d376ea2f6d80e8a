/**
 * "Did you mean" for a language value that is not an ISO 639-1 code as framelens writes it:
 *
 *   languageCodeFor('EN')       // 'en'  (a code in capitals)
 *   languageCodeFor('English')  // 'en'  (an English name)
 *   languageCodeFor('Deutsch')  // 'de'  (a German name)
 *   languageCodeFor('german')   // 'de'
 *   languageCodeFor('deu')      // 'de'  (ISO 639-2/3)
 *   languageCodeFor('xx')       // undefined
 *
 * Used by the messages about `language:` in outlet.yaml, front matter and the lexicon.
 */
export function languageCodeFor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase().normalize('NFC');
  if (key === '') return undefined;
  if (CODES.has(key)) return key;
  return ALIASES.get(key);
}

/** ISO 639-1 code → ISO 639-2/3 codes, English and German names (lower case). */
const LANGUAGES: Record<string, readonly string[]> = {
  de: ['deu', 'ger', 'german', 'deutsch'],
  en: ['eng', 'english', 'englisch'],
  fr: ['fra', 'fre', 'french', 'französisch', 'franzoesisch'],
  es: ['spa', 'spanish', 'spanisch'],
  it: ['ita', 'italian', 'italienisch'],
  pt: ['por', 'portuguese', 'portugiesisch'],
  nl: ['nld', 'dut', 'dutch', 'niederländisch', 'niederlaendisch', 'holländisch'],
  pl: ['pol', 'polish', 'polnisch'],
  cs: ['ces', 'cze', 'czech', 'tschechisch'],
  sk: ['slk', 'slo', 'slovak', 'slowakisch'],
  hu: ['hun', 'hungarian', 'ungarisch'],
  ro: ['ron', 'rum', 'romanian', 'rumänisch'],
  ru: ['rus', 'russian', 'russisch'],
  uk: ['ukr', 'ukrainian', 'ukrainisch'],
  be: ['bel', 'belarusian', 'belarussisch', 'weißrussisch'],
  bg: ['bul', 'bulgarian', 'bulgarisch'],
  sr: ['srp', 'serbian', 'serbisch'],
  hr: ['hrv', 'croatian', 'kroatisch'],
  sv: ['swe', 'swedish', 'schwedisch'],
  da: ['dan', 'danish', 'dänisch'],
  nb: ['nob', 'norwegian', 'norwegisch'],
  fi: ['fin', 'finnish', 'finnisch'],
  tr: ['tur', 'turkish', 'türkisch'],
  el: ['ell', 'gre', 'greek', 'griechisch'],
  kk: ['kaz', 'kazakh', 'kasachisch'],
  uz: ['uzb', 'uzbek', 'usbekisch'],
  ar: ['ara', 'arb', 'arabic', 'arabisch'],
  fa: ['fas', 'per', 'pes', 'persian', 'persisch', 'farsi'],
  he: ['heb', 'hebrew', 'hebräisch'],
  zh: ['zho', 'chi', 'cmn', 'chinese', 'chinesisch'],
  ja: ['jpn', 'japanese', 'japanisch'],
  ko: ['kor', 'korean', 'koreanisch'],
};

const CODES = new Set(Object.keys(LANGUAGES));
const ALIASES = new Map(Object.entries(LANGUAGES).flatMap(([code, names]) => names.map((n) => [n, code] as const)));
