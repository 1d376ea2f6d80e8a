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

/** Is `phrase` (a speaker phrase as voice detection writes it) a person, institution or collective? */
export function isSpeakerPhrase(phrase: string): boolean {
  if (phrase === 'anonymous') return true;
  const words = phrase.split(/\s+/).filter((w) => /\p{L}/u.test(w)).map((w) => foldKey(w.replace(/[^\p{L}\p{N}-]/gu, '')));
  if (words.length === 0) return false;
  // "einen bekannten Jazzpianisten": accusative, the object of the sentence, not who speaks
  if (words[0] === 'einen') return false;
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
