// "Did you mean" for lexicon terms without hits, on news sentences: a misspelt term finds the word the
// articles write; another form of the term, a word another term already counts, or a short word does not.
import { analyze } from '@framelens/text';
import { describe, expect, it } from 'vitest';
import { TermAuditor } from './audit.js';
import { compileLexicon } from './compile.js';
import { match } from './match.js';
import { swapDistance } from './near-words.js';
import { lexiconSchema } from './schema.js';

const articles = [
  'Regimegegner sprechen von einem Blutbad; die Behörden nennen die Zahl der Toten nicht.',
  'Die Regierung versucht, die Lage zu beruhigen. Der Schießbefehl gilt weiter.',
  'Am Mai-Feiertag blieb es ruhig, hieß es aus dem Ausland.',
];

function nearWords(frameTerms: unknown[], referentLabels: unknown[] = []) {
  const compiled = compileLexicon(
    lexiconSchema.parse({
      name: 't',
      language: 'de',
      version: 1,
      frames: [{ id: 'f', label: 'F', description: 'd', terms: frameTerms }],
      ...(referentLabels.length ? { referents: [{ id: 'r', label: 'R', labels: referentLabels }] } : {}),
    }),
  );
  const auditor = new TermAuditor(compiled);
  for (const text of articles) {
    const doc = analyze(text);
    auditor.add(doc, match(doc, compiled));
  }
  return Object.fromEntries(auditor.result().map((a) => [a.term, a.nearWords]));
}

describe('terms without hits: the article word they probably mean', () => {
  it('a letter left out, added, changed or two letters swapped', () => {
    expect(nearWords(['Regimgegner', 'Schiessbefel', 'Blutbda'])).toEqual({
      Regimgegner: [{ missing: 'Regimgegner', corpus: 'Regimegegner', count: 1 }],
      Schiessbefel: [{ missing: 'Schiessbefel', corpus: 'Schießbefehl', count: 1 }],
      Blutbda: [{ missing: 'Blutbda', corpus: 'Blutbad', count: 1 }],
    });
  });

  it('in a phrase, only the word no article has', () => {
    expect(nearWords(['Zahl der Totten'])).toEqual({ 'Zahl der Totten': [{ missing: 'Totten', corpus: 'Toten', count: 1 }] });
  });

  it('not another form of the term, a short word, a word two edits away, or one a term of the same kind counts', () => {
    // "Versuch" / "versucht" (an ending), "Mal" / "Mai" (under 5 letters), "Aufstand" / "Ausland" (2 edits)
    expect(nearWords(['Versuch', 'Mal', 'Aufstand'])).toEqual({ Versuch: undefined, Mal: undefined, Aufstand: undefined });
    // "Regimegegner" counted by the frame's own term: "Regimgegner" adds nothing, no warning …
    expect(nearWords(['Regimegegner', 'Regimgegner']).Regimgegner).toBeUndefined();
    // … but a referent label that counts it does not hide the misspelt frame term
    expect(nearWords(['Regimgegner'], ['Regimegegner']).Regimgegner).toEqual([{ missing: 'Regimgegner', corpus: 'Regimegegner', count: 1 }]);
  });

  it('on a new corpus, terms that simply do not occur get no fix (review2: "Nacht der landen Messer", "freie meiden", "police" → "policy")', () => {
    const compiled = (language: 'de' | 'en', terms: string[]) => compileLexicon(lexiconSchema.parse({ name: 't', language, version: 1, frames: [{ id: 'f', label: 'F', description: 'd', terms }] }));
    const near = (language: 'de' | 'en', terms: string[], texts: string[]) => {
      const c = compiled(language, terms);
      const auditor = new TermAuditor(c);
      for (const text of texts) {
        const doc = analyze(text, c.text);
        auditor.add(doc, match(doc, c));
      }
      return Object.fromEntries(auditor.result().map((a) => [a.term, a.nearWords]));
    };
    // a phrase's word found elsewhere, not in the phrase's place
    expect(near('de', ['Nacht der langen Messer', 'freie Medien'], ['Russische Truppen landen in Almaty, die Nacht war ruhig.', 'Viele meiden freie Wahlen.'])).toEqual({ 'Nacht der langen Messer': undefined, 'freie Medien': undefined });
    // two words that differ in their last letter are two words; a capitalised noun term is no lower-case verb
    expect(near('en', ['police'], ['Monetary policy would stay tight.'])).toEqual({ police: undefined });
    expect(near('de', ['Medien'], ['Viele meiden die Stadt.'])).toEqual({ Medien: undefined });
    // a real misspelling is still found
    expect(near('en', ['bandids'], ['He spoke of 20,000 bandits.'])).toEqual({ bandids: [{ missing: 'bandids', corpus: 'bandits', count: 1 }] });
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect([swapDistance('blutbda', 'blutbad'), swapDistance('bandids', 'bandits'), swapDistance('aufstand', 'ausland'), swapDistance('abc', 'abc')]).toEqual([1, 1, 2, 0]);
  });
});
