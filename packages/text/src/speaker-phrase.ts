import { foldKey } from './normalize.js';
import type { VoiceSpan } from './types.js';

// A speaker is a person, an institution or a collective ("Tokajew", "die Polizei", "viele
// Experten", "Kreml-loyale Beobachter"), never an adverb or an abstract noun. Voice rules take the
// noun phrase before a colon or a verb of saying, which in news copy is sometimes something else:
//   "Gemeinsam erklärten die Oppositionellen: „…“"       → "Gemeinsam" is an adverb
//   "Unruhen: Regierung spricht von „Terroristen“"       → a subhead, not a speaker
//   "Erfolge: „Die Wirtschaft wächst wieder.“"           → a subhead
//   "Einen bekannten Jazzpianisten hatten die Behörden …" → an accusative object, not the subject
// Such phrases are not speakers: the span keeps its voice and its speaker becomes "anonymous".

/** Sentence adverbs and conjunctions that stand first and are capitalised there. */
const ADVERBS = new Set([
  'gemeinsam', 'zunächst', 'dennoch', 'inzwischen', 'zudem', 'außerdem', 'allerdings', 'offenbar', 'angeblich', 'trotzdem', 'deshalb', 'daher',
  'damals', 'bislang', 'bisher', 'derzeit', 'heute', 'gestern', 'morgen', 'später', 'zuvor', 'danach', 'anschließend', 'schließlich', 'immerhin',
  'jedenfalls', 'ebenso', 'ebenfalls', 'auch', 'doch', 'nun', 'jetzt', 'damit', 'darum', 'stattdessen', 'insgesamt', 'vielmehr', 'zugleich', 'gleichzeitig',
  'einzeln', 'zusammen', 'öffentlich', 'wörtlich', 'sinngemäß', 'kurz', 'knapp', 'klar', 'fest', 'unklar', 'wichtig', 'fazit',
  'dazu', 'hierzu', 'darin', 'darüber', 'dort', 'hier', 'weiter', 'ferner', 'dabei',
]);

/** Endings of adverbs and adjectives ("einsam", "deutlich", "ruhig", "möglicherweise", "erstmals"). */
const ADVERB_ENDINGS = ['sam', 'lich', 'ig', 'weise', 'mals', 'dings', 'falls', 'wärts'];
/** Nouns with those endings that are persons ("König: …"). */
const PERSONS = new Set(['könig', 'kaufmann']);

/** Abstract and event nouns that news copy uses as subheads before a colon ("Unruhen:", "Hintergrund:"). */
const SUBHEADS = new Set([
  'unruhen', 'proteste', 'protest', 'erfolge', 'erfolg', 'ergebnisse', 'ergebnis', 'krise', 'gewalt', 'lage', 'folgen', 'hintergrund', 'hintergründe',
  'bilanz', 'analyse', 'kommentar', 'zahlen', 'fakten', 'chronologie', 'zusammenfassung', 'reaktionen', 'kritik', 'update', 'liveblog', 'überblick',
  'ausblick', 'details', 'zitat', 'auslöser', 'ursachen', 'streit', 'kämpfe', 'zusammenstöße', 'ausschreitungen', 'demonstrationen', 'wahl', 'wahlen',
  'sanktionen', 'wirtschaft', 'politik', 'geschichte', 'zukunft', 'forderungen', 'vorwürfe', 'warnung', 'appell', 'fragen', 'antworten',
]);

/**
 * Time words that follow a verb of saying in news copy ("meldete am Samstag", "sagte gestern",
 * "erklärte Anfang der Woche"): a speaker phrase that is one of them, or ends in one, names no one.
 * Folded norms (ß → ss, lower case).
 */
const TIME_WORDS = new Set([
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'wochenende', 'feiertag',
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht', 'tag', 'tages', 'woche', 'wochen', 'monat', 'monats', 'jahr', 'jahres',
  'anfang', 'ende', 'mitte', 'beginn', 'auftakt', 'vorabend', 'vortag', 'heute', 'gestern', 'vorgestern', 'zuvor', 'später',
]);
const TIME_SUFFIXES = ['morgen', 'abend', 'nachmittag', 'vormittag', 'mittag', 'nacht'];
const WEEKDAYS = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'];

/** Is the folded word a time expression ("samstag", "freitagabend", "anfang", "montagmorgen")? */
export function isTimeWord(norm: string): boolean {
  if (TIME_WORDS.has(norm)) return true;
  // "Freitagabend", "Montagmorgen", "Donnerstagnacht"
  return WEEKDAYS.some((d) => norm.startsWith(d)) && TIME_SUFFIXES.some((t) => norm.endsWith(t));
}

/** Is `phrase` (a speaker phrase as voice detection writes it) a person, institution or collective? */
export function isSpeakerPhrase(phrase: string): boolean {
  if (phrase === 'anonymous') return true;
  const words = phrase.split(/\s+/).filter((w) => /\p{L}/u.test(w)).map((w) => foldKey(w.replace(/[^\p{L}\p{N}-]/gu, '')));
  if (words.length === 0) return false;
  // "einen bekannten Jazzpianisten": accusative, the object of the sentence, not who speaks
  if (words[0] === 'einen') return false;
  // "am Samstag", "Freitag", "Anfang der Woche": a time after a verb of saying is not its subject
  if (words.every((w) => isTimeWord(w) || ['am', 'an', 'im', 'der', 'die', 'des', 'dem', 'den', 'seit', 'bis'].includes(w)) || isTimeWord(words[0]!) && words.length <= 3) return false;
  // "14.50 Uhr", "9:42 a.m.", "10:15 GMT": a liveblog's time stamp (review2 F2a)
  if (/^\d{1,2}[.:]\d{2}\b/.test(phrase) && phrase.split(/\s+/).length <= 3) return false;
  if (words.length > 1) return true;
  const w = words[0]!;
  if (ADVERBS.has(w) || SUBHEADS.has(w)) return false;
  if (PERSONS.has(w)) return true;
  return !ADVERB_ENDINGS.some((e) => w.endsWith(e) && w.length > e.length + 2);
}

/** The spans with every implausible speaker phrase replaced by "anonymous" (voice and cue kept). */
export function plausibleSpeakers(spans: VoiceSpan[]): VoiceSpan[] {
  return spans.map((s) => (s.speaker !== undefined && !isSpeakerPhrase(s.speaker) ? { ...s, speaker: 'anonymous' } : s));
}
