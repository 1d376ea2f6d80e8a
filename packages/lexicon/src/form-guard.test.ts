// The surface-form guard on real text: two articles a reviewer wrote for review2 (unseen by the
// lexicon's authors) full of look-alikes of the seed lexicon's terms ("demonstrated",
// "Protestant", "arresting", "Corrupted", "priced"; "Unruh" the playwright, "Ruinen"), matched
// with the seed lexicon; and the inflections the guard must keep.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { compileLexicon, type CompiledLexicon } from './compile.js';
import { match } from './match.js';
import { parseLexicon } from './parse.js';
import { lexiconSchema, type LexiconInput } from './schema.js';

const seed = (() => {
  const path = fileURLToPath(new URL('../../../pipelines/kazakhstan-2022/lexicon.yaml', import.meta.url));
  return compileLexicon(parseLexicon(readFileSync(path, 'utf8'), path).lexicon!);
})();

/** The article text without its front matter. */
const body = (name: string) => readFileSync(fileURLToPath(new URL(`./__fixtures__/look-alikes/${name}`, import.meta.url)), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

/** "word (term)" of every frame hit. */
function frames(text: string, compiled: CompiledLexicon): string[] {
  return match(analyze(text, compiled.text), compiled)
    .filter((h) => h.kind === 'frame')
    .map((h) => `${text.slice(h.start, h.end)} (${h.term})`);
}

function lexicon(language: 'de' | 'en', terms: LexiconInput['frames'][number]['terms']): CompiledLexicon {
  return compileLexicon(lexiconSchema.parse({ name: 't', language, version: 1, frames: [{ id: 'f', label: 'F', description: 'd', terms }] }));
}

describe('look-alikes of the seed lexicon in unseen articles are not counted', () => {
  it('German: "von Unruh" and "Ruinen" are left out; the other senses of lower-case terms stay (not guarded)', () => {
    expect(frames(body('de-jazzfestival.md'), seed.languages.get('de')!)).toEqual([
      // other senses the guard does not judge (README: lexicon's job): a solo shown, festival prizes, a company wound up
      'demonstrierte (demonstriert)',
      'Preise (Preise)',
      'liquidiert (liquidiert)',
    ]);
  });

  it('English: demonstrated, arresting, Protestant, Corrupted and priced are left out; the four real hits stay', () => {
    expect(frames(body('en-tenge.md'), seed.languages.get('en')!)).toEqual(['internet shutdown (internet shutdown)', 'unrest (unrest)', 'prices (prices)', 'debts (debts)']);
  });
});

describe('real inflections stay', () => {
  it('English noun terms: singular, plural, possessive; a verb-form term keeps its verb', () => {
    const en = lexicon('en', ['protesters', 'arrests', 'detained', 'looting', 'stabilise']);
    const text = 'A protester and the protesters’ leaders spoke; one arrest, then mass arrests. Police detain people, 20 were detained. Looters went on looting. The situation is stabilising.';
    expect(frames(text, en)).toEqual([
      'protester (protesters)', 'protesters (protesters)', 'arrest (arrests)', 'arrests (arrests)',
      'detain (detained)', 'detained (detained)', 'looting (looting)', 'stabilising (stabilise)',
    ]);
  });

  it('English: a capitalised word counts at the start of a sentence, after a colon and in a title-case headline', () => {
    const en = lexicon('en', ['protesters']);
    expect(frames('Protesters gathered. He said: Protesters will stay.', en)).toEqual(['Protesters (protesters)', 'Protesters (protesters)']);
    expect(frames('Police Clash With Protesters In Almaty', en)).toEqual(['Protesters (protesters)']);
    expect(frames('A Protestant charity helped the protesters.', en)).toEqual(['protesters (protesters)']);
  });

  it('German noun terms: their declension, -en nouns with and without -en, -nis/-nisse, umlaut plurals', () => {
    const de = lexicon('de', ['Demonstranten', 'Unruhen', 'Verhaftungen', 'Proteste', 'Festnahmen', 'Bündnis', 'Haus']);
    const text = 'Ein Demonstrant, zwei Demonstranten; eine Unruhe, die Unruhen; eine Verhaftung; der Protest, des Protests, den Protesten; eine Festnahme; des Bündnisses; die Häuser.';
    expect(frames(text, de)).toEqual([
      'Demonstrant (Demonstranten)', 'Demonstranten (Demonstranten)', 'Unruhe (Unruhen)', 'Unruhen (Unruhen)', 'Verhaftung (Verhaftungen)',
      'Protest (Proteste)', 'Protests (Proteste)', 'Protesten (Proteste)', 'Festnahme (Festnahmen)', 'Bündnisses (Bündnis)', 'Häuser (Haus)',
    ]);
  });

  it('a form the lexicon writes always counts ({term: Ruin, forms: [Ruinen]}); lowercase: true opens the stem family', () => {
    expect(frames('die Ruinen des Rathauses', lexicon('de', [{ term: 'Ruin', forms: ['Ruinen'] }]))).toEqual(['Ruinen (Ruin)']);
    expect(frames('die Ruinen des Rathauses', lexicon('de', ['Ruin']))).toEqual([]);
    expect(frames('ein terroristischer Angriff', lexicon('de', [{ term: 'Terroristen', lowercase: true }]))).toEqual(['terroristischer (Terroristen)']);
  });
});
