// A `match` example that fails: the advice names the example's words closest to the term (a
// misspelt term), the words that share the term's stem (the match mode leaves them out), or says the
// term is not in the example; never the whole example sentence as a form.
import { describe, expect, it } from 'vitest';
import { checkExamples } from './check.js';
import { compileLexicon } from './compile.js';
import { lexiconSchema } from './schema.js';

function advice(term: Record<string, unknown>) {
  const lexicon = lexiconSchema.parse({ name: 't', language: 'de', version: 1, frames: [{ id: 'terror', label: 'Terror', description: 'd', terms: [term] }] });
  return checkExamples(lexicon, compileLexicon(lexicon), 'lexicon.yaml').map((p) => [p.message, p.expected, p.example]);
}

describe('a failing match example', () => {
  it('a misspelt term: the example\'s word closest to it', () => {
    expect(advice({ term: 'Banditten', examples: { match: ['»Dutzende von Banditen liquidiert«'] } })).toEqual([
      [
        'example "»Dutzende von Banditen liquidiert«" should match "Banditten" (terror) but does not; its words closest to the term are "Banditen"',
        'the term, one of its forms, or its match mode to cover this text',
        'term: Banditen   (if "Banditten" is misspelt), or keep the term and add: forms: [Banditen]',
      ],
    ]);
  });

  it('a word with the term\'s stem that match: exact leaves out: add it as a form', () => {
    expect(advice({ term: 'Banden', match: 'exact', examples: { match: ['im Ausland ausgebildete Bande'] } })).toEqual([
      [
        'example "im Ausland ausgebildete Bande" should match "Banden" (terror) but does not; "Bande" has the term\'s stem, but its match mode or a guard (lower case, stop word, surface form) leaves it out',
        'the term, one of its forms, or its match mode to cover this text',
        'forms: [Bande]   (or lowercase: true for a lower-case adjective form)',
      ],
    ]);
  });

  it('a two-word term: the closest run of two words', () => {
    expect(advice({ term: 'bunte Revolutoin', examples: { match: ['eine bunte Revolution nach westlichem Muster'] } })[0]![2]).toBe(
      'term: bunte Revolution   (if "bunte Revolutoin" is misspelt), or keep the term and add: forms: [bunte Revolution]',
    );
  });

  it('an example without the term: says so', () => {
    expect(advice({ term: 'Banditen', examples: { match: ['»Dutzende von Räubern liquidiert«'] } })).toEqual([
      [
        'example "»Dutzende von Räubern liquidiert«" should match "Banditen" (terror) but does not; the term does not occur in its example',
        'an example with the term (or one of its forms) in it, as news text writes it',
        'match: [Banditen …]   (a phrase from an article that uses "Banditen")',
      ],
    ]);
  });
});
