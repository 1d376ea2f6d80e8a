// One lexicon, several languages (#24.4): an entry keeps its id and label and lists its terms per
// language; each language is compiled with its own tokenizer, stemmer and stop words, and a text is
// matched with its own language's terms only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileLexicon, languageGaps, lexiconLanguages, locateProblems, matchText, parseLexicon, speakerGroup, TermAuditor, type CompiledLexicon } from './index.js';

const seed = (() => {
  const path = fileURLToPath(new URL('../../../pipelines/kazakhstan-2022/lexicon.yaml', import.meta.url));
  const parsed = parseLexicon(readFileSync(path, 'utf8'), path);
  expect(parsed.problems).toEqual([]);
  return compileLexicon(parsed.lexicon!);
})();
const de = seed.languages.get('de')!;
const en = seed.languages.get('en')!;

const LEXICON = `name: t
language: de
version: 1
frames:
  - id: terror
    label: Terror
    description: d
    terms:
      de: [Terroristen, {term: Smuta, examples: {match: [eine neue Smuta]}}]
      en:
        - terrorists
        - term: protesters
          examples:
            match: [the protests]
  - id: unrest
    label: Unrest
    description: d
    terms: [Unruhen]
`;
const parse = (text: string) => parseLexicon(text, 'lexicon.yaml');
const brief = (text: string) => parse(text).problems.map((p) => `${p.severity} ${p.line} ${p.field} ${p.ruleId}: ${p.message}`);
const found = (text: string, c: CompiledLexicon) => matchText(text, c).map((h) => `${h.kind} ${h.category}: ${text.slice(h.start, h.end)} (${h.term})`);

describe('terms per language: the format', () => {
  it('parses terms: {de: [...], en: [...]} into one list whose terms carry their language; a plain list is the lexicon language', () => {
    const { lexicon, problems } = parse(LEXICON);
    expect(problems).toEqual([]);
    expect(lexicon!.frames[0]!.terms.map((t) => `${t.language}:${t.term}`)).toEqual(['de:Terroristen', 'de:Smuta', 'en:terrorists', 'en:protesters']);
    expect(lexicon!.frames[1]!.terms.map((t) => t.language)).toEqual([undefined]);
    expect(lexiconLanguages(lexicon!)).toEqual(['de', 'en']);
  });

  it('names a problem by the language list it is in, with its line', () => {
    const bad = LEXICON.replace('match: [the protests]', 'match: [the protests]\n            mach: stem');
    expect(brief(bad)).toEqual(['error 15 frames[0].terms.en[1].examples.mach lexicon/unknown-key: unknown key "mach" (did you mean "match"?)']);
    const term = LEXICON.replace('      en:\n        - terrorists', '      en:\n        - {trem: terrorists}');
    expect(brief(term)[1]).toBe('error 11 frames[0].terms.en[0].trem lexicon/unknown-key: unknown key "trem" (did you mean "term"?)');
    expect(parse(term).problems[1]!.expected).toContain('term, match, forms, exclude');
  });

  it('says what a language key must be, with an example', () => {
    const [p] = parse(LEXICON.replace('      en:', '      EN:')).problems;
    expect(`${p!.line} ${p!.field} ${p!.message}`).toBe('10 frames[0].terms.EN "EN" is not a language code (did you mean "en"?)');
    expect(p!.expected).toBe('an ISO 639-1 code in lower case, e.g. de or en, for each list of terms');
    expect(p!.example).toBe('terms:\n  de: [Terrorbanden, Terroristen]\n  en: [terrorists, bandits]');
    const [s] = parse(LEXICON.replace('terms: [Unruhen]', 'terms: Unruhen')).problems;
    expect(s!.message).toBe('"terms" must be a list of terms, or one list per language, got string "Unruhen"');
    expect(s!.example).toContain('# or per language:\nterms:\n  de: [Terrorbanden, Terroristen]');
  });

  it('reports a language framelens has no text rules for, once per list', () => {
    expect(brief(LEXICON.replace('      en:', '      fr:'))).toEqual([
      'error 11 frames[0].terms.fr lexicon/unknown-language: terms in "fr", a language framelens has no text rules for (tokens, stems, stop words): they would never be matched',
    ]);
    expect(brief(LEXICON.replace('language: de', 'language: xx'))[0]).toBe(
      'error 2 language lexicon/unknown-language: framelens has no text rules (tokens, stems, stop words) for the language "xx"',
    );
  });
});

