/**
 * Staff credit lines that close wire and newspaper copy: who reported, wrote, edited or
 * contributed, and which agencies' material was used. They are page furniture, not the article's
 * prose: their names would enter the word counts and the distinctive terms.
 *
 * A line is a staff credit only when all of it is the credit: the labels below followed by names
 * (capitalised words, "staff", "in", "and"…), never a sentence that begins the same way.
 *
 * @example
 * // credits (the whole line):
 * //   Reporting by Reuters staff; Editing by Peter Graff
 * //   (Reporting by Olzhas Auyezov in Almaty; Writing by Mark Trevelyan; Editing by Andrew Cawthorne)
 * //   Additional reporting by Dmitry Antonov in Moscow
 * //   Mitarbeit: Anna Meier, Jens Müller
 * //   Mit Material von dpa und AFP
 * //   Mit Material der Nachrichtenagenturen dpa, AFP und Reuters
 * //   (dpa/AFP)
 * // not credits (prose):
 * //   Reporting by the BBC suggested that the death toll was higher.
 * //   Mit Material von der Regierung wurden die Schulen versorgt.
 * //   Mitarbeit in der Opposition ist gefährlich, sagte sie.
 */

// A name in a credit: a capitalised word (Peter, O'Brien, Al-Khatib, Graff.), an agency written in
// lower case (dpa, epd), or the few lower-case words credits use between names.
const NAME = "(?:[\\p{Lu}][\\p{L}'’.-]*|dpa|epd|kna|ddp|dapd|jW|staff|in|and|und|the|of|bureau|newsroom|team|correspondents?|&)";
const NAMES = `${NAME}(?:[ \\t]*,?[ \\t]+${NAME}|[ \\t]*,)*`;
// without the i flag: a name must start with a capital letter
const ROLE = '(?:(?:[Aa]dditional|[Ff]urther)[ \\t]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Tt]ranslation|[Ff]act-checking)[ \\t]+by';
// "Reporting by …; Editing by …" and the same in parentheses
const ENGLISH = new RegExp(`^\\(?${ROLE}[ \\t]+${NAMES}(?:[ \\t]*[;,|][ \\t]*${ROLE}[ \\t]+${NAMES})*[ \\t]*\\.?\\)?$`, 'u');
// "Mitarbeit: …", "Redaktion: …", "Übersetzung: …"
const GERMAN_ROLE = new RegExp(`^(?:Mitarbeit|Redaktion|Übersetzung|Recherche|Übersetzt[ \\t]+von)[ \\t]*:?[ \\t]+${NAMES}[ \\t]*\\.?$`, 'u');
// "Mit Material von dpa und AFP", "mit Material der Nachrichtenagenturen dpa, AFP"
const MATERIAL = new RegExp(`^(?:[Mm]it|[Uu]nter[ \\t]+Verwendung[ \\t]+von)[ \\t]+Material[ \\t]+(?:von|der|aus)[ \\t]+(?:(?:den[ \\t]+)?Nachrichtenagenturen?[ \\t]+|Agenturen[ \\t]*)?${NAMES}[ \\t]*\\.?$`, 'u');
// "(dpa/AFP)", "(dpa, AFP, jW)", "(AFP)": agencies' short names alone in parentheses
const AGENCY_TAG = /^\((?:[\p{L}][\p{L}-]{0,11})(?:[ \t]*[/,][ \t]*[\p{L}][\p{L}-]{0,11}){0,5}\)$/u;

/** Whether the line (a whole line of the text) is a staff credit. */
export function isStaffCredit(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > 240) return false;
  if (s[0] === '(' && AGENCY_TAG.test(s)) return isAgencyTag(s);
  return ENGLISH.test(s) || GERMAN_ROLE.test(s) || MATERIAL.test(s);
}

// An agency tag's parts are short lower-case or capitals words (dpa, AFP, jW, epd, Reuters), never a
// word of a sentence in parentheses: at least one part is a known agency or all parts are capitals/short.
const KNOWN_AGENCY = /^(?:dpa|afp|ap|reuters|epd|kna|apa|sda|ats|ansa|efe|tass|ria|interfax|xinhua|anadolu|aa|ddp|dapd|jw|taz|nd|red|ots|upi|bloomberg)$/i;
function isAgencyTag(s: string): boolean {
  const parts = s.slice(1, -1).split(/[ \t]*[/,][ \t]*/u);
  return parts.some((p) => KNOWN_AGENCY.test(p)) && parts.every((p) => KNOWN_AGENCY.test(p) || /^\p{Lu}{2,6}$/u.test(p));
}
