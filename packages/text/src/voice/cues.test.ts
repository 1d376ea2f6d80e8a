import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analyzer.js';
import { tokenize } from '../tokenize.js';
import { ADJECTIVE_ENDING, ANALYSE, ATTRIBUTION, CUE, DETERMINER, FINITE, formFlags, FUNCTION_WORD, isCue, isUpper, MAY_DISTANCE, MAY_QUOTE, PREPOSITION, PRONOUN } from './cues.js';
import { DETERMINERS, FINITE_VERBS, FUNCTION_WORDS, PREPOSITIONS, PRONOUNS } from './lexicon.js';

describe('form flags read by voice detection', () => {
  it('word classes of every token equal the lexicon sets the speaker phrases used to look up', () => {
    const text = 'Der Sprecher des Ministeriums, Ned Price, sagte am Freitag in Washington, man sei über die sogenannten Friedenstruppen besorgt; er habe mit ihnen gesprochen, nach Angaben der Agentur.';
    for (const t of tokenize(text)) {
      const f = formFlags(t.norm);
      expect((f & DETERMINER) !== 0, t.norm).toBe(DETERMINERS.has(t.norm));
      expect((f & FUNCTION_WORD) !== 0, t.norm).toBe(FUNCTION_WORDS.has(t.norm));
      expect((f & PRONOUN) !== 0, t.norm).toBe(PRONOUNS.has(t.norm));
      expect((f & PREPOSITION) !== 0, t.norm).toBe(PREPOSITIONS.has(t.norm));
      expect((f & FINITE) !== 0, t.norm).toBe(FINITE_VERBS.has(t.norm));
      expect((f & ADJECTIVE_ENDING) !== 0, t.norm).toBe(['e', 'en', 'er', 'es', 'em'].some((e) => t.norm.endsWith(e)));
    }
    expect(formFlags('der') & DETERMINER).not.toBe(0);
    expect(formFlags('er') & PRONOUN).not.toBe(0);
  });

  it('distancing words are cues by MAY_DISTANCE alone; speech and attribution words have ANALYSE; "nach" is no cue', () => {
    for (const w of ['sogenannten', 'angeblich', 'so', 'selbst']) {
      expect(formFlags(w) & CUE, w).toBe(MAY_DISTANCE);
      expect(isCue(w), w).toBe(true);
    }
    for (const w of ['sagte', 'sei', 'laut', 'zufolge', 'demnach', 'polizeiangaben']) {
      expect(formFlags(w) & CUE, w).toBe(ANALYSE);
      expect(isCue(w), w).toBe(true);
    }
    expect(formFlags('nach') & CUE).toBe(0);
    expect(formFlags('nach') & ATTRIBUTION).not.toBe(0);
    expect(isCue('nach')).toBe(false);
  });

  it('MAY_QUOTE marks every form that holds a quotation mark or an apostrophe, and no plain word', () => {
    const text = '„Ja“, sagte er. »Nein« – «oui» ‚so‘ ›hier‹ "da" “dort” geht’s Peter\'s Haus.';
    const { tokens, flags } = new Analyzer().tokenize(text);
    const marks = tokens.filter((t, i) => (flags[i]! & MAY_QUOTE) !== 0).map((t) => text.slice(t.start, t.end));
    expect(marks).toEqual(['„', '“', '»', '«', '«', '»', '‚', '‘', '›', '‹', '"', '"', '“', '”', 'geht’s', "Peter's"]);
  });

  it('isUpper (a capital first letter, read by char code) agrees with toLowerCase/toUpperCase on every code unit up to U+2FFF', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      if (isUpper(ch, 0) !== (ch !== ch.toLowerCase() && ch === ch.toUpperCase())) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(isUpper('Ärzte', 0)).toBe(true);
    expect(isUpper('ß', 0)).toBe(false);
  });
});