describe('terms per language: matching', () => {
  const c = compileLexicon(parse(LEXICON).lexicon!);

  it('compiles one matcher per language, with that language\'s stemmer', () => {
    expect([...c.languages.keys()]).toEqual(['de', 'en']);
    expect(c.language).toBe('de');
    expect(c.languages.get('de')).toBe(c);
    expect(compileLexicon(parse(LEXICON).lexicon!, 'en').language).toBe('en');
    // "protests" and "protesters" share the Porter stem "protest"; the German stemmer makes "prot" and "protest" of them
    expect(found('the protests', c.languages.get('en')!)).toEqual(['frame terror: protests (protesters)']);
  });

  it('matches a text with its own language\'s terms only', () => {
    const english = 'Commentators spoke of a new Smuta as the terrorists and the Unruhen spread.';
    expect(found(english, c.languages.get('en')!)).toEqual(['frame terror: terrorists (terrorists)']);
    // with the German terms and stemmer, the same text would count the German "Smuta", "Terroristen" and "Unruhen"
    expect(found(english, c)).toEqual(['frame terror: Smuta (Smuta)', 'frame unrest: Unruhen (Unruhen)']);
    expect(found('Die Terroristen und die Unruhen', c)).toEqual(['frame terror: Terroristen (Terroristen)', 'frame unrest: Unruhen (Unruhen)']);
  });

  it('checks each example in its term\'s language', () => {
    const lexicon = (language: string) =>
      `name: t\nlanguage: de\nversion: 1\nframes:\n  - id: f\n    label: F\n    description: d\n    terms:\n      ${language}: [{term: protesters, examples: {match: [the protests]}}]\n`;
    expect(brief(lexicon('en'))).toEqual([]);
    // German stems do not join "protests" and "protesters"
    expect(brief(lexicon('de'))).toEqual(['error 9 frames[0].terms.de[0].examples.match[0] lexicon/example-fails: example "the protests" should match "protesters" (f) but does not; its words closest to the term are "protests"']);
  });

  it('finds collisions within a language, never between languages', () => {
    const same = LEXICON.replace('terms: [Unruhen]', 'terms: {de: [Unruhen], en: [terrorist]}');
    expect(brief(same)).toEqual([
      'error 18 frames[1].terms.en[0] lexicon/duplicate-term: "terrorist" (unrest) matches the same words ("terrorist") as "terrorists" (terror, frames[0].terms.en[0]); a word counts for one frame only, so this term would never be counted',
    ]);
    // "Terror" in German and "terror" in English are two terms of two languages
    expect(brief(LEXICON.replace('terms: [Unruhen]', 'terms: {de: [Unruhen], en: [Unruhen]}'))).toEqual([]);
  });
});

describe('the seed lexicon in German and English', () => {
  it('has German and English terms for every frame, referent and claim', () => {
    for (const entries of [seed.lexicon.frames, seed.lexicon.claims, seed.lexicon.referents.map((r) => ({ id: r.id, terms: r.labels }))])
      for (const e of entries) expect([e.id, [...new Set(e.terms.map((t) => t.language))]]).toEqual([e.id, ['de', 'en']]);
  });

  it('reads English news with English terms', () => {
    expect(found('Tokayev said the so-called peacekeepers would stabilise the situation after the colour revolution', en).filter((h) => h.startsWith('frame'))).toEqual([
      'frame peacekeeping: peacekeepers (peacekeepers)',
      'frame peacekeeping: stabilise (stabilise)',
      'frame foreign-interference: colour revolution (colour revolution)',
    ]);
    // the German prefix "Terror*" would take "terrorists"; in English the term is "terrorists"
    expect(found('terrorists', en)).toEqual(['frame terror-extremism: terrorists (terrorists)', 'referent protesters: terrorists (terrorists)']);
    expect(found('terrorists', de)[0]).toBe('frame terror-extremism: terrorists (Terroristen)');
  });

  it('finds speaker groups by the names of both languages, with each language\'s articles', () => {
    expect(speakerGroup(en, 'Foreign Ministry spokeswoman Maria Zakharova')).toBe('russian-state');
    expect(speakerGroup(en, 'the police')).toBe('kazakh-authorities');
    expect(speakerGroup(en, 'Russian President Vladimir Putin')).toBe('russian-state');
    expect(speakerGroup(en, 'the President')).toBe('kazakh-authorities');
    expect(speakerGroup(de, 'der russische Präsident')).toBe('russian-state');
    expect(speakerGroup(de, 'die Polizei')).toBe('kazakh-authorities');
  });

  it('audits the terms of one language with that language', () => {
    const audits = new TermAuditor(en).result();
    expect(new Set(audits.map((a) => a.language))).toEqual(new Set(['en']));
    expect(audits.find((a) => a.term === 'terrorists')!.field).toBe('frames[0].terms.en[0]');
  });
});

describe('languageGaps: entries without terms in a language of the corpus', () => {
  const { lexicon } = parse(LEXICON);

  it('warns per entry and language, naming how many articles never show it, at the line of its terms', () => {
    const problems = locateProblems(LEXICON, languageGaps(lexicon!, new Map([['de', 5], ['en', 2]]), 'lexicon.yaml'));
    expect(problems.map((p) => `${p.severity} ${p.line} ${p.field} ${p.ruleId}: ${p.message}`)).toEqual([
      'warning 18 frames[1].terms lexicon/missing-language: frame "unrest" has terms in German (de) but none in English (en): the corpus has 2 English articles, and they can never show this frame',
    ]);
    expect(problems[0]!.example).toBe('terms:\n  de: [...]\n  en: [...]');
  });

  it('says nothing when the corpus has one of the languages only, or a language the lexicon has no terms for', () => {
    expect(languageGaps(lexicon!, new Map([['de', 5]]), 'l')).toEqual([]);
    expect(languageGaps(lexicon!, new Map([['de', 5], ['fr', 3]]), 'l')).toEqual([]);
    expect(languageGaps(seed.lexicon, new Map([['de', 5], ['en', 4]]), 'l')).toEqual([]);
  });
});
