/**
 * English abbreviations that keep their final dot (language data, not event data), as in news
 * copy (AP style titles, ranks, months, US states). Keys are the letters before the dot,
 * case-sensitive. Single letters (initials "J. Smith") and letters joined by dots ("U.S.", "a.m.",
 * "e.g.") are handled by rule, not listed. Left out on purpose: words that also end sentences
 * ("No", "Ill", "Miss", "Mass", "Wash", "Ind", "Del", "La", "Pa", "Mo", "Ore").
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Rev', 'Hon', 'Jr', 'Sr', 'St', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs',
  'Pres', 'Amb', 'Atty', 'Supt', 'Det', 'Insp', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Brig',
  // months and days
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri',
  // companies, places, references
  'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Dept', 'Univ', 'Assn', 'Ave', 'Blvd', 'Rd', 'Mt', 'Ft', 'Sq', 'Fig', 'Vol', 'Nos', 'Ext', 'ext', 'Tel', 'tel',
  'Calif', 'Colo', 'Conn', 'Fla', 'Ariz', 'Ark', 'Ala', 'Okla', 'Tenn', 'Tex', 'Minn', 'Mich', 'Wis', 'Neb', 'Nev', 'Kan', 'Ky', 'Md',
  'Va', 'Vt', 'Wyo', 'Mont',
  // lower-case
  'etc', 'vs', 'approx', 'est', 'cf', 'al', 'ca', 'pp', 'ed', 'eds', 'min', 'max', 'vol', 'no',
]);

/**
 * Abbreviations (folded, with the dot) after which a sentence may still end: "… oil, gas etc. The
 * prices …", "… by Acme Inc. The firm …", "… at 5 p.m. Police said …".
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['etc.', 'inc.', 'corp.', 'ltd.', 'co.', 'jr.', 'sr.', 'a.m.', 'p.m.']);

/** Months, folded (data for a later date rule; English writes no ordinal dot). */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
