// The per-form memo (form-memo.ts) of the language check and foreign-word detection: with one
// analyzer's memo reused across many real texts, every answer equals the one computed without it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageSets } from '../scripts/language-sets.js';
import { Analyzer } from './analyzer.js';
import { FormValues } from './form-memo.js';
import { foreignWords } from './foreign-words.js';
import { LANGUAGES } from './lang/index.js';
import { stopwordCounts } from './language-stopwords.js';
import { LANGUAGE_CASES } from './__fixtures__/language-mixed.js';

const zurich = (() => {
  const file = readFileSync(new URL('./__fixtures__/stimmen-aus-moskau-und-paris.md', import.meta.url), 'utf8');
  return file.slice(file.indexOf('---', 3) + 4);
})();

describe('FormMemo', () => {
  it('answers a slot only for the norm it was computed from (ids start afresh when an intern table is full)', () => {
    const t = new FormValues();
    t.set(17, 'die', 3);
    expect(t.get(17, 'die')).toBe(3);
    expect(t.get(17, 'der')).toBeUndefined();
    expect(t.get(4, 'die')).toBeUndefined();
    t.set(17, 'der', 0);
    expect([t.get(17, 'der'), t.get(17, 'die')]).toEqual([0, undefined]);
  });

  it('stop-word counts and foreign words: the same with one memo over every seed, gold and hand-written text', () => {
    const docs = [...languageSets({ ud: false }).flatMap((s) => s.docs), ...LANGUAGE_CASES.map((c) => ({ text: c.text, declared: c.declared })), { text: zurich, declared: 'de' }];
    const analyzers = new Map<string, Analyzer>();
    let foreign = 0;
    for (const { text, declared } of [...docs, ...docs]) {
      const language = LANGUAGES.find((l) => l.code === declared);
      if (!language) continue;
      let analyzer = analyzers.get(language.code);
      if (!analyzer) analyzers.set(language.code, (analyzer = new Analyzer({ language })));
      const doc = analyzer.analyze(text);
      const forms = analyzer.formIds(doc);
      expect(stopwordCounts(text, doc.tokens, declared, forms)).toEqual(stopwordCounts(text, doc.tokens, declared));
      for (const code of [declared, 'ru', 'en']) {
        const withMemo = foreignWords(doc, code, forms);
        expect(withMemo).toEqual(foreignWords(doc, code));
        if (withMemo) foreign++;
      }
    }
    // texts with marked words were among them (German read as Russian: every word another script)
    expect(foreign).toBeGreaterThan(10);
  });

  it('the Zürich article: 11 Cyrillic words and the French sentences, with the memo', () => {
    const analyzer = new Analyzer();
    const doc = analyzer.analyze(zurich);
    expect(foreignWords(doc, 'de', analyzer.formIds(doc))).toMatchObject({ otherScript: 11 });
    expect(foreignWords(doc, 'de', analyzer.formIds(doc))!.otherLanguage).toBe(foreignWords(doc, 'de')!.otherLanguage);
  });
});
