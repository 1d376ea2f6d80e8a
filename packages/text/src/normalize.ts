const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4\u0060\u2032\u02b9]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe63\uff0d]/g;
const SIMPLE = /^[a-z0-9.,]*$/;

/**
 * The matching key of a piece of text: NFC; soft hyphens and zero-width characters removed;
 * non-breaking and other spaces as " "; typographic apostrophes as "'"; hyphens and dashes as "-";
 * lower case; ß as "ss". Used for `Token.norm` and by the lexicon for its terms, so that both
 * sides fold the same way. The text itself and all offsets stay untouched.
 */
export function foldKey(s: string): string {
  if (SIMPLE.test(s)) return s;
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}
