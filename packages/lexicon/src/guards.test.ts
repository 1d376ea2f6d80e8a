// Matching guards against stem collisions: a stem-mode term never matches a stop word, and a
// capitalised noun term never matches a lower-case word unless the term says `lowercase: true`.
// The sentences are written like German news copy; the collisions are those a media researcher
// found in a new lexicon ("Sicherheit" → "sich", "Seite" → "seit", "Wille" → "will",
// "Lage" → "lag", noun "Macht" vs verb "macht").
import { analyze } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile.js';
import { match } from './match.js';
import { lexiconSchema, type LexiconInput } from './schema.js';

function compiled(terms: LexiconInput['frames'][number]['terms']) {
  return compileLexicon(lexiconSchema.parse({ name: 't', language: 'de', version: 1, frames: [{ id: 'f', label: 'F', description: 'd', terms }] }));
}

/** The matched words of every frame hit in `text`, as written. */
function found(text: string, terms: LexiconInput['frames'][number]['terms']): string[] {
  return match(analyze(text), compiled(terms))
    .filter((h) => h.kind === 'frame')
    .map((h) => text.slice(h.start, h.end));
}

describe('stop words never match a stem-mode term whose stem they share', () => {
  const cases: [string, string, string[]][] = [
    ['Sicherheit', 'Die Stimmung in Minsk ändert sich, doch die Sicherheitslage bleibt angespannt; für die Sicherheit der Bürger sorge die Polizei.', ['Sicherheit']],
    ['Seite', 'Seit Sonntag gehen Tausende auf die Straße, seit Jahren hat das Land keine solche Welle erlebt; die Regierung stellt sich auf die Seite der Polizei.', ['Seite']],
    ['Wille', 'Der Präsident will nicht zurücktreten, sagte ein Sprecher; das sei der Wille des Volkes, nicht seiner Gegner.', ['Wille']],
    ['Macht', 'Die Opposition macht die Regierung für die Gewalt verantwortlich, die Macht des Präsidenten sei ungebrochen.', ['Macht']],
  ];
  for (const [term, text, expected] of cases) {
    it(`"${term}"`, () => expect(found(text, [term])).toEqual(expected));
  }

  it('a stop word written in the term itself still matches ("ohne Vorwarnung")', () => {
    expect(found('Die Sicherheitskräfte dürften ohne Vorwarnung schießen, sagte Tokajew.', ['ohne Vorwarnung'])).toEqual(['ohne Vorwarnung']);
  });
});

describe('a capitalised noun term does not match lower-case words', () => {
  it('"Lage" does not match the verb "lag" (not a stop word)', () => {
    const text = 'Die Zahl der Toten lag am Abend bei 164. Die Lage in Almaty habe sich beruhigt, die Lagen in den Provinzen seien unklar.';
    expect(found(text, ['Lage'])).toEqual(['Lage', 'Lagen']);
  });

  it('"Macht" in any position: the noun at sentence start matches, the verb inside the sentence does not', () => {
    const text = 'Macht und Geld hat die Familie Nasarbajew über Jahrzehnte angehäuft. Wer macht jetzt Politik in Astana? Das machte der Sprecher nicht klar.';
    expect(found(text, ['Macht'])).toEqual(['Macht']);
  });

  it('exact mode too: "Macht" (exact) does not match "macht"', () => {
    expect(found('Die Regierung macht Zugeständnisse, doch die Macht bleibt beim Clan.', [{ term: 'Macht', match: 'exact' }])).toEqual(['Macht']);
  });

  it('`lowercase: true` lets adjective and participle forms count', () => {
    const text = 'Der von einer protestierenden Menschenmenge besetzte Flughafen sei befreit worden, einige Protestierende wurden festgenommen.';
    expect(found(text, ['Protestierende'])).toEqual(['Protestierende']);
    expect(found(text, [{ term: 'Protestierende', lowercase: true }])).toEqual(['protestierenden', 'Protestierende']);
  });

  it('a lower-case first word of another term ("terroristische Banden") does not open "Terroristen" to lower-case words', () => {
    const text = 'Tokajew sprach von einem terroristischen Angriff und von terroristischen Banden; die Terroristen seien geflohen.';
    expect(found(text, ['Terroristen', 'terroristische Banden'])).toEqual(['terroristischen Banden', 'Terroristen']);
  });

  it('lower-case term words match in any case ("bunte Revolution")', () => {
    expect(found('Moskau warnt vor einer bunten Revolution. Bunte Revolutionen gebe es nicht, sagt Kiew.', ['bunte Revolution'])).toEqual(['bunten Revolution', 'Bunte Revolutionen']);
  });

  it('all-capitals headlines still match ("MACHT")', () => {
    expect(found('DIE MACHT DER STRASSE', ['Macht'])).toEqual(['MACHT']);
  });
});
