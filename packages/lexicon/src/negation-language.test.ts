import { Analyzer, english, german } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { compileLexicon, lexiconSchema, match } from './index.js';

// A hit is `negated` by the negation rules of the lexicon's language only (@framelens/text
// negationRulesFor): English rules for an English lexicon, German for a German one, never the other's.

const lexicon = (language: string, terms: string[]) =>
  compileLexicon(lexiconSchema.parse({ name: 't', language, version: 1, frames: [{ id: 'terror', label: 'Terror', description: 'd', terms }] }));

const negations = (text: string, language: typeof english, lex: ReturnType<typeof lexicon>) =>
  match(new Analyzer({ language }).analyze(text), lex).map((h) => `${text.slice(h.start, h.end)}${h.negated === true ? ` (${h.negation})` : ''}`);

describe('negation follows the lexicon language', () => {
  const en = lexicon('en', ['terrorist', 'coup']);
  const de = lexicon('de', ['Terrorist', 'Putsch']);

  it('English hits are negated by the English rules, look-alikes are not', () => {
    expect(negations('The lawyer said her client was not a terrorist.', english, en)).toEqual(['terrorist (not)']);
    expect(negations('Moscow rejected claims of a coup, calling it terrorist violence.', english, en)).toEqual(['coup (rejected)', 'terrorist']);
    expect(negations('The government blamed not only bandits but also terrorists.', english, en)).toEqual(['terrorists']);
  });

  it('German hits keep the German rules', () => {
    expect(negations('Die Anwältin sagte, ihr Mandant sei kein Terrorist.', german, de)).toEqual(['Terrorist (kein)']);
  });

  it('a German cue in English text negates nothing, and an English cue in German text neither', () => {
    // "kein" inside an English sentence (a band's name) is no English cue
    expect(negations('The band Kein Terrorist played in Almaty.', english, lexicon('en', ['terrorist']))).toEqual(['Terrorist']);
    // "no" inside a German sentence is no German cue
    expect(negations('Auf dem Plakat stand „No Putsch“.', german, de)).toEqual(['Putsch']);
  });
});
