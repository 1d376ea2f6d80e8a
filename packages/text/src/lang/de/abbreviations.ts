/**
 * German abbreviations that keep their final dot (language data, not event data).
 * Keys are the letters before the dot, case-sensitive as usually written; a token whose letters
 * are one of these, directly followed by ".", is one token including the dot.
 * Single letters ("z. B.", "u. a.", initials "J. Smith") are handled by rule, not listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and names
  'Dr', 'Prof', 'Dipl', 'Ing', 'Hr', 'Fr', 'Mr', 'Mrs', 'Ms', 'Jr', 'Sen', 'sen', 'jun', 'St', 'Hl', 'hl',
  // numbers, amounts, references
  'Nr', 'Mio', 'Mrd', 'Tsd', 'Az', 'Abs', 'Art', 'Bd', 'Kap', 'Tel', 'Fax', 'Str', 'Jh', 'Jhd', 'Jhdt', 'Abb', 'Anm', 'Hrsg', 'Aufl',
  'Nrn', 'Ziff', 'lfd', 'Pkt', 'Verf',
  // months
  'Jan', 'Feb', 'Mrz', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  // lower-case function abbreviations
  'ca', 'bzw', 'usw', 'vgl', 'ggf', 'evtl', 'inkl', 'exkl', 'bspw', 'sog', 'etc', 'zzgl', 'abzgl', 'max', 'min', 'mind',
  'geb', 'gest', 'gegr', 'ehem', 'verh', 'allg', 'bzgl', 'dt', 'engl', 'franz', 'russ', 'griech', 'lat', 'ital', 'span',
  'zit', 'zB', 'usf', 'insb', 'insbes', 'jew', 'tägl', 'wöchentl', 'Std', 'Min', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So',
  'vs', 'ff', 'Co', 'Corp', 'Inc', 'Ltd', 'Ges', 'Reg', 'Bhf', 'Pf', 'Zi', 'Mwst', 'MwSt', 'Gebr', 'Univ', 'Inst', 'Dept',
  'Gen', 'Oberst', 'Lt', 'Kpt', 'Pfr', 'Rev', 'Kl', 'Bsp', 'Erg', 'Anh', 'Nachf', 'Wwe',
]);

/** Abbreviations after which a sentence may still end ("... Öl, Gas usw. Die Preise ..."). */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['usw.', 'etc.', 'usf.']);

/** Months: "16. Januar", "am 6. Jan." make the number before them an ordinal. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'jan', 'feb', 'mrz', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
]);

/**
 * Words after which "N." is an ordinal even before a capitalised noun
 * ("des 16. Jahrhunderts", "auf der 35. Kommandeurstagung", "am 31. Mai").
 */
export const ORDINAL_CUES: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans', 'aufs',
  'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines',
  'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres', 'unser', 'unsere', 'unserem', 'unseren', 'jeder', 'jede', 'jedem',
  'jeden', 'jedes', 'dieser', 'diese', 'diesem', 'diesen', 'dieses', 'jenes', 'jener', 'jenem', 'jenen',
]);
