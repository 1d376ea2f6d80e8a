import { francLanguage } from './language-trigrams.js';

/** ISO 639-3 codes franc-min returns → the ISO 639-1 codes outlet.yaml and lexicons use. */
const ISO1: Record<string, string> = {
  deu: 'de', eng: 'en', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', ces: 'cs', slk: 'sk',
  hun: 'hu', ron: 'ro', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', swe: 'sv',
  dan: 'da', nob: 'nb', fin: 'fi', tur: 'tr', ell: 'el', kaz: 'kk', uzb: 'uz', arb: 'ar', pes: 'fa', heb: 'he', cmn: 'zh', jpn: 'ja', kor: 'ko',
};

/** English names of common news languages, for messages. */
const NAMES: Record<string, string> = {
  de: 'German', en: 'English', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', pl: 'Polish', cs: 'Czech',
  ru: 'Russian', uk: 'Ukrainian', be: 'Belarusian', tr: 'Turkish', kk: 'Kazakh', sv: 'Swedish', da: 'Danish', fi: 'Finnish', hu: 'Hungarian',
};

/** The language's English name for messages ("English"), or its code. */
export function languageName(code: string): string {
  return NAMES[code] ?? code;
}

/** Quotations („…“, "…", »…«, «…») are left out: a German article may quote English at length. */
const QUOTED = /„[^“”"]*[“”"]|“[^”]*”|"[^"]*"|»[^«]*«|«[^»]*»/g;

/** Characters franc reads per call (it looks at no more than 2048). */
const CHUNK = 2000;
/** Text shorter than this (after quotations are removed) is not judged. */
const MIN_CHARS = 200;

/**
 * The language an article is written in, as an ISO 639-1 code where one exists ("de", "en"), else
 * franc-min's ISO 639-3 code; undefined when the text is too short or no language has most of it.
 * The text outside quotations is read in chunks of 2,000 characters (franc-min, trigram profiles of
 * 82 languages); the language of most characters wins if it holds more than half of them.
 */
export function detectLanguage(text: string): string | undefined {
  const prose = text.replace(QUOTED, ' ').replace(/\s+/g, ' ').trim();
  if (prose.length < MIN_CHARS) return undefined;
  const weight = new Map<string, number>();
  let judged = 0;
  for (let i = 0; i < prose.length; i += CHUNK) {
    const chunk = prose.slice(i, i + CHUNK);
    if (chunk.length < MIN_CHARS && i > 0) continue;
    const code = francLanguage(chunk, 50);
    if (code === 'und') continue;
    weight.set(code, (weight.get(code) ?? 0) + chunk.length);
    judged += chunk.length;
  }
  const [best] = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!best || best[1] * 2 <= judged) return undefined;
  return ISO1[best[0]] ?? best[0];
}
